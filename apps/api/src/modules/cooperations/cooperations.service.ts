import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CollectivityKind } from '@territoria/domain';
import { DataSource } from 'typeorm';
import { UserInputError } from '../../common/errors/app-errors.js';
import { translateDatabaseError, withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import { CollectivitiesService } from '../collectivities/collectivities.service.js';
import { Cooperation } from './cooperation.entity.js';
import type { CreateCooperationInput, UpdateCooperationInput } from './dto/cooperation.inputs.js';

const UNIQUE_CONSTRAINTS = {
  cooperations_pair_key: { field: 'foreignCollectivityId', message: 'This cooperation is already recorded.' },
};

@Injectable()
export class CooperationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly audit: AuditService,
    private readonly writes: AuditedWrites,
  ) {}

  async create(input: CreateCooperationInput, actor: Actor): Promise<Cooperation> {
    const [french, foreign] = await Promise.all([
      this.collectivities.findById(input.frenchCollectivityId).catch(() => null),
      this.collectivities.findById(input.foreignCollectivityId).catch(() => null),
    ]);
    if (!french || french.kind === CollectivityKind.FOREIGN_LOCAL_GOVERNMENT) {
      throw UserInputError.forField('frenchCollectivityId', 'NOT_FRENCH', 'Choose a French collectivity.');
    }
    if (!foreign || foreign.kind !== CollectivityKind.FOREIGN_LOCAL_GOVERNMENT) {
      throw UserInputError.forField('foreignCollectivityId', 'NOT_FOREIGN', 'Choose a foreign local government.');
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cooperation = await manager.save(
          manager.create(Cooperation, {
            ...input,
            countryCode: foreign.countryCode,
            themes: input.themes ?? [],
            since: input.since ?? null,
            notes: input.notes ?? null,
          }),
        );
        await this.audit.record(manager, actor, 'Cooperation', cooperation.id, null, cooperation);
        return cooperation;
      });
    } catch (error) {
      throw translateDatabaseError(error, UNIQUE_CONSTRAINTS);
    }
  }

  update(id: string, input: UpdateCooperationInput, actor: Actor): Promise<Cooperation> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(
        Cooperation,
        'Cooperation',
        id,
        input as UpdateCooperationInput & Partial<Cooperation>,
        actor,
        (_before, next) => {
          if (next.since && next.endedOn && next.endedOn < next.since) {
            throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A cooperation cannot end before it started.');
          }
        },
      ),
    );
  }

  remove(id: string, actor: Actor): Promise<Cooperation> {
    return this.writes.remove(Cooperation, 'Cooperation', id, actor);
  }
}

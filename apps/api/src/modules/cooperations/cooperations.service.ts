import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CollectivityKind } from '@territoria/domain';
import { DataSource, In, Repository } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { translateDatabaseError } from '../../common/errors/database-errors.js';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { CollectivitiesService } from '../collectivities/collectivities.service.js';
import { Cooperation } from './cooperation.entity.js';
import type { CreateCooperationInput, UpdateCooperationInput } from './dto/cooperation.inputs.js';
import { presentFields } from '../../common/validation/partial-update.js';

const UNIQUE_CONSTRAINTS = {
  cooperations_pair_key: { field: 'foreignCollectivityId', message: 'This cooperation is already recorded.' },
};

@Injectable()
export class CooperationsService {
  constructor(
    @InjectRepository(Cooperation) private readonly cooperations: Repository<Cooperation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly collectivities: CollectivitiesService,
    private readonly audit: AuditService,
  ) {}

  ofFrenchCollectivities(ids: readonly string[]): Promise<Cooperation[]> {
    return this.cooperations.find({ where: { frenchCollectivityId: In([...ids]) }, order: { since: 'ASC' } });
  }

  /** The cooperations of a group's current members with local governments of the group's countries. */
  async ofGroupMembers(groupId: string, countries: string[]): Promise<Cooperation[]> {
    if (countries.length === 0) return [];
    return this.cooperations
      .createQueryBuilder('cooperation')
      .innerJoin('group_members', 'member', 'member.collectivity_id = cooperation.french_collectivity_id AND member.left_on IS NULL')
      .where('member.group_id = :groupId AND cooperation.country_code IN (:...countries)', { groupId, countries })
      .orderBy('cooperation.country_code')
      .addOrderBy('cooperation.since')
      .getMany();
  }

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

  async update(id: string, input: UpdateCooperationInput, actor: Actor): Promise<Cooperation> {
    const { version, ...fields } = input;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = await manager.findOne(Cooperation, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!current) throw new NotFoundError('Cooperation', id);
        if (version !== undefined && version !== current.version) throw new ConflictError('Cooperation', id, current.version);
        const changes = presentFields(fields) as Partial<Cooperation>;
        const next = { ...current, ...changes };
        if (next.since && next.endedOn && next.endedOn < next.since) {
          throw UserInputError.forField('endedOn', 'TERM_ORDER', 'A cooperation cannot end before it started.');
        }
        await manager.update(Cooperation, { id }, changes);
        const updated = await manager.findOneByOrFail(Cooperation, { id });
        await this.audit.record(manager, actor, 'Cooperation', id, current, updated);
        return updated;
      });
    } catch (error) {
      throw translateDatabaseError(error, UNIQUE_CONSTRAINTS);
    }
  }

  async remove(id: string, actor: Actor): Promise<Cooperation> {
    return this.dataSource.transaction(async (manager) => {
      const cooperation = await manager.findOneBy(Cooperation, { id });
      if (!cooperation) throw new NotFoundError('Cooperation', id);
      await manager.delete(Cooperation, { id });
      await this.audit.record(manager, actor, 'Cooperation', id, cooperation, null);
      return cooperation;
    });
  }
}

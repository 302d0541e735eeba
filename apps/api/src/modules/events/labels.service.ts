import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { UserInputError } from '../../common/errors/app-errors.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../../common/access/actor.js';
import type { Caller } from '../../common/read/caller.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql } from '../../common/read/sql.js';
import { visibleReference } from '../../common/read/visibility.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import type { AwardLabelInput, LabelInput, UpdateLabelAwardInput } from './dto/label.inputs.js';
import { Event } from './event.entity.js';
import { LabelAward } from './label-award.entity.js';
import { Label } from './label.entity.js';

const UNIQUE_CONSTRAINTS = {
  labels_name_key: { field: 'name', message: 'Another label already has this name.' },
  label_awards_label_collectivity_year_key: {
    field: 'collectivityId',
    message: 'This collectivity already received this label that year.',
  },
};

export interface LabelAwardFilter {
  labelId?: string;
  collectivityId?: string;
  eventId?: string;
  year?: number;
}

/** Labels and their awards to collectivities. */
@Injectable()
export class LabelsService {
  constructor(
    @InjectRepository(Label) private readonly labels: Repository<Label>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  /** Newest first, then by collectivity name. */
  /** Awards, newest first then by collectivity; a filter naming a collectivity matches only one the caller may see. */
  awardSource(caller: Caller, filter: LabelAwardFilter): RowSource {
    return {
      where: (row) =>
        and([
          filter.labelId ? sql`${raw(row)}.label_id = ${filter.labelId}::uuid` : null,
          filter.collectivityId
            ? sql`${raw(row)}.collectivity_id = ${filter.collectivityId}::uuid AND ${visibleReference(caller, 'Collectivity', sql`${filter.collectivityId}::uuid`)}`
            : null,
          filter.eventId ? sql`${raw(row)}.event_id = ${filter.eventId}::uuid` : null,
          filter.year ? sql`${raw(row)}.year = ${filter.year}` : null,
        ]),
      orderBy: (row) =>
        raw(`${row}.year DESC, (SELECT c.search_text FROM collectivities c WHERE c.id = ${row}.collectivity_id), ${row}.id`),
    };
  }

  createLabel(input: LabelInput, actor: Actor): Promise<Label> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(Label, 'Label', input, actor));
  }

  async award(input: AwardLabelInput, actor: Actor): Promise<LabelAward> {
    const [label, collectivity, event] = await Promise.all([
      this.labels.existsBy({ id: input.labelId }),
      this.dataSource.getRepository(Collectivity).existsBy({ id: input.collectivityId }),
      input.eventId ? this.dataSource.getRepository(Event).existsBy({ id: input.eventId }) : true,
    ]);
    if (!label) throw UserInputError.forField('labelId', 'NOT_FOUND', 'Choose an existing label.');
    if (!collectivity) throw UserInputError.forField('collectivityId', 'NOT_FOUND', 'Choose an existing collectivity.');
    if (!event) throw UserInputError.forField('eventId', 'NOT_FOUND', 'Choose an existing edition.');
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(LabelAward, 'LabelAward', input, actor));
  }

  async updateAward(id: string, input: UpdateLabelAwardInput, actor: Actor): Promise<LabelAward> {
    if (input.eventId && !(await this.dataSource.getRepository(Event).existsBy({ id: input.eventId }))) {
      throw UserInputError.forField('eventId', 'NOT_FOUND', 'Choose an existing edition.');
    }
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.update(LabelAward, 'LabelAward', id, input, actor));
  }

  removeAward(id: string, actor: Actor): Promise<LabelAward> {
    return this.writes.remove(LabelAward, 'LabelAward', id, actor);
  }
}

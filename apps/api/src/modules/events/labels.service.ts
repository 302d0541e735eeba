import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { UserInputError } from '../../common/errors/app-errors.js';
import { withDatabaseErrors } from '../../common/errors/database-errors.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../auth/actor.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import type { AwardLabelInput, LabelInput, UpdateLabelAwardInput } from './dto/label.inputs.js';
import { Event } from './event.entity.js';
import { LabelAward } from './label-award.entity.js';
import { Label } from './label.entity.js';

const UNIQUE_CONSTRAINTS = {
  labels_name_key: { field: 'name', message: 'Another label already has this name.' },
  label_awards_label_collectivity_year_key: { field: 'collectivityId', message: 'This collectivity already received this label that year.' },
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
    @InjectRepository(LabelAward) private readonly awards: Repository<LabelAward>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  all(): Promise<Label[]> {
    return this.labels.find({ order: { name: 'ASC' } });
  }

  byIds(ids: readonly string[]): Promise<Label[]> {
    return this.labels.findBy({ id: In([...ids]) });
  }

  /** Newest first, then by collectivity name. */
  findAwards(filter: LabelAwardFilter): Promise<LabelAward[]> {
    const query = this.awards.createQueryBuilder('award').innerJoin('award.collectivity', 'collectivity');
    if (filter.labelId) query.andWhere('award.label_id = :labelId', { labelId: filter.labelId });
    if (filter.collectivityId) query.andWhere('award.collectivity_id = :collectivityId', { collectivityId: filter.collectivityId });
    if (filter.eventId) query.andWhere('award.event_id = :eventId', { eventId: filter.eventId });
    if (filter.year) query.andWhere('award.year = :year', { year: filter.year });
    return query.orderBy('award.year', 'DESC').addOrderBy('collectivity.search_text').addOrderBy('award.id').getMany();
  }

  awardsOf(column: 'label_id' | 'collectivity_id' | 'event_id', ids: readonly string[]): Promise<LabelAward[]> {
    return this.awards
      .createQueryBuilder('award')
      .innerJoin('award.collectivity', 'collectivity')
      .where(`award.${column} IN (:...ids)`, { ids })
      .orderBy('award.year', 'DESC')
      .addOrderBy('collectivity.search_text')
      .getMany();
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

import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import { translateDatabaseError, withDatabaseErrors } from '../../common/errors/database-errors.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql } from '../../common/read/sql.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { Actor } from '../../common/access/actor.js';
import { Contact } from '../contacts/contact.entity.js';
import type {
  CreateEventInput,
  CreateEventSessionInput,
  EventFilter,
  EventSeriesInput,
  UpdateEventInput,
  UpdateEventSeriesInput,
  UpdateEventSessionInput,
} from './dto/event.inputs.js';
import { EventSeries } from './event-series.entity.js';
import { EventSession } from './event-session.entity.js';
import { Event } from './event.entity.js';

const UNIQUE_CONSTRAINTS = {
  event_series_name_key: { field: 'name', message: 'Another event series already has this name.' },
  events_series_edition_key: { field: 'editionNumber', message: 'This series already has an edition with this number.' },
};

/** Event series, their editions and each edition's programme. */
@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventSeries) private readonly series: Repository<EventSeries>,
    @InjectRepository(Event) private readonly events: Repository<Event>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
  ) {}

  allSeries(): Promise<EventSeries[]> {
    return this.series.find({ order: { name: 'ASC' } });
  }

  async createSeries(input: EventSeriesInput, actor: Actor): Promise<EventSeries> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(EventSeries, 'EventSeries', input, actor));
  }

  async updateSeries(id: string, input: UpdateEventSeriesInput, actor: Actor): Promise<EventSeries> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.update(EventSeries, 'EventSeries', id, input, actor));
  }

  async findById(id: string): Promise<Event> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw new NotFoundError('Event', id);
    return event;
  }

  /** Which editions a list shows: newest first (the next one first when asking for upcoming ones). */
  pageSource(filter: EventFilter = {}): RowSource {
    const search = filter.search?.trim();
    return {
      where: (row) =>
        and([
          filter.ids ? sql`${raw(row)}.id = ANY(${filter.ids}::uuid[])` : null,
          filter.seriesId ? sql`${raw(row)}.series_id = ${filter.seriesId}::uuid` : null,
          filter.year ? sql`${raw(row)}.year = ${filter.year}` : null,
          filter.upcoming ? raw(`${row}.ends_on >= CURRENT_DATE`) : null,
          search
            ? sql`search_normalize(${raw(row)}.title || ' ' || coalesce(${raw(row)}.city, '') || ' ' || coalesce(${raw(row)}.theme, '')) LIKE '%' || search_normalize(${search}) || '%'`
            : null,
        ]),
      orderBy: (row) => raw(`${row}.starts_on ${filter.upcoming ? 'ASC' : 'DESC'}, ${row}.id`),
    };
  }

  async create(input: CreateEventInput, actor: Actor): Promise<Event> {
    checkDates(input.startsOn, input.endsOn);
    if (!(await this.series.existsBy({ id: input.seriesId }))) {
      throw UserInputError.forField('seriesId', 'NOT_FOUND', 'Choose an existing event series.');
    }
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () => this.writes.create(Event, 'Event', { ...input }, actor));
  }

  async update(id: string, input: UpdateEventInput, actor: Actor): Promise<Event> {
    return withDatabaseErrors(UNIQUE_CONSTRAINTS, () =>
      this.writes.update(Event, 'Event', id, input, actor, (_before, after) => checkDates(after.startsOn, after.endsOn)),
    );
  }

  async remove(id: string, actor: Actor): Promise<Event> {
    try {
      return await this.writes.remove(Event, 'Event', id, actor);
    } catch (error) {
      const translated = translateDatabaseError(error, UNIQUE_CONSTRAINTS);
      if (translated instanceof UserInputError) {
        throw UserInputError.forField('id', 'IN_USE', 'This edition has participants: it cannot be deleted.');
      }
      throw translated;
    }
  }

  async createSession(input: CreateEventSessionInput, actor: Actor): Promise<EventSession> {
    const { speakerIds, ...fields } = input;
    if (!(await this.events.existsBy({ id: input.eventId }))) {
      throw UserInputError.forField('eventId', 'NOT_FOUND', 'Choose an existing edition.');
    }
    await this.checkSpeakers(speakerIds);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.writes.create(EventSession, 'EventSession', fields, actor, manager);
      await this.replaceSpeakers(manager, session.id, speakerIds ?? [], actor);
      return session;
    });
  }

  async updateSession(id: string, input: UpdateEventSessionInput, actor: Actor): Promise<EventSession> {
    const { speakerIds, ...fields } = input;
    await this.checkSpeakers(speakerIds);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.writes.update(EventSession, 'EventSession', id, fields, actor, undefined, manager);
      if (speakerIds !== undefined) await this.replaceSpeakers(manager, id, speakerIds, actor);
      return session;
    });
  }

  removeSession(id: string, actor: Actor): Promise<EventSession> {
    return this.writes.remove(EventSession, 'EventSession', id, actor);
  }

  private async checkSpeakers(speakerIds: string[] | undefined): Promise<void> {
    if (!speakerIds?.length) return;
    const unique = [...new Set(speakerIds)];
    const found = await this.dataSource.getRepository(Contact).countBy({ id: In(unique) });
    if (found !== unique.length)
      throw UserInputError.forField('speakerIds', 'NOT_FOUND', 'Every speaker must be an existing contact.');
  }

  private async replaceSpeakers(manager: EntityManager, sessionId: string, speakerIds: string[], actor: Actor): Promise<void> {
    const before = await manager.query(
      `SELECT contact_id FROM event_session_speakers WHERE session_id = $1 ORDER BY contact_id`,
      [sessionId],
    );
    const unique = [...new Set(speakerIds)].sort();
    await manager.query(`DELETE FROM event_session_speakers WHERE session_id = $1`, [sessionId]);
    if (unique.length) {
      await manager.query(`INSERT INTO event_session_speakers (session_id, contact_id) SELECT $1, unnest($2::uuid[])`, [
        sessionId,
        unique,
      ]);
    }
    await this.audit.record(
      manager,
      actor,
      'EventSession',
      sessionId,
      { speakerIds: (before as Array<{ contact_id: string }>).map((row) => row.contact_id) },
      { speakerIds: unique },
    );
  }
}

function checkDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw UserInputError.forField('endsOn', 'BEFORE_START', 'The edition cannot end before it starts.');
}

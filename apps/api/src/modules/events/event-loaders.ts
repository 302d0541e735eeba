import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { byIdLoader, groupedLoader, requestLoader, type RequestContext } from '../../common/loaders/request-loaders.js';
import type { Scope } from '../auth/access-scope.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import { Partnership } from '../partners/partnership.entity.js';
import type { EventStatistics } from './dto/event-statistics.types.js';
import type { EventSeries } from './event-series.entity.js';
import type { EventSession } from './event-session.entity.js';
import { EventStatisticsService } from './event-statistics.service.js';
import type { Event } from './event.entity.js';
import { EventsService } from './events.service.js';
import type { LabelAward } from './label-award.entity.js';
import type { Label } from './label.entity.js';
import { LabelsService } from './labels.service.js';
import type { Participation } from './participation.entity.js';
import { ParticipationsService } from './participations.service.js';

/** The events module's per-request loaders: a page of 100 participations costs a handful of queries, not 300. */
@Injectable()
export class EventLoaders {
  constructor(
    private readonly events: EventsService,
    private readonly statistics: EventStatisticsService,
    private readonly labels: LabelsService,
    private readonly participations: ParticipationsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  event(context: RequestContext): DataLoader<string, Event | null> {
    return byIdLoader(context, 'event.byId', (ids) => this.events.findByIds(ids));
  }

  series(context: RequestContext): DataLoader<string, EventSeries | null> {
    return byIdLoader(context, 'eventSeries.byId', (ids) => this.events.seriesByIds(ids));
  }

  contact(context: RequestContext): DataLoader<string, Contact | null> {
    return byIdLoader(context, 'contact.byId', (ids) => this.dataSource.getRepository(Contact).findBy({ id: In([...ids]) }));
  }

  partner(context: RequestContext): DataLoader<string, Partner | null> {
    return byIdLoader(context, 'partner.byId', (ids) => this.dataSource.getRepository(Partner).findBy({ id: In([...ids]) }));
  }

  label(context: RequestContext): DataLoader<string, Label | null> {
    return byIdLoader(context, 'label.byId', (ids) => this.labels.byIds(ids));
  }

  sessions(context: RequestContext): DataLoader<string, EventSession[]> {
    return groupedLoader(context, 'event.sessions', (ids) => this.events.sessionsOfEvents(ids), (session) => session.eventId);
  }

  speakers(context: RequestContext): DataLoader<string, Contact[]> {
    return requestLoader(context, 'session.speakers', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.events.speakersOfSessions(ids);
      return ids.map((id) => rows.filter((row) => row.sessionId === id).map((row) => row.contact));
    }));
  }

  partnerships(context: RequestContext): DataLoader<string, Partnership[]> {
    return groupedLoader(
      context,
      'event.partnerships',
      (ids) => this.dataSource.getRepository(Partnership).find({ where: { eventId: In([...ids]) }, order: { amountCents: 'DESC' } }),
      (row) => row.eventId!,
    );
  }

  statisticsOf(context: RequestContext): DataLoader<Event, EventStatistics> {
    return requestLoader(
      context,
      'event.statistics',
      () => new DataLoader((events: readonly Event[]) => this.statistics.forEvents(events), { cacheKeyFn: (event) => event.id }),
    );
  }

  awards(context: RequestContext, column: 'label_id' | 'collectivity_id' | 'event_id'): DataLoader<string, LabelAward[]> {
    const parentOf = { label_id: (row: LabelAward) => row.labelId, collectivity_id: (row: LabelAward) => row.collectivityId, event_id: (row: LabelAward) => row.eventId! }[column];
    return groupedLoader(context, `labelAwards.${column}`, (ids) => this.labels.awardsOf(column, ids), parentOf);
  }

  participationsOf(context: RequestContext, column: 'contact_id' | 'collectivity_id', scope: Scope): DataLoader<string, Participation[]> {
    const parentOf = column === 'contact_id' ? (row: Participation) => row.contactId! : (row: Participation) => row.collectivityId!;
    return groupedLoader(context, `participations.${column}`, (ids) => this.participations.ofParents(column, ids, scope), parentOf);
  }
}

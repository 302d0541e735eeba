import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../common/errors/app-errors.js';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { raw } from '../../common/read/sql.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partnership } from '../partners/partnership.entity.js';
import { EventStatistics } from './dto/event-statistics.types.js';
import {
  CreateEventInput,
  CreateEventSessionInput,
  EventFilter,
  EventPage,
  EventSeriesInput,
  UpdateEventInput,
  UpdateEventSeriesInput,
  UpdateEventSessionInput,
} from './dto/event.inputs.js';
import './event.read.js';
import { eventStatisticsLoader } from './event.loaders.js';
import { EventSeries } from './event-series.entity.js';
import { EventSession } from './event-session.entity.js';
import { EventStatisticsService } from './event-statistics.service.js';
import { Event } from './event.entity.js';
import { EventsService } from './events.service.js';
import { LabelAward } from './label-award.entity.js';

/** Editions are readable by every role (a president sees which edition his members attended); the rest is the staff's. */
const READ_EDITIONS = { roles: EVERY_ROLE, scope: 'events:read' } as const;
const READ_PROGRAMME = { roles: STAFF_ROLES, scope: 'events:read' } as const;

@Access({ roles: STAFF_ROLES })
@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly statisticsService: EventStatisticsService,
    private readonly read: ReadService,
  ) {}

  @Access(READ_EDITIONS)
  @AnsweredInSql()
  @Query(() => [EventSeries], { description: 'Every event series, by name' })
  eventSeries(@Context() context: AuthenticatedContext, @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
    return this.read.list(context, info, 'EventSeries', {
      where: () => raw('TRUE'),
      orderBy: (row) => raw(`${row}.name, ${row}.id`),
    });
  }

  @Access(READ_EDITIONS)
  @AnsweredInSql()
  @Query(() => EventPage, { description: 'Editions of the event series, newest first (the next one first with upcoming)' })
  events(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => EventFilter, nullable: true }) filter?: EventFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(context, info, 'Event', this.service.pageSource(filter), page ?? DEFAULT_PAGE);
  }

  @Access(READ_EDITIONS)
  @AnsweredInSql()
  @Query(() => Event, { description: 'One edition' })
  event(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Event', id);
  }

  @Access(READ_PROGRAMME)
  @Query(() => EventStatistics, {
    description:
      'The figures of an edition: registered, attended, French collectivities, countries, foreign delegations, embassies, speakers, partners…',
  })
  async eventStatistics(
    @Args('eventId', { type: () => ID, description: 'The edition' }, UuidPipe) eventId: string,
  ): Promise<EventStatistics> {
    return (await this.statisticsService.ofEdition(eventId)) ?? notFound('Event', eventId);
  }

  @Access(READ_PROGRAMME)
  @Query(() => [EventStatistics], { description: 'Every edition of a series (or of all), by edition number' })
  async eventTrend(
    @Args('seriesId', { type: () => ID, nullable: true, description: 'Only this series; every series when absent' }, UuidPipe)
    seriesId?: string,
  ): Promise<EventStatistics[]> {
    return this.statisticsService.trend(seriesId ?? null);
  }

  @Mutation(() => EventSeries, { description: 'Creates an event series' })
  createEventSeries(@Args('input') input: EventSeriesInput, @CurrentActor() actor: Actor): Promise<EventSeries> {
    return this.service.createSeries(input, actor);
  }

  @Mutation(() => EventSeries, { description: 'Changes an event series' })
  updateEventSeries(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateEventSeriesInput,
    @CurrentActor() actor: Actor,
  ): Promise<EventSeries> {
    return this.service.updateSeries(id, input, actor);
  }

  @Mutation(() => Event, { description: 'Creates an edition of a series' })
  createEvent(@Args('input') input: CreateEventInput, @CurrentActor() actor: Actor): Promise<Event> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Event, { description: 'Changes an edition' })
  updateEvent(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateEventInput,
    @CurrentActor() actor: Actor,
  ): Promise<Event> {
    return this.service.update(id, input, actor);
  }

  @Mutation(() => Event, { description: 'Deletes an edition; refused when it has participants' })
  deleteEvent(
    @Args('id', { type: () => ID, description: 'The edition to delete' }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Event> {
    return this.service.remove(id, actor);
  }

  @Mutation(() => EventSession, { description: "Adds a session to an edition's programme" })
  createEventSession(@Args('input') input: CreateEventSessionInput, @CurrentActor() actor: Actor): Promise<EventSession> {
    return this.service.createSession(input, actor);
  }

  @Mutation(() => EventSession, { description: 'Changes a session' })
  updateEventSession(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateEventSessionInput,
    @CurrentActor() actor: Actor,
  ): Promise<EventSession> {
    return this.service.updateSession(id, input, actor);
  }

  @Mutation(() => EventSession, { description: 'Removes a session from the programme' })
  deleteEventSession(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<EventSession> {
    return this.service.removeSession(id, actor);
  }

  @Access(READ_EDITIONS)
  @ResolveField(() => EventSeries, { description: 'The series it belongs to' })
  series(@Parent() event: Event, @Context() context: AuthenticatedContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.read.field(event, context, info);
  }

  @Access(READ_PROGRAMME)
  @ResolveField(() => [EventSession], { description: 'The programme, by start time' })
  sessions(@Parent() event: Event, @Context() context: AuthenticatedContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.read.field(event, context, info);
  }

  @Access(READ_PROGRAMME)
  @ResolveField(() => [LabelAward], { description: 'Labels awarded at this edition' })
  awards(@Parent() event: Event, @Context() context: AuthenticatedContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.read.field(event, context, info);
  }

  @ResolveField(() => [Partnership], { description: 'Partnerships supporting this edition' })
  partnerships(
    @Parent() event: Event,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(event, context, info);
  }

  @Access(READ_PROGRAMME)
  @ResolveField(() => EventStatistics, { description: "The edition's figures (as eventStatistics)" })
  statistics(@Parent() event: Event, @Context() context: AuthenticatedContext): Promise<EventStatistics> {
    return eventStatisticsLoader(context, this.statisticsService).load(event);
  }
}

@Access(READ_PROGRAMME)
@Resolver(() => EventSession)
export class EventSessionsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [Contact], { description: 'The speakers, by last name (only those the caller may see)' })
  speakers(
    @Parent() session: EventSession,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(session, context, info);
  }
}

import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParticipationStatus } from '@territoria/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { callerOf } from '../../common/read/caller.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import {
  BulkParticipationsResult,
  CheckInResult,
  CreateParticipationInput,
  DeleteParticipationsResult,
  MarkAbsenteesResult,
  ParticipationFilter,
  ParticipationPage,
  ParticipationSort,
  UpdateParticipationInput,
  WalkInInput,
} from './dto/participation.inputs.js';
import './event.read.js';
import { Event } from './event.entity.js';
import { LabelAward } from './label-award.entity.js';
import { Participation } from './participation.entity.js';
import { deskSearchSource, participationPageSource } from './participation-sources.js';
import { ParticipationsService } from './participations.service.js';

const READ = { roles: EVERY_ROLE, scope: 'events:read' } as const;

@Access(READ)
@Resolver(() => Participation)
export class ParticipationsResolver {
  constructor(
    private readonly service: ParticipationsService,
    private readonly read: ReadService,
  ) {}

  @AnsweredInSql()
  @Query(() => ParticipationPage, {
    description: "Registrations to editions. A group president sees only those of their groups' members",
  })
  participations(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => ParticipationFilter, nullable: true }) filter?: ParticipationFilter,
    @Args('sort', { type: () => ParticipationSort, nullable: true }) sort?: ParticipationSort,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(
      context,
      info,
      'Participation',
      participationPageSource(callerOf(context.actor), filter, sort),
      page ?? DEFAULT_PAGE,
    );
  }

  @AnsweredInSql()
  @Query(() => Participation, { description: 'One registration' })
  participation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Participation', id);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation, {
    description:
      'Registers a person and/or an organisation to an edition; DUPLICATE (extensions.existingId) when the person is already registered',
  })
  createParticipation(
    @Args('input', { description: 'The registration' }) input: CreateParticipationInput,
    @CurrentActor() actor: Actor,
  ): Promise<Participation> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation, { description: 'Changes a registration' })
  updateParticipation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateParticipationInput,
    @CurrentActor() actor: Actor,
  ): Promise<Participation> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation, { description: 'Deletes a registration' })
  deleteParticipation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Participation> {
    return this.service.remove(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => CheckInResult, { description: 'Records the arrival; a second check-in changes nothing and says so' })
  checkInParticipation(
    @Args('id', { type: () => ID, description: 'The registration checked in' }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<CheckInResult> {
    return this.service.checkIn(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => MarkAbsenteesResult, { description: 'After the day: registrations never checked in become NO_SHOW' })
  markAbsentees(
    @Args('eventId', { type: () => ID, description: 'The edition' }, UuidPipe) eventId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MarkAbsenteesResult> {
    return this.service.markAbsentees(eventId, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation, { description: 'Undoes a check-in made by mistake: back to REGISTERED' })
  undoCheckIn(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Participation> {
    return this.service.undoCheckIn(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @AnsweredInSql()
  @Query(() => [Participation], {
    description:
      "The check-in desk's search in an edition: names of people and organisations, typos tolerated, the closest first",
  })
  checkInSearch(
    @Args('eventId', { type: () => ID, description: 'The edition' }, UuidPipe) eventId: string,
    @Args('search', { description: 'Part of a name, as typed at the desk' }) search: string,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'How many registrations to return at most (1 to 100)' })
    limit: number,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown[]> {
    return this.read.list(
      context,
      info,
      'Participation',
      deskSearchSource(eventId, search.slice(0, 200)),
      Math.min(Math.max(limit, 1), 100),
    );
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation, {
    description:
      'Someone at the door who did not register: registered (a new contact if need be) and checked in at once; DUPLICATE (extensions.existingId) when already registered',
  })
  registerWalkIn(
    @Args('input', { description: 'The person arriving' }) input: WalkInInput,
    @CurrentActor() actor: Actor,
  ): Promise<Participation> {
    return this.service.registerWalkIn(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => BulkParticipationsResult, {
    description:
      'One status for many registrations (present, absent, cancelled…), all or none: NOT_FOUND (extensions.ids) changes nothing',
  })
  setParticipationsStatus(
    @Args('ids', { type: () => [ID], description: 'The registrations (at most 1000)' }) ids: string[],
    @Args('status', { type: () => ParticipationStatus, description: 'The status they take' }) status: ParticipationStatus,
    @CurrentActor() actor: Actor,
  ): Promise<BulkParticipationsResult> {
    return this.service.setStatuses(ids, status, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => DeleteParticipationsResult, {
    description: 'Deletes many registrations, all or none: NOT_FOUND (extensions.ids) deletes nothing',
  })
  deleteParticipations(
    @Args('ids', { type: () => [ID], description: 'The registrations to delete (at most 1000)' }) ids: string[],
    @CurrentActor() actor: Actor,
  ): Promise<DeleteParticipationsResult> {
    return this.service.removeMany(ids, actor);
  }

  @ResolveField(() => Event, { description: 'The edition' })
  event(
    @Parent() participation: Participation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(participation, context, info);
  }

  @ResolveField(() => Contact, {
    nullable: true,
    description: 'The person registered; null for an organisation alone, or when the caller may not see the person',
  })
  contact(
    @Parent() participation: Participation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(participation, context, info);
  }

  @ResolveField(() => Collectivity, { nullable: true, description: 'The collectivity represented; null when none' })
  collectivity(
    @Parent() participation: Participation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(participation, context, info);
  }

  @ResolveField(() => Partner, {
    nullable: true,
    description: 'The partner represented; null when none or for a caller who may not see partners',
  })
  partner(
    @Parent() participation: Participation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(participation, context, info);
  }

  @ResolveField(() => String, { nullable: true, description: 'The collectivity, the partner, or the organisation named' })
  organisationDisplayName(
    @Parent() participation: Participation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(participation, context, info);
  }

  @ResolveField(() => String, { description: "The person's name, else the organisation's" })
  displayName(
    @Parent() participation: Participation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(participation, context, info);
  }
}

@Access(READ)
@Resolver(() => Collectivity)
export class CollectivityParticipationsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [Participation], { description: 'Its participation in events, newest edition first' })
  participations(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }

  @Access({ roles: STAFF_ROLES, scope: 'events:read' })
  @ResolveField(() => [LabelAward], { description: 'Labels it received, newest first' })
  labelAwards(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }
}

@Access(READ)
@Resolver(() => Contact)
export class ContactParticipationsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [Participation], { description: 'The editions this person took part in, newest first' })
  participations(
    @Parent() contact: Contact,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(contact, context, info);
  }
}

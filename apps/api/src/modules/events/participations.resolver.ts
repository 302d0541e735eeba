import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsentStatus } from '@territoria/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { PageInput } from '../../common/pagination/page.input.js';
import { wantsPageTotals } from '../../common/pagination/page-selection.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { AccessScopeService } from '../auth/access-scope.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { CollectivityLoaders } from '../collectivities/collectivity.loaders.js';
import { Contact } from '../contacts/contact.entity.js';
import { Partner } from '../partners/partner.entity.js';
import {
  CheckInResult,
  CreateParticipationInput,
  MarkAbsenteesResult,
  ParticipationFilter,
  ParticipationPage,
  ParticipationSort,
  UpdateParticipationInput,
} from './dto/participation.inputs.js';
import { EventLoaders } from './event-loaders.js';
import { Event } from './event.entity.js';
import { LabelAward } from './label-award.entity.js';
import { Participation } from './participation.entity.js';
import { ParticipationsService } from './participations.service.js';

const READ = { roles: EVERY_ROLE, scope: 'events:read' } as const;

/**
 * An integration sees the person behind a participation as it sees contacts: everyone with
 * contacts:all, those who consented with contacts:read, nobody otherwise.
 */
function visibleToCaller(contact: Contact | null, context: AuthenticatedContext): Contact | null {
  const { actor } = context;
  if (!contact || actor.kind !== 'API_TOKEN') return contact;
  if (actor.scopes.includes('contacts:all')) return contact;
  return actor.scopes.includes('contacts:read') && contact.consentStatus === ConsentStatus.GIVEN ? contact : null;
}

@Access(READ)
@Resolver(() => Participation)
export class ParticipationsResolver {
  constructor(
    private readonly service: ParticipationsService,
    private readonly loaders: EventLoaders,
    private readonly collectivities: CollectivityLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @Query(() => ParticipationPage, { description: "A group president sees his groups' members' participation only" })
  async participations(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => ParticipationFilter, nullable: true }) filter?: ParticipationFilter,
    @Args('sort', { type: () => ParticipationSort, nullable: true }) sort?: ParticipationSort,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<Participation>> {
    const scope = await this.scopes.collectivities(context);
    return this.service.findPage(filter, sort, page, { scope, countTotal: wantsPageTotals(info) });
  }

  @Query(() => Participation)
  async participation(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() context: AuthenticatedContext): Promise<Participation> {
    return this.service.findById(id, await this.scopes.collectivities(context));
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation, { description: 'DUPLICATE (extensions.existingId) when the person is already registered' })
  createParticipation(@Args('input') input: CreateParticipationInput, @CurrentActor() actor: Actor): Promise<Participation> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation)
  updateParticipation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateParticipationInput,
    @CurrentActor() actor: Actor,
  ): Promise<Participation> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation)
  deleteParticipation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Participation> {
    return this.service.remove(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => CheckInResult, { description: 'Records the arrival; a second check-in changes nothing and says so' })
  checkInParticipation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<CheckInResult> {
    return this.service.checkIn(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => MarkAbsenteesResult, { description: 'After the day: registrations never checked in become NO_SHOW' })
  markAbsentees(@Args('eventId', { type: () => ID }, UuidPipe) eventId: string, @CurrentActor() actor: Actor): Promise<MarkAbsenteesResult> {
    return this.service.markAbsentees(eventId, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Participation)
  undoCheckIn(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Participation> {
    return this.service.undoCheckIn(id, actor);
  }

  @ResolveField(() => Event)
  event(@Parent() participation: Participation, @Context() context: AuthenticatedContext): Promise<Event | null> {
    return this.loaders.event(context).load(participation.eventId);
  }

  @ResolveField(() => Contact, { nullable: true })
  async contact(@Parent() participation: Participation, @Context() context: AuthenticatedContext): Promise<Contact | null> {
    return participation.contactId ? visibleToCaller(await this.loaders.contact(context).load(participation.contactId), context) : null;
  }

  @ResolveField(() => Collectivity, { nullable: true })
  collectivity(@Parent() participation: Participation, @Context() context: AuthenticatedContext): Promise<Collectivity | null> | null {
    return participation.collectivityId ? this.collectivities.byId(context).load(participation.collectivityId) : null;
  }

  @ResolveField(() => Partner, { nullable: true })
  partner(@Parent() participation: Participation, @Context() context: AuthenticatedContext): Promise<Partner | null> | null {
    return participation.partnerId ? this.loaders.partner(context).load(participation.partnerId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The collectivity, the partner, or the organisation named' })
  async organisationDisplayName(@Parent() participation: Participation, @Context() context: AuthenticatedContext): Promise<string | null> {
    if (participation.collectivityId) return (await this.collectivities.byId(context).load(participation.collectivityId))?.name ?? null;
    if (participation.partnerId) return (await this.loaders.partner(context).load(participation.partnerId))?.name ?? null;
    return participation.organisationName;
  }

  @ResolveField(() => String, { description: "The person's name, else the organisation's" })
  async displayName(@Parent() participation: Participation, @Context() context: AuthenticatedContext): Promise<string> {
    const contact = participation.contactId ? visibleToCaller(await this.loaders.contact(context).load(participation.contactId), context) : null;
    if (contact) return `${contact.firstName} ${contact.lastName}`;
    return (await this.organisationDisplayName(participation, context)) ?? (participation.contactId ? '—' : '');
  }
}

@Access(READ)
@Resolver(() => Collectivity)
export class CollectivityParticipationsResolver {
  constructor(
    private readonly loaders: EventLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @ResolveField(() => [Participation], { description: 'Its participation in events, newest edition first' })
  async participations(@Parent() collectivity: Collectivity, @Context() context: AuthenticatedContext): Promise<Participation[]> {
    return this.loaders.participationsOf(context, 'collectivity_id', await this.scopes.collectivities(context)).load(collectivity.id);
  }

  @Access({ roles: STAFF_ROLES, scope: 'events:read' })
  @ResolveField(() => [LabelAward], { description: 'Labels it received, newest first' })
  labelAwards(@Parent() collectivity: Collectivity, @Context() context: AuthenticatedContext): Promise<LabelAward[]> {
    return this.loaders.awards(context, 'collectivity_id').load(collectivity.id);
  }
}

@Access(READ)
@Resolver(() => Contact)
export class ContactParticipationsResolver {
  constructor(
    private readonly loaders: EventLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @ResolveField(() => [Participation], { description: 'The editions this person took part in, newest first' })
  async participations(@Parent() contact: Contact, @Context() context: AuthenticatedContext): Promise<Participation[]> {
    return this.loaders.participationsOf(context, 'contact_id', await this.scopes.collectivities(context)).load(contact.id);
  }
}

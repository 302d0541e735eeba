import { calendarDate } from '@territoria/domain';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PageInput } from '../../common/pagination/page.input.js';
import { wantsPageTotals } from '../../common/pagination/page-selection.js';
import type { Page } from '../../common/pagination/page.type.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { AccessScopeService } from '../auth/access-scope.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { CollectivityLoaders } from '../collectivities/collectivity.loaders.js';
import { Contact } from '../contacts/contact.entity.js';
import { Cooperation } from '../cooperations/cooperation.entity.js';
import { CooperationsService } from '../cooperations/cooperations.service.js';
import {
  AssignOfficerInput,
  CountryGroup,
  CreateCountryGroupInput,
  CreateThematicGroupInput,
  GroupFilter,
  GroupInterface,
  GroupMemberFilter,
  GroupMemberPage,
  GroupPage,
  UpdateGroupInput,
} from './dto/group.types.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import type { GroupEntity } from './group.entity.js';
import { GroupLoaders } from './group.loaders.js';
import { GroupsService } from './groups.service.js';

const READ = { roles: EVERY_ROLE, scope: 'collectivities:read' } as const;
const isCurrent = (term: { startedOn: string; endedOn: string | null }) => term.startedOn <= calendarDate() && (!term.endedOn || term.endedOn >= calendarDate());

@Access(READ)
@Resolver(() => GroupInterface)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly loaders: GroupLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @Query(() => GroupInterface)
  async group(@Args('id', { type: () => ID }, UuidPipe) id: string, @Context() context: AuthenticatedContext): Promise<GroupEntity> {
    return this.service.findById(id, await this.scopes.groups(context));
  }

  @Query(() => GroupPage, { description: 'A group president gets the groups they preside ("Mes groupes")' })
  async groups(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => GroupFilter, nullable: true }) filter?: GroupFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<GroupEntity>> {
    return this.service.findPage(filter, page, await this.scopes.groups(context), wantsPageTotals(info));
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => CountryGroup)
  createCountryGroup(@Args('input') input: CreateCountryGroupInput, @CurrentActor() actor: Actor): Promise<GroupEntity> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupInterface)
  createThematicGroup(@Args('input') input: CreateThematicGroupInput, @CurrentActor() actor: Actor): Promise<GroupEntity> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupInterface)
  updateGroup(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateGroupInput,
    @CurrentActor() actor: Actor,
  ): Promise<GroupEntity> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupInterface)
  deleteGroup(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<GroupEntity> {
    return this.service.remove(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => [GroupMember], { description: 'Adds several collectivities at once, all or none' })
  addGroupMembers(
    @Args('groupId', { type: () => ID }, UuidPipe) groupId: string,
    @Args('collectivityIds', { type: () => [ID] }) collectivityIds: string[],
    @CurrentActor() actor: Actor,
    @Args('joinedOn', { type: () => DateScalar, nullable: true }) joinedOn?: string,
  ): Promise<GroupMember[]> {
    return this.service.addMembers(groupId, collectivityIds, joinedOn ?? calendarDate(), actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupMember, { description: 'Ends a membership (the record stays, with its dates)' })
  removeGroupMember(
    @Args('groupId', { type: () => ID }, UuidPipe) groupId: string,
    @Args('collectivityId', { type: () => ID }, UuidPipe) collectivityId: string,
    @CurrentActor() actor: Actor,
    @Args('leftOn', { type: () => DateScalar, nullable: true }) leftOn?: string,
  ): Promise<GroupMember> {
    return this.service.removeMember(groupId, collectivityId, leftOn ?? calendarDate(), actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupOffice)
  assignGroupOfficer(@Args('input') input: AssignOfficerInput, @CurrentActor() actor: Actor): Promise<GroupOffice> {
    return this.service.assignOfficer(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupOffice)
  endGroupOffice(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
    @Args('endedOn', { type: () => DateScalar, nullable: true }) endedOn?: string,
  ): Promise<GroupOffice> {
    return this.service.endOffice(id, endedOn ?? calendarDate(), actor);
  }

  @ResolveField(() => GroupMemberPage)
  members(
    @Parent() group: GroupEntity,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => GroupMemberFilter, nullable: true }) filter?: GroupMemberFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<GroupMember>> {
    return this.service.membersPage(group.id, filter ?? { currentOnly: true }, page ?? { offset: 0, limit: 50 }, wantsPageTotals(info));
  }

  @ResolveField(() => Int, { description: 'Current members' })
  memberCount(@Parent() group: GroupEntity, @Context() context: AuthenticatedContext): Promise<number> {
    return this.loaders.memberCount(context).load(group.id);
  }

  @ResolveField(() => [GroupOffice])
  async officers(
    @Parent() group: GroupEntity,
    @Context() context: AuthenticatedContext,
    @Args('current', { type: () => Boolean, nullable: true, description: 'Only the offices held today' }) current?: boolean,
  ): Promise<GroupOffice[]> {
    const offices = await this.loaders.officesByGroup(context).load(group.id);
    return current ? offices.filter(isCurrent) : offices;
  }
}

@Access(READ)
@Resolver(() => CountryGroup)
export class CountryGroupsResolver {
  constructor(private readonly cooperationsService: CooperationsService) {}

  @ResolveField(() => [Cooperation], { description: "The members' cooperations with local governments of the group's countries" })
  cooperations(@Parent() group: GroupEntity): Promise<Cooperation[]> {
    return this.cooperationsService.ofGroupMembers(group.id, group.countries);
  }
}

@Access(READ)
@Resolver(() => GroupMember)
export class GroupMembersResolver {
  constructor(private readonly collectivities: CollectivityLoaders) {}

  @ResolveField(() => Collectivity)
  collectivity(@Parent() member: GroupMember, @Context() context: AuthenticatedContext): Promise<Collectivity | null> {
    return this.collectivities.byId(context).load(member.collectivityId);
  }
}

@Access({ roles: EVERY_ROLE, scope: ['contacts:read', 'contacts:all'] })
@Resolver(() => GroupOffice)
export class GroupOfficesResolver {
  constructor(
    private readonly loaders: GroupLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @ResolveField(() => Contact)
  contact(@Parent() office: GroupOffice, @Context() context: AuthenticatedContext): Promise<Contact | null> {
    return this.loaders.contactById(context).load(office.contactId);
  }

  @ResolveField(() => GroupInterface, { nullable: true, description: 'Null for a group president when the group is not theirs' })
  async group(@Parent() office: GroupOffice, @Context() context: AuthenticatedContext): Promise<GroupEntity | null> {
    const scope = await this.scopes.groups(context);
    if (!scope.all && !scope.ids.includes(office.groupId)) return null;
    return this.loaders.byId(context).load(office.groupId);
  }

  @ResolveField(() => Boolean, { description: 'Held today' })
  current(@Parent() office: GroupOffice): boolean {
    return isCurrent(office);
  }
}

@Access({ roles: EVERY_ROLE, scope: ['contacts:read', 'contacts:all'] })
@Resolver(() => Contact)
export class ContactGroupsResolver {
  constructor(
    private readonly loaders: GroupLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @ResolveField(() => [GroupOffice], { description: 'Offices held in groups, past and present' })
  async offices(
    @Parent() contact: Contact,
    @Context() context: AuthenticatedContext,
    @Args('current', { type: () => Boolean, nullable: true }) current?: boolean,
  ): Promise<GroupOffice[]> {
    const offices = await this.loaders.officesByContact(context).load(contact.id);
    const scope = await this.scopes.groups(context);
    const visible = scope.all ? offices : offices.filter((office) => scope.ids.includes(office.groupId));
    return current ? visible.filter(isCurrent) : visible;
  }

  @ResolveField(() => [GroupInterface], { description: 'Current groups of the collectivities where the contact holds a current position' })
  async groups(@Parent() contact: Contact, @Context() context: AuthenticatedContext): Promise<GroupEntity[]> {
    const groups = await this.loaders.groupsByContact(context).load(contact.id);
    const scope = await this.scopes.groups(context);
    return scope.all ? groups : groups.filter((group) => scope.ids.includes(group.id));
  }
}

@Access(READ)
@Resolver(() => Collectivity)
export class CollectivityGroupsResolver {
  constructor(
    private readonly loaders: GroupLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @ResolveField(() => [GroupInterface], { description: 'Groups the collectivity is a current member of' })
  async groups(@Parent() collectivity: Collectivity, @Context() context: AuthenticatedContext): Promise<GroupEntity[]> {
    const groups = await this.loaders.groupsByCollectivity(context).load(collectivity.id);
    const scope = await this.scopes.groups(context);
    return scope.all ? groups : groups.filter((group) => scope.ids.includes(group.id));
  }
}

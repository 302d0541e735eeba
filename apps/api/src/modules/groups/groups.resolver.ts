import { calendarDate } from '@territoria/domain';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Contact } from '../contacts/contact.entity.js';
import { Cooperation } from '../cooperations/cooperation.entity.js';
import {
  AssignOfficerInput,
  CountryGroup,
  CreateCountryGroupInput,
  CreateThematicGroupInput,
  GroupFilter,
  GroupType,
  GroupMemberFilter,
  GroupMemberPage,
  GroupPage,
  UpdateGroupInput,
} from './dto/group.types.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import type { Group } from './group.entity.js';
import './group.read.js';
import { GroupsService } from './groups.service.js';

const READ = { roles: EVERY_ROLE, scope: 'collectivities:read' } as const;

@Access(READ)
@Resolver(() => GroupType)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly read: ReadService,
  ) {}

  @AnsweredInSql()
  @Query(() => GroupType, { description: 'One group (NOT_FOUND for a group president when the group is not theirs)' })
  group(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Group', id);
  }

  @AnsweredInSql()
  @Query(() => GroupPage, {
    description: 'Country and thematic groups, by kind then name. A group president gets the groups they preside ("Mes groupes")',
  })
  groups(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => GroupFilter, nullable: true }) filter?: GroupFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(context, info, 'Group', this.service.pageSource(filter), page ?? DEFAULT_PAGE);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => CountryGroup, { description: 'Creates a country group' })
  createCountryGroup(@Args('input') input: CreateCountryGroupInput, @CurrentActor() actor: Actor): Promise<Group> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupType, { description: 'Creates a thematic group' })
  createThematicGroup(@Args('input') input: CreateThematicGroupInput, @CurrentActor() actor: Actor): Promise<Group> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupType, { description: 'Changes a group' })
  updateGroup(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateGroupInput,
    @CurrentActor() actor: Actor,
  ): Promise<Group> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupType, { description: 'Deletes a group with its memberships and offices' })
  deleteGroup(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Group> {
    return this.service.remove(id, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => [GroupMember], { description: 'Adds several collectivities at once, all or none' })
  addGroupMembers(
    @Args('groupId', { type: () => ID, description: 'The group' }, UuidPipe) groupId: string,
    @Args('collectivityIds', { type: () => [ID], description: 'The collectivities joining (at most 1000)' })
    collectivityIds: string[],
    @CurrentActor() actor: Actor,
    @Args('joinedOn', { type: () => DateScalar, nullable: true, description: 'When they joined (YYYY-MM-DD); today when absent' })
    joinedOn?: string,
  ): Promise<GroupMember[]> {
    return this.service.addMembers(groupId, collectivityIds, joinedOn ?? calendarDate(), actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupMember, { description: 'Ends a membership (the record stays, with its dates)' })
  removeGroupMember(
    @Args('groupId', { type: () => ID, description: 'The group' }, UuidPipe) groupId: string,
    @Args('collectivityId', { type: () => ID, description: 'The member collectivity leaving' }, UuidPipe) collectivityId: string,
    @CurrentActor() actor: Actor,
    @Args('leftOn', { type: () => DateScalar, nullable: true, description: 'When it left (YYYY-MM-DD); today when absent' })
    leftOn?: string,
  ): Promise<GroupMember> {
    return this.service.removeMember(groupId, collectivityId, leftOn ?? calendarDate(), actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupOffice, {
    description:
      'Gives a contact an office in a group; refused when presidency terms overlap and the group allows no co-presidency',
  })
  assignGroupOfficer(@Args('input') input: AssignOfficerInput, @CurrentActor() actor: Actor): Promise<GroupOffice> {
    return this.service.assignOfficer(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => GroupOffice, { description: 'Ends an office (the record stays, with its dates)' })
  endGroupOffice(
    @Args('id', { type: () => ID, description: 'The office (GroupOffice id)' }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
    @Args('endedOn', { type: () => DateScalar, nullable: true, description: 'When it ended (YYYY-MM-DD); today when absent' })
    endedOn?: string,
  ): Promise<GroupOffice> {
    return this.service.endOffice(id, endedOn ?? calendarDate(), actor);
  }

  @ResolveField(() => GroupMemberPage, { description: "The group's member collectivities, by name" })
  members(
    @Parent() group: Group,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => GroupMemberFilter, nullable: true }) _filter?: GroupMemberFilter,
    @Args('page', { type: () => PageInput, nullable: true }) _page?: PageInput,
  ): Promise<unknown> {
    return this.read.field(group, context, info);
  }

  @ResolveField(() => Int, { description: 'Current members' })
  memberCount(
    @Parent() group: Group,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(group, context, info);
  }

  @ResolveField(() => [GroupOffice], { description: "The group's officers, most recent term first" })
  officers(
    @Parent() group: Group,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('current', { type: () => Boolean, nullable: true, description: 'Only the offices held today' }) _current?: boolean,
  ): Promise<unknown> {
    return this.read.field(group, context, info);
  }
}

@Access(READ)
@Resolver(() => CountryGroup)
export class CountryGroupsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [Cooperation], { description: "The members' cooperations with local governments of the group's countries" })
  cooperations(
    @Parent() group: Group,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(group, context, info);
  }
}

@Access(READ)
@Resolver(() => GroupMember)
export class GroupMembersResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Collectivity, { description: 'The member collectivity' })
  collectivity(
    @Parent() member: GroupMember,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(member, context, info);
  }
}

@Access({ roles: EVERY_ROLE, scope: ['contacts:read', 'contacts:all'] })
@Resolver(() => GroupOffice)
export class GroupOfficesResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Contact, { description: 'The contact holding the office' })
  contact(
    @Parent() office: GroupOffice,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(office, context, info);
  }

  @ResolveField(() => GroupType, { nullable: true, description: 'Null for a group president when the group is not theirs' })
  group(
    @Parent() office: GroupOffice,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(office, context, info);
  }

  @ResolveField(() => Boolean, { description: 'Held today' })
  current(
    @Parent() office: GroupOffice,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(office, context, info);
  }
}

@Access({ roles: EVERY_ROLE, scope: ['contacts:read', 'contacts:all'] })
@Resolver(() => Contact)
export class ContactGroupsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [GroupOffice], { description: 'Offices held in groups, past and present' })
  offices(
    @Parent() contact: Contact,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('current', { type: () => Boolean, nullable: true, description: 'Only the offices held today' }) _current?: boolean,
  ): Promise<unknown> {
    return this.read.field(contact, context, info);
  }

  @ResolveField(() => [GroupType], {
    description: 'Current groups of the collectivities where the contact holds a current position',
  })
  groups(
    @Parent() contact: Contact,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(contact, context, info);
  }
}

@Access(READ)
@Resolver(() => Collectivity)
export class CollectivityGroupsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [GroupType], { description: 'Groups the collectivity is a current member of' })
  groups(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }
}

import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Collectivity } from './collectivity.entity.js';
import { MembershipChange } from './membership-change.entity.js';
import './collectivity.read.js';
import { CollectivitiesService } from './collectivities.service.js';
import { CollectivityFilter } from './dto/collectivity-filter.input.js';
import { CollectivityPage } from './dto/collectivity-page.type.js';
import { CollectivitySort } from './dto/collectivity-sort.input.js';
import { RegionMemberCount } from './dto/region-member-count.type.js';
import { CreateCollectivityInput, UpdateCollectivityInput } from './dto/collectivity.inputs.js';

// Reading is open to every role (presidents within their scope) and to tokens with collectivities:read.
@Access({ roles: EVERY_ROLE, scope: 'collectivities:read' })
@Resolver(() => Collectivity)
export class CollectivitiesResolver {
  constructor(
    private readonly service: CollectivitiesService,
    private readonly read: ReadService,
  ) {}

  @AnsweredInSql()
  @Query(() => Collectivity, {
    description: "One collectivity (NOT_FOUND when it does not exist or is outside the caller's groups)",
  })
  collectivity(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Collectivity', id);
  }

  @AnsweredInSql()
  @Query(() => CollectivityPage, {
    description:
      "Collectivities: the official referential of French collectivities (about 36,000) and foreign ones entered by hand. A group president sees only their groups' members",
  })
  collectivities(
    // First, so the optional arguments after it keep their class as metadata (validation needs it).
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => CollectivityFilter, nullable: true }) filter?: CollectivityFilter,
    @Args('sort', { type: () => CollectivitySort, nullable: true }) sort?: CollectivitySort,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(context, info, 'Collectivity', this.service.pageSource(filter, sort), page ?? DEFAULT_PAGE);
  }

  @Access({ roles: STAFF_ROLES, scope: 'collectivities:read' })
  @Query(() => [RegionMemberCount], { description: 'Member collectivities per région, most members first' })
  memberCountsByRegion(): Promise<RegionMemberCount[]> {
    return this.service.memberCountsByRegion();
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Collectivity, {
    description:
      'Creates a collectivity entered by hand (typically a foreign local government: French ones come from the referential)',
  })
  createCollectivity(@Args('input') input: CreateCollectivityInput, @CurrentActor() actor: Actor): Promise<Collectivity> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Collectivity, {
    description:
      'Changes a collectivity. Fields owned by the official referential (name, codes, population) cannot be changed on a referential row; a change of membership status is recorded in membershipHistory',
  })
  updateCollectivity(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCollectivityInput,
    @CurrentActor() actor: Actor,
  ): Promise<Collectivity> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Collectivity, {
    description:
      'Deletes a collectivity entered by hand; refused for a referential row (set its membership status instead) and while other records refer to it',
  })
  deleteCollectivity(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Collectivity> {
    return this.service.remove(id, actor);
  }

  @ResolveField(() => [MembershipChange], { description: 'Changes of membership status, newest first' })
  membershipHistory(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }

  @ResolveField(() => Collectivity, { nullable: true, description: 'The région this collectivity belongs to' })
  region(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }

  @ResolveField(() => Collectivity, { nullable: true, description: 'The département this collectivity belongs to' })
  department(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }
}

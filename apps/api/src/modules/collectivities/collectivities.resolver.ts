import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CollectivityKind } from '@territoria/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { wantsPageTotals } from '../../common/pagination/page-selection.js';
import type { RequestContext } from '../../common/loaders/request-loaders.js';
import { AccessScopeService } from '../auth/access-scope.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { PageInput } from '../../common/pagination/page.input.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Collectivity } from './collectivity.entity.js';
import { MembershipChange } from './membership-change.entity.js';
import { CollectivityLoaders } from './collectivity.loaders.js';
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
    private readonly loaders: CollectivityLoaders,
    private readonly scopes: AccessScopeService,
  ) {}

  @Query(() => Collectivity)
  async collectivity(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
  ): Promise<Collectivity> {
    return this.service.findById(id, await this.scopes.collectivities(context));
  }

  @Query(() => CollectivityPage)
  async collectivities(
    // First, so the optional arguments after it keep their class as metadata (validation needs it).
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => CollectivityFilter, nullable: true }) filter?: CollectivityFilter,
    @Args('sort', { type: () => CollectivitySort, nullable: true }) sort?: CollectivitySort,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<Collectivity>> {
    const scope = await this.scopes.collectivities(context);
    return this.service.findPage(filter, sort, page, { countTotal: wantsPageTotals(info), scope });
  }

  @Access({ roles: STAFF_ROLES, scope: 'collectivities:read' })
  @Query(() => [RegionMemberCount], { description: 'Member collectivities per région, most members first' })
  memberCountsByRegion(): Promise<RegionMemberCount[]> {
    return this.service.memberCountsByRegion();
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Collectivity)
  createCollectivity(@Args('input') input: CreateCollectivityInput, @CurrentActor() actor: Actor): Promise<Collectivity> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Collectivity)
  updateCollectivity(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCollectivityInput,
    @CurrentActor() actor: Actor,
  ): Promise<Collectivity> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Collectivity)
  deleteCollectivity(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Collectivity> {
    return this.service.remove(id, actor);
  }

  @ResolveField(() => [MembershipChange], { description: 'Changes of membership status, newest first' })
  membershipHistory(@Parent() collectivity: Collectivity, @Context() context: RequestContext): Promise<MembershipChange[]> {
    return this.loaders.membershipHistory(context).load(collectivity.id);
  }

  @ResolveField(() => Collectivity, { nullable: true, description: 'The région this collectivity belongs to' })
  region(@Parent() collectivity: Collectivity, @Context() context: RequestContext): Promise<Collectivity | null> | null {
    if (!collectivity.regionCode || collectivity.kind === CollectivityKind.REGION) return null;
    return this.loaders.territoryByCode(context, 'REGION').load(collectivity.regionCode);
  }

  @ResolveField(() => Collectivity, { nullable: true, description: 'The département this collectivity belongs to' })
  department(@Parent() collectivity: Collectivity, @Context() context: RequestContext): Promise<Collectivity | null> | null {
    if (!collectivity.departmentCode || collectivity.kind === CollectivityKind.DEPARTMENT) return null;
    return this.loaders.territoryByCode(context, 'DEPARTMENT').load(collectivity.departmentCode);
  }
}

import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FeeStatus, calendarDate } from '@territoria/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { groupedLoader } from '../../common/loaders/request-loaders.js';
import { PageInput } from '../../common/pagination/page.input.js';
import { wantsPageTotals } from '../../common/pagination/page-selection.js';
import type { Page } from '../../common/pagination/page.type.js';
import { Access, ADMIN_ONLY, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { CollectivityLoaders } from '../collectivities/collectivity.loaders.js';
import { DuesGeneration, DuesTotals, MarkFeesPaidInput, MembershipFeeFilter, MembershipFeePage, SetFeeScaleInput, WaiveFeeInput } from './dto/membership.inputs.js';
import { FeeScale } from './fee-scale.entity.js';
import { MembershipFee } from './membership-fee.entity.js';
import { MembershipsService } from './memberships.service.js';

/** Dues are the association's accounts: staff only; the fee scale is the administrators'. */
@Access({ roles: STAFF_ROLES })
@Resolver(() => MembershipFee)
export class MembershipsResolver {
  constructor(
    private readonly service: MembershipsService,
    private readonly collectivities: CollectivityLoaders,
  ) {}

  @Query(() => FeeScale, { nullable: true })
  feeScale(@Args('year', { type: () => Int }) year: number): Promise<FeeScale | null> {
    return this.service.feeScale(year);
  }

  @Query(() => [FeeScale])
  feeScales(): Promise<FeeScale[]> {
    return this.service.feeScales();
  }

  @Access({ roles: ADMIN_ONLY })
  @Mutation(() => FeeScale, { description: 'Sets the year’s scale: brackets from 0 inhabitants, contiguous, the last one open-ended' })
  setFeeScale(@Args('input') input: SetFeeScaleInput, @CurrentActor() actor: Actor): Promise<FeeScale> {
    return this.service.setFeeScale(input, actor);
  }

  @Mutation(() => DuesGeneration, { description: "Invoices the year's dues to every current member; running it again creates nothing" })
  generateDues(
    @Args('year', { type: () => Int }) year: number,
    @CurrentActor() actor: Actor,
    @Args('invoicedOn', { type: () => DateScalar, nullable: true, description: 'Today when not given' }) invoicedOn?: string,
  ): Promise<DuesGeneration> {
    return this.service.generateDues(year, actor, invoicedOn);
  }

  @Query(() => MembershipFeePage)
  membershipFees(
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => MembershipFeeFilter, nullable: true }) filter?: MembershipFeeFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<MembershipFee>> {
    return this.service.findPage(filter, page, wantsPageTotals(info));
  }

  @Query(() => DuesTotals)
  duesTotals(@Args('year', { type: () => Int }) year: number): Promise<DuesTotals> {
    return this.service.totals(year);
  }

  @Query(() => [Collectivity], { description: 'Members with dues unpaid for at least minYears years (2 by default)' })
  async membersInArrears(
    @Context() context: AuthenticatedContext,
    @Args('minYears', { type: () => Int, defaultValue: 2 }) minYears: number,
  ): Promise<Collectivity[]> {
    const rows = await this.service.collectivitiesInArrears(minYears);
    const found = await this.collectivities.byId(context).loadMany(rows.map((row) => row.collectivityId));
    return found.filter((row): row is Collectivity => row !== null && !(row instanceof Error));
  }

  @Mutation(() => [MembershipFee], { description: 'Marks several dues paid at once (all or none)' })
  markFeesPaid(@Args('input') input: MarkFeesPaidInput, @CurrentActor() actor: Actor): Promise<MembershipFee[]> {
    return this.service.markPaid(input, actor);
  }

  @Mutation(() => MembershipFee)
  waiveFee(@Args('input') input: WaiveFeeInput, @CurrentActor() actor: Actor): Promise<MembershipFee> {
    return this.service.waive(input, actor);
  }

  @ResolveField(() => FeeStatus, { description: 'LATE once the due date has passed unpaid' })
  status(@Parent() fee: MembershipFee): FeeStatus {
    return fee.status === FeeStatus.INVOICED && fee.dueOn < calendarDate() ? FeeStatus.LATE : fee.status;
  }

  @ResolveField(() => Collectivity)
  collectivity(@Parent() fee: MembershipFee, @Context() context: AuthenticatedContext): Promise<Collectivity | null> {
    return this.collectivities.byId(context).load(fee.collectivityId);
  }
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => Collectivity)
export class CollectivityFeesResolver {
  constructor(private readonly service: MembershipsService) {}

  @ResolveField(() => [MembershipFee], { description: 'Dues, newest year first' })
  fees(@Parent() collectivity: Collectivity, @Context() context: AuthenticatedContext): Promise<MembershipFee[]> {
    return groupedLoader(context, 'collectivity.fees', (ids) => this.service.feesOf(ids), (row) => row.collectivityId).load(collectivity.id);
  }
}

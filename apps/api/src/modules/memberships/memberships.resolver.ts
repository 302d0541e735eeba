import { Args, Context, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FeeStatus } from '@territoria/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { Access, ADMIN_ONLY, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import {
  DuesGeneration,
  DuesTotals,
  MarkFeesPaidInput,
  MembershipFeeFilter,
  MembershipFeePage,
  SetFeeScaleInput,
  WaiveFeeInput,
} from './dto/membership.inputs.js';
import { FeeScale } from './fee-scale.entity.js';
import { MembershipFee } from './membership-fee.entity.js';
import './membership-fee.read.js';
import { MembershipsService } from './memberships.service.js';

/** Dues are the association's accounts: staff only; the fee scale is the administrators'. */
@Access({ roles: STAFF_ROLES })
@Resolver(() => MembershipFee)
export class MembershipsResolver {
  constructor(
    private readonly service: MembershipsService,
    private readonly read: ReadService,
  ) {}

  @Query(() => FeeScale, { nullable: true, description: 'The fee scale of a year; null when none was set' })
  feeScale(@Args('year', { type: () => Int, description: 'The year' }) year: number): Promise<FeeScale | null> {
    return this.service.feeScale(year);
  }

  @Query(() => [FeeScale], { description: "Every year's fee scale, newest first" })
  feeScales(): Promise<FeeScale[]> {
    return this.service.feeScales();
  }

  @Access({ roles: ADMIN_ONLY })
  @Mutation(() => FeeScale, {
    description: 'Sets the year’s scale: brackets from 0 inhabitants, contiguous, the last one open-ended',
  })
  setFeeScale(@Args('input') input: SetFeeScaleInput, @CurrentActor() actor: Actor): Promise<FeeScale> {
    return this.service.setFeeScale(input, actor);
  }

  @Mutation(() => DuesGeneration, {
    description: "Invoices the year's dues to every current member; running it again creates nothing",
  })
  generateDues(
    @Args('year', { type: () => Int, description: 'The year to invoice' }) year: number,
    @CurrentActor() actor: Actor,
    @Args('invoicedOn', { type: () => DateScalar, nullable: true, description: 'Today when not given' }) invoicedOn?: string,
  ): Promise<DuesGeneration> {
    return this.service.generateDues(year, actor, invoicedOn);
  }

  @AnsweredInSql()
  @Query(() => MembershipFeePage, { description: "Members' dues, newest year first, then by collectivity name" })
  membershipFees(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => MembershipFeeFilter, nullable: true }) filter?: MembershipFeeFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(context, info, 'MembershipFee', this.service.pageSource(filter), page ?? DEFAULT_PAGE);
  }

  @Query(() => DuesTotals, { description: "A year's dues added up: invoiced, paid, waived, late" })
  duesTotals(@Args('year', { type: () => Int, description: 'The year' }) year: number): Promise<DuesTotals> {
    return this.service.totals(year);
  }

  @AnsweredInSql()
  @Query(() => [Collectivity], { description: 'Members with dues unpaid for at least minYears years (2 by default)' })
  membersInArrears(
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('minYears', { type: () => Int, defaultValue: 2, description: 'Smallest number of years with unpaid dues' })
    minYears: number,
  ): Promise<unknown[]> {
    return this.read.list(context, info, 'Collectivity', this.service.arrearsSource(minYears));
  }

  @Mutation(() => [MembershipFee], { description: 'Marks several dues paid at once (all or none)' })
  markFeesPaid(@Args('input') input: MarkFeesPaidInput, @CurrentActor() actor: Actor): Promise<MembershipFee[]> {
    return this.service.markPaid(input, actor);
  }

  @Mutation(() => MembershipFee, { description: 'Waives dues (status WAIVED), with the reason' })
  waiveFee(@Args('input') input: WaiveFeeInput, @CurrentActor() actor: Actor): Promise<MembershipFee> {
    return this.service.waive(input, actor);
  }

  @ResolveField(() => FeeStatus, { description: 'LATE once the due date has passed unpaid' })
  status(
    @Parent() fee: MembershipFee,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(fee, context, info);
  }

  @ResolveField(() => Collectivity, { description: 'The member collectivity' })
  collectivity(
    @Parent() fee: MembershipFee,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(fee, context, info);
  }
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => Collectivity)
export class CollectivityFeesResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [MembershipFee], { description: 'Dues, newest year first' })
  fees(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }
}

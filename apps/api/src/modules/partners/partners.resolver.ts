import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import {
  CreatePartnerInput,
  CreatePartnershipInput,
  PartnerFilter,
  PartnerPage,
  PartnershipFilter,
  PartnershipPage,
  PartnershipTotal,
  UpdatePartnerInput,
  UpdatePartnershipInput,
} from './dto/partner.inputs.js';
import { Partner } from './partner.entity.js';
import './partner.read.js';
import { PartnersService } from './partners.service.js';
import { Partnership } from './partnership.entity.js';

/** Partners and their money are the association's own business: staff only. */
@Access({ roles: STAFF_ROLES })
@Resolver(() => Partner)
export class PartnersResolver {
  constructor(
    private readonly service: PartnersService,
    private readonly read: ReadService,
  ) {}

  @AnsweredInSql()
  @Query(() => Partner, { description: 'One partner' })
  partner(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Partner', id);
  }

  @AnsweredInSql()
  @Query(() => Partnership, { description: 'One partnership' })
  partnership(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.byId(context, info, 'Partnership', id);
  }

  @AnsweredInSql()
  @Query(() => PartnerPage, { description: 'Partner institutions, by name' })
  partners(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => PartnerFilter, nullable: true }) filter?: PartnerFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(context, info, 'Partner', this.service.pageSource(filter), page ?? DEFAULT_PAGE);
  }

  @AnsweredInSql()
  @Query(() => PartnershipPage, { description: 'Partnerships, newest year first, largest amount first' })
  partnerships(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => PartnershipFilter, nullable: true }) filter?: PartnershipFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    return this.read.page(context, info, 'Partnership', this.service.partnershipSource(filter), page ?? DEFAULT_PAGE);
  }

  @Query(() => [PartnershipTotal], { description: 'Totals by year and kind (one year, or every year)' })
  partnershipTotals(
    @Args('year', { type: () => Int, nullable: true, description: 'Only this year; every year when absent' }) year?: number,
  ): Promise<PartnershipTotal[]> {
    return this.service.totals(year);
  }

  @Mutation(() => Partner, { description: 'Records a partner institution' })
  createPartner(@Args('input') input: CreatePartnerInput, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Partner, { description: 'Changes a partner' })
  updatePartner(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdatePartnerInput,
    @CurrentActor() actor: Actor,
  ): Promise<Partner> {
    return this.service.update(id, input, actor);
  }

  @Mutation(() => Partner, {
    description: 'Deletes a partner; refused while other records (partnerships, positions, registrations…) refer to it',
  })
  deletePartner(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.remove(id, actor);
  }

  @Mutation(() => Partnership, { description: "Records a partner's commitment for a year" })
  createPartnership(@Args('input') input: CreatePartnershipInput, @CurrentActor() actor: Actor): Promise<Partnership> {
    return this.service.createPartnership(input, actor);
  }

  @Mutation(() => Partnership, { description: 'Changes a partnership' })
  updatePartnership(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdatePartnershipInput,
    @CurrentActor() actor: Actor,
  ): Promise<Partnership> {
    return this.service.updatePartnership(id, input, actor);
  }

  @Mutation(() => Partnership, { description: 'Deletes a partnership' })
  deletePartnership(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Partnership> {
    return this.service.removePartnership(id, actor);
  }

  @ResolveField('partnerships', () => [Partnership], { description: "The partner's partnerships, by year (newest first)" })
  partnershipsOfPartner(
    @Parent() partner: Partner,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('year', { type: () => Int, nullable: true, description: "Only this year's; every year when absent" }) _year?: number,
  ): Promise<unknown> {
    return this.read.field(partner, context, info);
  }
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Partner, { description: 'The partner committed' })
  partner(
    @Parent() partnership: Partnership,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(partnership, context, info);
  }
}

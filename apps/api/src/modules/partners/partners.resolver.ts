import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { byIdLoader, groupedLoader } from '../../common/loaders/request-loaders.js';
import { PageInput } from '../../common/pagination/page.input.js';
import { wantsPageTotals } from '../../common/pagination/page-selection.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
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
import { PartnersService } from './partners.service.js';
import { Partnership } from './partnership.entity.js';

/** Partners and their money are the association's own business: staff only. */
@Access({ roles: STAFF_ROLES })
@Resolver(() => Partner)
export class PartnersResolver {
  constructor(private readonly service: PartnersService) {}

  @Query(() => Partner)
  partner(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Partner> {
    return this.service.findById(id);
  }

  @Query(() => Partnership)
  partnership(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Partnership> {
    return this.service.findPartnership(id);
  }

  @Query(() => PartnerPage)
  partners(
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => PartnerFilter, nullable: true }) filter?: PartnerFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<Partner>> {
    return this.service.findPage(filter, page, wantsPageTotals(info));
  }

  @Query(() => PartnershipPage)
  partnerships(
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => PartnershipFilter, nullable: true }) filter?: PartnershipFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<Partnership>> {
    return this.service.partnershipPage(filter, page, wantsPageTotals(info));
  }

  @Query(() => [PartnershipTotal], { description: 'Totals by year and kind (one year, or every year)' })
  partnershipTotals(@Args('year', { type: () => Int, nullable: true }) year?: number): Promise<PartnershipTotal[]> {
    return this.service.totals(year);
  }

  @Mutation(() => Partner)
  createPartner(@Args('input') input: CreatePartnerInput, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Partner)
  updatePartner(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdatePartnerInput,
    @CurrentActor() actor: Actor,
  ): Promise<Partner> {
    return this.service.update(id, input, actor);
  }

  @Mutation(() => Partner)
  deletePartner(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Partner> {
    return this.service.remove(id, actor);
  }

  @Mutation(() => Partnership)
  createPartnership(@Args('input') input: CreatePartnershipInput, @CurrentActor() actor: Actor): Promise<Partnership> {
    return this.service.createPartnership(input, actor);
  }

  @Mutation(() => Partnership)
  updatePartnership(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdatePartnershipInput,
    @CurrentActor() actor: Actor,
  ): Promise<Partnership> {
    return this.service.updatePartnership(id, input, actor);
  }

  @Mutation(() => Partnership)
  deletePartnership(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Partnership> {
    return this.service.removePartnership(id, actor);
  }

  @ResolveField('partnerships', () => [Partnership], { description: "The partner's partnerships, by year (newest first)" })
  async partnershipsOfPartner(
    @Parent() partner: Partner,
    @Context() context: AuthenticatedContext,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<Partnership[]> {
    const all = await groupedLoader(context, 'partner.partnerships', (ids) => this.service.partnershipsOfPartners(ids), (row) => row.partnerId).load(
      partner.id,
    );
    return year === undefined ? all : all.filter((row) => row.year === year);
  }
}

@Access({ roles: STAFF_ROLES })
@Resolver(() => Partnership)
export class PartnershipsResolver {
  constructor(private readonly service: PartnersService) {}

  @ResolveField(() => Partner)
  partner(@Parent() partnership: Partnership, @Context() context: AuthenticatedContext): Promise<Partner | null> {
    return byIdLoader(context, 'partner.byId', (ids) => this.service.findByIds(ids)).load(partnership.partnerId);
  }
}

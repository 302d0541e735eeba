import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { callerOf } from '../../common/read/caller.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { raw } from '../../common/read/sql.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { AwardLabelInput, LabelInput, UpdateLabelAwardInput } from './dto/label.inputs.js';
import './event.read.js';
import { Event } from './event.entity.js';
import { LabelAward } from './label-award.entity.js';
import { Label } from './label.entity.js';
import { LabelsService } from './labels.service.js';

const READ = { roles: STAFF_ROLES, scope: 'events:read' } as const;

@Access(READ)
@Resolver(() => Label)
export class LabelsResolver {
  constructor(
    private readonly service: LabelsService,
    private readonly read: ReadService,
  ) {}

  @AnsweredInSql()
  @Query(() => [Label], { description: 'Every label, by name' })
  labels(@Context() context: AuthenticatedContext, @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
    return this.read.list(context, info, 'Label', { where: () => raw('TRUE'), orderBy: (row) => raw(`${row}.name, ${row}.id`) });
  }

  @AnsweredInSql()
  @Query(() => [LabelAward], { description: 'Labels awarded to collectivities, newest first' })
  labelAwards(
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
    @Args('labelId', { type: () => ID, nullable: true, description: 'Only awards of this label' }, UuidPipe) labelId?: string,
    @Args('collectivityId', { type: () => ID, nullable: true, description: 'Only awards to this collectivity' }, UuidPipe)
    collectivityId?: string,
    @Args('eventId', { type: () => ID, nullable: true, description: 'Only awards at this edition' }, UuidPipe) eventId?: string,
    @Args('year', { type: () => Int, nullable: true, description: 'Only awards for this year' }) year?: number,
  ): Promise<unknown[]> {
    return this.read.list(
      context,
      info,
      'LabelAward',
      this.service.awardSource(callerOf(context.actor), { labelId, collectivityId, eventId, year }),
    );
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Label, { description: 'Creates a label' })
  createLabel(@Args('input') input: LabelInput, @CurrentActor() actor: Actor): Promise<Label> {
    return this.service.createLabel(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => LabelAward, {
    description:
      'Awards a label to a collectivity for a year; DUPLICATE when the collectivity already received the label that year',
  })
  awardLabel(
    @Args('input', { description: 'The award' }) input: AwardLabelInput,
    @CurrentActor() actor: Actor,
  ): Promise<LabelAward> {
    return this.service.award(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => LabelAward, { description: 'Changes an award' })
  updateLabelAward(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateLabelAwardInput,
    @CurrentActor() actor: Actor,
  ): Promise<LabelAward> {
    return this.service.updateAward(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => LabelAward, { description: 'Deletes an award' })
  deleteLabelAward(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<LabelAward> {
    return this.service.removeAward(id, actor);
  }

  @ResolveField(() => [LabelAward], { description: 'Its awards, newest first' })
  awards(@Parent() label: Label, @Context() context: AuthenticatedContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
    return this.read.field(label, context, info);
  }
}

@Access(READ)
@Resolver(() => LabelAward)
export class LabelAwardsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => Label, { description: 'The label' })
  label(
    @Parent() award: LabelAward,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(award, context, info);
  }

  @ResolveField(() => Collectivity, { description: 'The collectivity that received it' })
  collectivity(
    @Parent() award: LabelAward,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(award, context, info);
  }

  @ResolveField(() => Event, { nullable: true, description: 'The edition where it was awarded; null when none' })
  event(
    @Parent() award: LabelAward,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(award, context, info);
  }
}

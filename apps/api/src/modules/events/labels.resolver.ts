import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { CollectivityLoaders } from '../collectivities/collectivity.loaders.js';
import { AwardLabelInput, LabelInput, UpdateLabelAwardInput } from './dto/label.inputs.js';
import { EventLoaders } from './event-loaders.js';
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
    private readonly loaders: EventLoaders,
  ) {}

  @Query(() => [Label])
  labels(): Promise<Label[]> {
    return this.service.all();
  }

  @Query(() => [LabelAward], { description: 'Newest first' })
  labelAwards(
    @Args('labelId', { type: () => ID, nullable: true }, UuidPipe) labelId?: string,
    @Args('collectivityId', { type: () => ID, nullable: true }, UuidPipe) collectivityId?: string,
    @Args('eventId', { type: () => ID, nullable: true }, UuidPipe) eventId?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
  ): Promise<LabelAward[]> {
    return this.service.findAwards({ labelId, collectivityId, eventId, year });
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Label)
  createLabel(@Args('input') input: LabelInput, @CurrentActor() actor: Actor): Promise<Label> {
    return this.service.createLabel(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => LabelAward, { description: 'DUPLICATE when the collectivity already received the label that year' })
  awardLabel(@Args('input') input: AwardLabelInput, @CurrentActor() actor: Actor): Promise<LabelAward> {
    return this.service.award(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => LabelAward)
  updateLabelAward(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateLabelAwardInput,
    @CurrentActor() actor: Actor,
  ): Promise<LabelAward> {
    return this.service.updateAward(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => LabelAward)
  deleteLabelAward(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<LabelAward> {
    return this.service.removeAward(id, actor);
  }

  @ResolveField(() => [LabelAward])
  awards(@Parent() label: Label, @Context() context: AuthenticatedContext): Promise<LabelAward[]> {
    return this.loaders.awards(context, 'label_id').load(label.id);
  }
}

@Access(READ)
@Resolver(() => LabelAward)
export class LabelAwardsResolver {
  constructor(
    private readonly loaders: EventLoaders,
    private readonly collectivities: CollectivityLoaders,
  ) {}

  @ResolveField(() => Label)
  label(@Parent() award: LabelAward, @Context() context: AuthenticatedContext): Promise<Label | null> {
    return this.loaders.label(context).load(award.labelId);
  }

  @ResolveField(() => Collectivity)
  collectivity(@Parent() award: LabelAward, @Context() context: AuthenticatedContext): Promise<Collectivity | null> {
    return this.collectivities.byId(context).load(award.collectivityId);
  }

  @ResolveField(() => Event, { nullable: true })
  event(@Parent() award: LabelAward, @Context() context: AuthenticatedContext): Promise<Event | null> | null {
    return award.eventId ? this.loaders.event(context).load(award.eventId) : null;
  }
}

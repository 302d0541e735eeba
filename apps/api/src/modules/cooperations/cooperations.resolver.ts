import { Args, Context, ID, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { ReadService } from '../../common/read/read.service.js';
import { Cooperation } from './cooperation.entity.js';
import './cooperation.read.js';
import { CooperationsService } from './cooperations.service.js';
import { CreateCooperationInput, UpdateCooperationInput } from './dto/cooperation.inputs.js';

const READ = { roles: EVERY_ROLE, scope: 'collectivities:read' } as const;

@Access(READ)
@Resolver(() => Cooperation)
export class CooperationsResolver {
  constructor(
    private readonly service: CooperationsService,
    private readonly read: ReadService,
  ) {}

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Cooperation, { description: "Records a French collectivity's cooperation with a foreign local government" })
  createCooperation(@Args('input') input: CreateCooperationInput, @CurrentActor() actor: Actor): Promise<Cooperation> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Cooperation, { description: 'Changes a cooperation; to record that it ended, set endedOn' })
  updateCooperation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCooperationInput,
    @CurrentActor() actor: Actor,
  ): Promise<Cooperation> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Cooperation, {
    description: 'Deletes a cooperation entered by mistake; to record that it ended, set endedOn instead',
  })
  deleteCooperation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Cooperation> {
    return this.service.remove(id, actor);
  }

  @ResolveField(() => Collectivity, { description: 'The French collectivity' })
  frenchCollectivity(
    @Parent() cooperation: Cooperation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(cooperation, context, info);
  }

  @ResolveField(() => Collectivity, { description: 'The foreign local government' })
  foreignCollectivity(
    @Parent() cooperation: Cooperation,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(cooperation, context, info);
  }
}

@Access(READ)
@Resolver(() => Collectivity)
export class CollectivityCooperationsResolver {
  constructor(private readonly read: ReadService) {}

  @ResolveField(() => [Cooperation], { description: "A French collectivity's cooperations with foreign local governments" })
  cooperations(
    @Parent() collectivity: Collectivity,
    @Context() context: AuthenticatedContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<unknown> {
    return this.read.field(collectivity, context, info);
  }
}

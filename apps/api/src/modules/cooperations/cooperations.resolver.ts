import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { groupedLoader } from '../../common/loaders/request-loaders.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, EVERY_ROLE, STAFF_ROLES } from '../auth/access.decorator.js';
import type { Actor } from '../auth/actor.js';
import type { AuthenticatedContext } from '../auth/auth-context.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { CollectivityLoaders } from '../collectivities/collectivity.loaders.js';
import { Cooperation } from './cooperation.entity.js';
import { CooperationsService } from './cooperations.service.js';
import { CreateCooperationInput, UpdateCooperationInput } from './dto/cooperation.inputs.js';

const READ = { roles: EVERY_ROLE, scope: 'collectivities:read' } as const;

@Access(READ)
@Resolver(() => Cooperation)
export class CooperationsResolver {
  constructor(
    private readonly service: CooperationsService,
    private readonly collectivities: CollectivityLoaders,
  ) {}

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Cooperation)
  createCooperation(@Args('input') input: CreateCooperationInput, @CurrentActor() actor: Actor): Promise<Cooperation> {
    return this.service.create(input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Cooperation)
  updateCooperation(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateCooperationInput,
    @CurrentActor() actor: Actor,
  ): Promise<Cooperation> {
    return this.service.update(id, input, actor);
  }

  @Access({ roles: STAFF_ROLES })
  @Mutation(() => Cooperation)
  deleteCooperation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<Cooperation> {
    return this.service.remove(id, actor);
  }

  @ResolveField(() => Collectivity)
  frenchCollectivity(@Parent() cooperation: Cooperation, @Context() context: AuthenticatedContext): Promise<Collectivity | null> {
    return this.collectivities.byId(context).load(cooperation.frenchCollectivityId);
  }

  @ResolveField(() => Collectivity)
  foreignCollectivity(@Parent() cooperation: Cooperation, @Context() context: AuthenticatedContext): Promise<Collectivity | null> {
    return this.collectivities.byId(context).load(cooperation.foreignCollectivityId);
  }
}

@Access(READ)
@Resolver(() => Collectivity)
export class CollectivityCooperationsResolver {
  constructor(private readonly service: CooperationsService) {}

  @ResolveField(() => [Cooperation], { description: "A French collectivity's cooperations with foreign local governments" })
  cooperations(@Parent() collectivity: Collectivity, @Context() context: AuthenticatedContext): Promise<Cooperation[]> {
    return groupedLoader(context, 'collectivity.cooperations', (ids) => this.service.ofFrenchCollectivities(ids), (row) => row.frenchCollectivityId).load(collectivity.id);
  }
}

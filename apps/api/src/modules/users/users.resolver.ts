import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../common/pagination/page.input.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, ADMIN_ONLY } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import { CreateUserInput, UpdateUserInput, UserFilter } from './dto/user.inputs.js';
import { UserPage, UserType } from './dto/user.type.js';
import { UsersService } from './users.service.js';

@Access({ roles: ADMIN_ONLY })
@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserType, { description: 'One console user' })
  async user(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<UserType> {
    return UserType.from(await this.service.findById(id));
  }

  @Query(() => UserPage, { description: 'Console users, by name' })
  async users(
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<Page<UserType>> {
    const result = await this.service.findPage(filter ?? {}, page ?? { offset: 0, limit: 25 });
    return { ...result, nodes: result.nodes.map(UserType.from) };
  }

  @Mutation(() => UserType, { description: 'Creates a console user' })
  async createUser(@Args('input') input: CreateUserInput, @CurrentActor() actor: Actor): Promise<UserType> {
    return UserType.from(await this.service.create(input, actor));
  }

  @Mutation(() => UserType, {
    description: 'Edit a user; set active: false to take their access away (users are never deleted: their history stays)',
  })
  async updateUser(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserType> {
    return UserType.from(await this.service.update(id, input, actor));
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, ADMIN_ONLY, STAFF_ROLES } from '../../../common/access/access.decorator.js';
import type { Actor } from '../../../common/access/actor.js';
import { CurrentActor } from '../../../common/access/current-actor.decorator.js';
import { Letterhead, UpdateLetterheadInput } from './letterhead.types.js';
import { LetterheadService } from './letterhead.service.js';

/** Staff print letters with it; only an administrator changes it. */
@Resolver(() => Letterhead)
export class LetterheadResolver {
  constructor(private readonly service: LetterheadService) {}

  @Access({ roles: STAFF_ROLES })
  @Query(() => Letterhead, { description: "The association's letterhead printed on dues calls, receipts and badges" })
  letterhead(): Promise<Letterhead> {
    return this.service.letterhead();
  }

  @Access({ roles: ADMIN_ONLY })
  @Mutation(() => Letterhead, { description: 'Changes the fields given; images are checked (type, content, size)' })
  updateLetterhead(
    @Args('input', { description: 'The fields to change' }) input: UpdateLetterheadInput,
    @CurrentActor() actor: Actor,
  ): Promise<Letterhead> {
    return this.service.update(input, actor);
  }
}

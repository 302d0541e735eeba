import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { API_SCOPES } from '@territoria/domain';
import { PageInput } from '../../common/pagination/page.input.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, ADMIN_ONLY } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import type { ApiToken } from './api-token.entity.js';
import { ApiTokensService } from './api-tokens.service.js';
import { ApiTokenPage, ApiTokenType, CreateApiTokenInput, CreatedApiToken } from './dto/api-token.types.js';

@Access({ roles: ADMIN_ONLY })
@Resolver(() => ApiTokenType)
export class ApiTokensResolver {
  constructor(private readonly service: ApiTokensService) {}

  @Query(() => ApiTokenPage, { description: "The integrations' API tokens, revoked and expired ones included, newest first" })
  apiTokens(@Args('page', { type: () => PageInput, nullable: true }) page?: PageInput): Promise<Page<ApiToken>> {
    return this.service.findPage(page ?? { offset: 0, limit: 25 });
  }

  @Query(() => [String], { description: 'The scopes a token can be given' })
  apiScopes(): string[] {
    return [...API_SCOPES];
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Creates an API token for an integration: its secret is in the answer, shown this once',
  })
  createApiToken(@Args('input') input: CreateApiTokenInput, @CurrentActor() actor: Actor): Promise<CreatedApiToken> {
    return this.service.create(input, actor);
  }

  @Mutation(() => ApiTokenType, {
    description: 'Revokes an API token at once, in every server process: it is refused from the next request on',
  })
  revokeApiToken(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ApiToken> {
    return this.service.revoke(id, actor);
  }
}

import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { API_SCOPES, type ApiScope } from '@territoria/domain';
import { ArrayMinSize, ArrayUnique, IsDate, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Type } from 'class-transformer';
import { PageType } from '../../../common/pagination/page.type.js';

@ObjectType('ApiToken', {
  description:
    'A read-only credential for an integration, sent as "Authorization: Bearer <secret>"; its secret is never shown again after creation',
})
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the token is for, e.g. the website or the mailing tool' })
  name: string;

  @Field({ description: 'The first characters of the secret' })
  prefix: string;

  @Field(() => [String], { description: `Among ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];

  @Field(() => GraphQLISODateTime, { description: 'When the token stops working' })
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an administrator revoked it; null while it is not revoked',
  })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last used, to the minute; null if never used' })
  lastUsedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The administrator (User id) who created it; null if that user was deleted' })
  createdById: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was created' })
  createdAt: Date;
}

export const ApiTokenPage = PageType(ApiTokenType, 'ApiTokenPage');

@ObjectType({ description: 'A token just created, with its secret' })
export class CreatedApiToken {
  @Field(() => ApiTokenType, { description: 'The token created' })
  token: ApiTokenType;

  @Field({ description: 'Send it as "Authorization: Bearer <secret>". It is shown this once and never again.' })
  secret: string;
}

@InputType({ description: 'A new API token: its name, what it may read, until when' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for (at most 200 characters)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [String], {
    description:
      'What it may read: at least one, among collectivities:read, contacts:read (contacts who consented), contacts:all (every contact), events:read',
  })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];

  @Field(() => GraphQLISODateTime, { description: 'When it stops working (an instant, ISO 8601)' })
  @Type(() => Date)
  @IsDate()
  expiresAt: Date;
}

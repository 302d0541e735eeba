import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { API_SCOPES, type ApiScope } from '@territoria/domain';
import { ArrayMinSize, ArrayUnique, IsDate, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Type } from 'class-transformer';
import { PageType } from '../../../common/pagination/page.type.js';

@ObjectType('ApiToken')
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the secret' })
  prefix: string;

  @Field(() => [String], { description: `Among ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => ID, { nullable: true })
  createdById: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

export const ApiTokenPage = PageType(ApiTokenType, 'ApiTokenPage');

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiTokenType)
  token: ApiTokenType;

  @Field({ description: 'Send it as "Authorization: Bearer <secret>". It is shown this once and never again.' })
  secret: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  expiresAt: Date;
}

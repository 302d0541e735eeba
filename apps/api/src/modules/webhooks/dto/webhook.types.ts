import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { API_SCOPES, WEBHOOK_EVENT_TYPES, type ApiScope, type WebhookEventType } from '@territoria/domain';
import { ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';

@ObjectType('WebhookEndpoint', { description: 'Where changes are pushed, signed (Standard Webhooks). ADMIN only.' })
export class WebhookEndpointType {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [String], { description: `The events sent, among ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  eventTypes: WebhookEventType[];

  @Field(() => [String], {
    description: `What a payload may show, as an API token with these scopes could read it (among ${API_SCOPES.join(', ')})`,
  })
  scopes: ApiScope[];

  @Field({ description: 'A disabled endpoint is sent nothing' })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled: GONE (it answered 410) or MANUAL' })
  disabledReason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

export const WebhookEndpointPage = PageType(WebhookEndpointType, 'WebhookEndpointPage');

@ObjectType({ description: 'A registered endpoint and its signing secret' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpointType)
  endpoint: WebhookEndpointType;

  @Field({ description: 'The signing secret (whsec_…), shown this once and never again.' })
  secret: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent to one endpoint: its id is the webhook-id header' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  endpointId: string;

  @Field()
  eventType: string;

  @Field({ description: 'The type of the record the event is about' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field({ description: 'PENDING (waiting for an attempt), SUCCEEDED or FAILED' })
  status: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer" })
  lastStatusCode: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed: TIMEOUT, REDIRECT, HTTP_<status>, PRIVATE_ADDRESS, CONNECTION, ENDPOINT_DISABLED',
  })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;
}

export const WebhookDeliveryPage = PageType(WebhookDeliveryType, 'WebhookDeliveryPage');

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'http(s), at most 2,000 characters, a public address' })
  @IsString()
  url: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => [String], { description: `Among ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  eventTypes: string[];

  @Field(() => [String], { description: `Among ${API_SCOPES.join(', ')}; none: the payloads carry ids only` })
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes: ApiScope[];
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => Int, { nullable: true, description: 'The version read: a stale save is refused' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  url?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  eventTypes?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes?: ApiScope[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

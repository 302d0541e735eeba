import { VersionField } from '../../../common/validation/version-field.js';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { API_SCOPES, WEBHOOK_EVENT_TYPES, type ApiScope, type WebhookEventType } from '@territoria/domain';
import { ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';

@ObjectType('WebhookEndpoint', { description: 'Where changes are pushed, signed (Standard Webhooks). ADMIN only.' })
export class WebhookEndpointType {
  @Field(() => ID, { description: "The endpoint's id" })
  id: string;

  @Field({ description: 'Where deliveries are POSTed' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What it is for, for the administrators' })
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

  @Field(() => GraphQLISODateTime, { description: 'When it was registered' })
  createdAt: Date;

  @Field(() => Int, { description: 'Send it back with updateWebhookEndpoint: a stale save is refused (CONFLICT)' })
  version: number;
}

export const WebhookEndpointPage = PageType(WebhookEndpointType, 'WebhookEndpointPage');

@ObjectType({ description: 'A registered endpoint and its signing secret' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpointType, { description: 'The endpoint registered' })
  endpoint: WebhookEndpointType;

  @Field({ description: 'The signing secret (whsec_…), shown this once and never again.' })
  secret: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent to one endpoint: its id is the webhook-id header' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Also the webhook-id header of every attempt' })
  id: string;

  @Field(() => ID, { description: 'The endpoint it is sent to' })
  endpointId: string;

  @Field({ description: 'The event, e.g. collectivity.updated' })
  eventType: string;

  @Field({ description: 'The type of the record the event is about' })
  entityType: string;

  @Field(() => ID, { description: 'The id of the record the event is about' })
  entityId: string;

  @Field({ description: 'PENDING (waiting for an attempt), SUCCEEDED or FAILED' })
  status: string;

  @Field(() => Int, { description: 'Attempts made so far' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer" })
  lastStatusCode: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed: TIMEOUT, REDIRECT, HTTP_<status>, PRIVATE_ADDRESS, CONNECTION, ENDPOINT_DISABLED',
  })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last tried' })
  lastAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it is tried next (while PENDING)' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the change happened' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it succeeded or was given up' })
  completedAt: Date | null;
}

export const WebhookDeliveryPage = PageType(WebhookDeliveryType, 'WebhookDeliveryPage');

@InputType({ description: 'A new webhook endpoint: where to send which changes, and how much the payloads may show' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'http(s), at most 2,000 characters, a public address' })
  @IsString()
  url: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 500 characters)' })
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

@InputType({ description: 'Changes to a webhook endpoint: only the fields given change' })
export class UpdateWebhookEndpointInput {
  @VersionField()
  version!: number;

  @Field({ nullable: true, description: 'http(s), at most 2,000 characters, a public address' })
  @IsOptional()
  @IsString()
  url?: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 500 characters)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: `Among ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  eventTypes?: string[];

  @Field(() => [String], { nullable: true, description: `Among ${API_SCOPES.join(', ')}` })
  @IsOptional()
  @ArrayUnique()
  @IsIn(API_SCOPES, { each: true, message: `each scope must be one of ${API_SCOPES.join(', ')}` })
  scopes?: ApiScope[];

  @Field({ nullable: true, description: 'false stops the deliveries; true turns a disabled endpoint back on' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

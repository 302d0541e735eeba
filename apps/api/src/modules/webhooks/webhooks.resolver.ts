import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WEBHOOK_EVENT_TYPES } from '@territoria/domain';
import { PageInput } from '../../common/pagination/page.input.js';
import type { Page } from '../../common/pagination/page.type.js';
import { UuidPipe } from '../../common/validation/uuid.pipe.js';
import { Access, ADMIN_ONLY } from '../../common/access/access.decorator.js';
import type { Actor } from '../../common/access/actor.js';
import { CurrentActor } from '../../common/access/current-actor.decorator.js';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryPage,
  WebhookDeliveryType,
  WebhookEndpointPage,
  WebhookEndpointType,
} from './dto/webhook.types.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhooksService } from './webhooks.service.js';

const DEFAULT_PAGE = { offset: 0, limit: 25 };

@Access({ roles: ADMIN_ONLY })
@Resolver(() => WebhookEndpointType)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => WebhookEndpointPage, { description: 'The registered webhook endpoints, newest first. ADMIN only.' })
  webhookEndpoints(
    @Args('page', { type: () => PageInput, nullable: true, description: 'Offset and limit (default: the first 25)' })
    page?: PageInput,
  ): Promise<Page<WebhookEndpoint>> {
    return this.service.findPage(page ?? DEFAULT_PAGE);
  }

  @Query(() => WebhookEndpointType, { description: 'One webhook endpoint. ADMIN only. Errors: NOT_FOUND.' })
  webhookEndpoint(
    @Args('id', { type: () => ID, description: "The endpoint's id" }, UuidPipe) id: string,
  ): Promise<WebhookEndpoint> {
    return this.service.findOne(id);
  }

  @Query(() => [String], { description: 'The event types an endpoint can ask for. ADMIN only.' })
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Query(() => WebhookDeliveryPage, { description: "An endpoint's deliveries, newest first. ADMIN only." })
  webhookDeliveries(
    @Args('endpointId', { type: () => ID, description: "The endpoint's id" }, UuidPipe) endpointId: string,
    @Args('page', { type: () => PageInput, nullable: true, description: 'Offset and limit (default: the first 25)' })
    page?: PageInput,
  ): Promise<Page<WebhookDeliveryType>> {
    return this.service.deliveries(endpointId, page ?? DEFAULT_PAGE);
  }

  @Mutation(() => CreatedWebhookEndpoint, {
    description:
      'Registers an endpoint. ADMIN only. Errors: BAD_USER_INPUT with field url (WEBHOOK_URL_INVALID, WEBHOOK_URL_SCHEME, ' +
      'WEBHOOK_URL_TOO_LONG, WEBHOOK_URL_PRIVATE, WEBHOOK_URL_UNRESOLVED) or eventTypes (WEBHOOK_EVENT_TYPE_UNKNOWN).',
  })
  createWebhookEndpoint(
    @Args('input', { description: 'The URL, events and scopes' }) input: CreateWebhookEndpointInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedWebhookEndpoint> {
    return this.service.create(input, actor);
  }

  @Mutation(() => WebhookEndpointType, {
    description:
      'Changes an endpoint (enabled: true turns a disabled one back on). ADMIN only. Errors: as createWebhookEndpoint, NOT_FOUND, CONFLICT.',
  })
  updateWebhookEndpoint(
    @Args('id', { type: () => ID, description: "The endpoint's id" }, UuidPipe) id: string,
    @Args('input', { description: 'The fields to change; the others are kept' }) input: UpdateWebhookEndpointInput,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookEndpoint> {
    return this.service.update(id, input, actor);
  }

  @Mutation(() => WebhookEndpointType, { description: 'Deletes an endpoint and its deliveries. ADMIN only. Errors: NOT_FOUND.' })
  deleteWebhookEndpoint(
    @Args('id', { type: () => ID, description: "The endpoint's id" }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookEndpoint> {
    return this.service.remove(id, actor);
  }

  @Mutation(() => WebhookDeliveryType, { description: 'Sends a delivery again now. ADMIN only. Errors: NOT_FOUND.' })
  replayWebhookDelivery(
    @Args('id', { type: () => ID, description: "The delivery's id" }, UuidPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDeliveryType> {
    return this.service.replay(id, actor);
  }
}

import { Module } from '@nestjs/common';
import type { ApiModule } from '../../common/api-module.js';
import { AuditModule } from '../audit/audit.module.js';
import { WebhookDeliveriesWorker } from './webhook-deliveries.worker.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookPayloads } from './webhook-payload.js';
import { WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';
import { webhookEntities } from './webhook.entities.js';

/** Changes pushed to integrations as signed webhooks (Standard Webhooks), from an outbox written with each change. */
@Module({
  imports: [AuditModule],
  providers: [WebhookOutbox, WebhookPayloads, WebhookDeliveriesWorker, WebhooksService, WebhooksResolver],
})
export class WebhooksModule {}

/** What webhooks add to the API (listed in modules/index.ts). */
export const webhooksModule: ApiModule = { module: WebhooksModule, entities: webhookEntities, resolvers: [WebhooksResolver] };

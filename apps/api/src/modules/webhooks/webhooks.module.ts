import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { WebhookDeliveriesWorker } from './webhook-deliveries.worker.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { WebhookPayloads } from './webhook-payload.js';
import { WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksService } from './webhooks.service.js';

/** Changes pushed to integrations as signed webhooks (Standard Webhooks), from an outbox written with each change. */
@Module({
  imports: [AuditModule],
  providers: [WebhookOutbox, WebhookPayloads, WebhookDeliveriesWorker, WebhooksService, WebhooksResolver],
})
export class WebhooksModule {}

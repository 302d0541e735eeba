import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEvent } from './webhook-event.entity.js';

/** The webhooks module's tables. */
export const webhookEntities = [WebhookEndpoint, WebhookEvent, WebhookDelivery];

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isWebhookEventType, WebhookDeliveryStatus, type WebhookEventType } from '@territoria/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotFoundError, UserInputError } from '../../common/errors/app-errors.js';
import type { PageInput } from '../../common/pagination/page.input.js';
import { toPage, type Page } from '../../common/pagination/page.type.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Actor } from '../../common/access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditedWrites } from '../audit/audited-writes.js';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveryType } from './dto/webhook.types.js';
import { WebhookDeliveriesWorker } from './webhook-deliveries.worker.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { checkWebhookUrl } from './webhook-url.js';

const SECRET_PREFIX = 'whsec_';

function checkEventTypes(eventTypes: string[]): WebhookEventType[] {
  const unknown = eventTypes.find((type) => !isWebhookEventType(type));
  if (unknown !== undefined) {
    throw new UserInputError([
      { field: 'eventTypes', code: 'WEBHOOK_EVENT_TYPE_UNKNOWN', message: `${unknown} is not an event type.` },
    ]);
  }
  return eventTypes as WebhookEventType[];
}

@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
    private readonly worker: WebhookDeliveriesWorker,
  ) {}

  async findPage(page: PageInput): Promise<Page<WebhookEndpoint>> {
    const [nodes, totalCount] = await this.dataSource.getRepository(WebhookEndpoint).findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(nodes, totalCount, page.offset);
  }

  async findOne(id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.dataSource.getRepository(WebhookEndpoint).findOneBy({ id });
    if (!endpoint) throw new NotFoundError('WebhookEndpoint', id);
    return endpoint;
  }

  /** Registers an endpoint; its signing secret is returned this once. */
  async create(input: CreateWebhookEndpointInput, actor: Actor): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const eventTypes = checkEventTypes(input.eventTypes);
    const url = await checkWebhookUrl(input.url, this.config.webhooksAllowPrivateUrls);
    const secret = `${SECRET_PREFIX}${randomBytes(24).toString('base64')}`;
    const endpoint = await this.writes.create(
      WebhookEndpoint,
      'WebhookEndpoint',
      { url, description: input.description?.trim() || null, eventTypes, scopes: input.scopes, secret },
      actor,
    );
    return { endpoint, secret };
  }

  async update(id: string, input: UpdateWebhookEndpointInput, actor: Actor): Promise<WebhookEndpoint> {
    const changes: Partial<WebhookEndpoint> & { version?: number } = { version: input.version };
    if (input.eventTypes !== undefined) changes.eventTypes = checkEventTypes(input.eventTypes);
    if (input.url !== undefined) changes.url = await checkWebhookUrl(input.url, this.config.webhooksAllowPrivateUrls);
    if (input.description !== undefined) changes.description = input.description?.trim() || null;
    if (input.scopes !== undefined) changes.scopes = input.scopes;
    if (input.enabled !== undefined) {
      changes.enabled = input.enabled;
      changes.disabledReason = input.enabled ? null : 'MANUAL';
    }
    return this.writes.update(WebhookEndpoint, 'WebhookEndpoint', id, changes, actor);
  }

  remove(id: string, actor: Actor): Promise<WebhookEndpoint> {
    return this.writes.remove(WebhookEndpoint, 'WebhookEndpoint', id, actor);
  }

  async deliveries(endpointId: string, page: PageInput): Promise<Page<WebhookDeliveryType>> {
    const [rows, totalCount] = await this.dataSource.getRepository(WebhookDelivery).findAndCount({
      where: { endpointId },
      relations: { event: true },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(rows.map(deliveryView), totalCount, page.offset);
  }

  /** Sends a delivery again now, whatever became of it; if that fails, it is retried as a new one would be. */
  async replay(id: string, actor: Actor): Promise<WebhookDeliveryType> {
    const replayed = await this.dataSource.transaction(async (manager) => {
      const delivery = await manager.findOne(WebhookDelivery, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!delivery) throw new NotFoundError('WebhookDelivery', id);
      const reset = { status: WebhookDeliveryStatus.PENDING, nextAttemptAt: new Date(), retryUntil: null, completedAt: null };
      await manager.update(WebhookDelivery, { id }, reset);
      await this.audit.record(manager, actor, 'WebhookDelivery', id, { replayed: null }, { replayed: 'sent again' }, 'UPDATE');
      return manager.findOneOrFail(WebhookDelivery, { where: { id }, relations: { event: true } });
    });
    await this.worker.schedule(id);
    return deliveryView(replayed);
  }
}

function deliveryView(delivery: WebhookDelivery): WebhookDeliveryType {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventType: delivery.event?.type ?? '',
    entityType: delivery.event?.entityType ?? '',
    entityId: delivery.event?.entityId ?? '',
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    lastAttemptAt: delivery.lastAttemptAt,
    nextAttemptAt: delivery.nextAttemptAt,
    createdAt: delivery.createdAt,
    completedAt: delivery.completedAt,
  };
}

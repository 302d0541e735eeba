import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WebhookDeliveryStatus } from '@territoria/domain';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { DELIVERY_JOB_OPTIONS, WEBHOOK_DELIVERY_QUEUE, type DeliveryJob } from './webhook-outbox.js';
import { WebhookPayloads } from './webhook-payload.js';
import { WebhookSender, type SendOutcome } from './webhook-sender.js';

/** Longest wait between two attempts, whatever the backoff reached. */
const MAX_RETRY_DELAY_MS = 6 * 3600_000;

/** Exponential backoff with "equal jitter": between half and all of base × 2^(attempt − 1). */
export function retryDelayMs(baseMs: number, attempts: number, random = Math.random): number {
  const delay = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay / 2 + (delay / 2) * random());
}

/**
 * Sends each delivery, signed as the Standard Webhooks specification says; on failure schedules
 * the next attempt with backoff until the retry window closes, then marks it failed. An endpoint
 * answering 410 Gone is disabled. Several deliveries are sent side by side, each bounded by the
 * timeout, so a slow receiver holds up no other.
 */
@Injectable()
export class WebhookDeliveriesWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookDeliveriesWorker.name);
  private readonly sender: WebhookSender;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly payloads: WebhookPayloads,
  ) {
    this.sender = new WebhookSender({
      timeoutMs: config.WEBHOOKS_TIMEOUT_MS,
      allowPrivateAddresses: config.webhooksAllowPrivateUrls,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<DeliveryJob>(WEBHOOK_DELIVERY_QUEUE, (job) => this.deliver(job.data.deliveryId), { batchSize: 10 });
  }

  onModuleDestroy(): void {
    this.sender.close();
  }

  /** Schedules one more attempt of a delivery, now (a replay) or later (a retry). */
  schedule(deliveryId: string, startAfter?: Date): Promise<string | null> {
    return this.jobs.send(WEBHOOK_DELIVERY_QUEUE, { deliveryId } satisfies DeliveryJob, { ...DELIVERY_JOB_OPTIONS, startAfter });
  }

  async deliver(deliveryId: string): Promise<void> {
    const delivery = await this.dataSource.getRepository(WebhookDelivery).findOne({
      where: { id: deliveryId },
      relations: { endpoint: true, event: true },
    });
    if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING || !delivery.endpoint || !delivery.event) return;
    const endpoint = delivery.endpoint;
    if (!endpoint.enabled) {
      await this.record(delivery, {
        status: WebhookDeliveryStatus.FAILED,
        lastError: 'ENDPOINT_DISABLED',
        completedAt: new Date(),
      });
      return;
    }
    const payload = delivery.payload ?? (await this.payloads.build(delivery.event, endpoint));
    const body = JSON.stringify(payload);
    const now = new Date();
    const signature = new Webhook(endpoint.secret).sign(delivery.id, now, body);
    const outcome = await this.sender.send(endpoint.url, body, {
      'webhook-id': delivery.id,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': signature,
      'user-agent': 'Territoria-Webhooks/1',
    });
    await this.afterAttempt(delivery, endpoint, payload, outcome, now);
  }

  private async afterAttempt(
    delivery: WebhookDelivery,
    endpoint: WebhookEndpoint,
    payload: object,
    outcome: SendOutcome,
    attemptedAt: Date,
  ): Promise<void> {
    const attempts = delivery.attempts + 1;
    const retryUntil = delivery.retryUntil ?? new Date(attemptedAt.getTime() + this.config.WEBHOOKS_RETRY_HOURS * 3600_000);
    const common = {
      attempts,
      payload,
      retryUntil,
      lastAttemptAt: attemptedAt,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
    };
    /** Delivered, or given up: no further attempt. */
    const settle = (status: WebhookDeliveryStatus) =>
      this.record(delivery, { ...common, status, nextAttemptAt: null, completedAt: new Date() });
    if (outcome.ok) return settle(WebhookDeliveryStatus.SUCCEEDED);
    if (outcome.statusCode === 410) {
      this.logger.warn(`Webhook endpoint ${endpoint.id} answered 410 Gone: disabled.`);
      await this.dataSource
        .getRepository(WebhookEndpoint)
        .update({ id: endpoint.id }, { enabled: false, disabledReason: 'GONE' });
      return settle(WebhookDeliveryStatus.FAILED);
    }
    const next = new Date(Date.now() + retryDelayMs(this.config.WEBHOOKS_RETRY_BASE_SECONDS * 1000, attempts));
    if (next > retryUntil) return settle(WebhookDeliveryStatus.FAILED);
    await this.record(delivery, { ...common, nextAttemptAt: next });
    await this.schedule(delivery.id, next);
  }

  private async record(delivery: WebhookDelivery, changes: Partial<WebhookDelivery>): Promise<void> {
    await this.dataSource.getRepository(WebhookDelivery).update({ id: delivery.id }, changes as never);
  }
}

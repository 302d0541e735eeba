import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { WebhookEventType } from '@territoria/domain';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../../common/jobs/job-queue.js';
import { AuditService, type AuditedChange } from '../audit/audit.service.js';

export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';

export interface DeliveryJob {
  deliveryId: string;
}

/** The records whose changes are events, and the event of each kind of change. */
const EVENTS: Record<string, Partial<Record<AuditedChange['action'], WebhookEventType>>> = {
  Collectivity: { CREATE: 'collectivity.created', UPDATE: 'collectivity.updated', DELETE: 'collectivity.deleted' },
  Contact: {
    CREATE: 'contact.created',
    UPDATE: 'contact.updated',
    MERGE: 'contact.updated',
    DELETE: 'contact.deleted',
    ERASE: 'contact.erased',
  },
  Participation: { CREATE: 'participation.created', UPDATE: 'participation.updated', DELETE: 'participation.deleted' },
};

/** The events one audited change makes. */
export function eventsOf(change: AuditedChange): WebhookEventType[] {
  const events: WebhookEventType[] = [];
  const event = EVENTS[change.entityType]?.[change.action];
  if (event) events.push(event);
  if (change.entityType === 'Collectivity' && change.action === 'UPDATE' && 'membershipStatus' in change.changes) {
    events.push('membership.changed');
  }
  if (change.entityType === 'MembershipFee' && change.action !== 'DELETE' && change.changes['status']?.[1] === 'PAID') {
    events.push('dues.paid');
  }
  return events;
}

/**
 * The outbox: every audited change that an enabled endpoint wants becomes an event and a delivery
 * per endpoint, and each delivery a job, all in the change's own transaction: a change rolled back
 * leaves none of them.
 */
@Injectable()
export class WebhookOutbox implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.audit.listen((manager, changes) => this.write(manager, changes));
  }

  private async write(manager: EntityManager, changes: AuditedChange[]): Promise<void> {
    const events = changes.flatMap((change) =>
      eventsOf(change).map((type) => ({
        type,
        entity_type: change.entityType,
        entity_id: change.entityId,
        changed_fields: change.action === 'UPDATE' ? Object.keys(change.changes) : [],
      })),
    );
    const erased = changes.filter((change) => change.action === 'ERASE').map((change) => change.entityId);
    if (erased.length > 0) await this.forgetPayloads(manager, erased);
    if (events.length === 0) return;
    // One statement: events nobody wants are not written at all.
    const deliveries = (await manager.query(
      `WITH wanted AS (
         SELECT event.* FROM jsonb_to_recordset($1::jsonb)
           AS event(type varchar, entity_type varchar, entity_id uuid, changed_fields varchar[])
         WHERE EXISTS (SELECT 1 FROM webhook_endpoints endpoint WHERE endpoint.enabled AND event.type = ANY(endpoint.event_types))
       ), written AS (
         INSERT INTO webhook_events (type, entity_type, entity_id, changed_fields)
         SELECT type, entity_type, entity_id, changed_fields FROM wanted RETURNING id, type
       )
       INSERT INTO webhook_deliveries (endpoint_id, event_id)
       SELECT endpoint.id, written.id FROM written
         JOIN webhook_endpoints endpoint ON endpoint.enabled AND written.type = ANY(endpoint.event_types)
       RETURNING id`,
      [JSON.stringify(events)],
    )) as { id: string }[];
    for (const { id } of deliveries) {
      await this.jobs.sendInTransaction(
        manager,
        WEBHOOK_DELIVERY_QUEUE,
        { deliveryId: id } satisfies DeliveryJob,
        DELIVERY_JOB_OPTIONS,
      );
    }
  }

  /** An erased person's earlier events not yet delivered are rebuilt from the erased record, never sent as they were. */
  private async forgetPayloads(manager: EntityManager, contactIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE webhook_deliveries SET payload = NULL
        WHERE status = 'PENDING' AND event_id IN (
          SELECT id FROM webhook_events WHERE entity_type = 'Contact' AND entity_id = ANY($1::uuid[]))`,
      [contactIds],
    );
  }
}

/** A job that throws (the database was unreachable) is tried again by the queue; the receiver's failures are retried by the worker. */
export const DELIVERY_JOB_OPTIONS = { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 300 };

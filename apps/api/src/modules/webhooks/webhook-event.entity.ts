import type { WebhookEventType } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The outbox: one change that happened, written in the transaction that made it. */
@Entity('webhook_events')
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_webhook_events' })
  id: string;

  @Column({ type: 'varchar', length: 50 })
  type: WebhookEventType;

  @Column({ name: 'entity_type', type: 'varchar', length: 50 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  /** The names of the fields that changed (their values are read, as the endpoint may see them, at delivery). */
  @Column({ name: 'changed_fields', type: 'varchar', array: true, default: () => "'{}'" })
  changedFields: string[];

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}

import type { ApiScope, WebhookEventType } from '@territoria/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Where an integration wants to be told of changes. The secret signs every delivery, so it is
 * kept as it is (an HMAC key cannot be hashed away); the API shows it once, at registration.
 */
@Entity('webhook_endpoints')
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_webhook_endpoints' })
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ name: 'event_types', type: 'varchar', array: true })
  eventTypes: WebhookEventType[];

  /** What a payload may show, as an API token with these scopes could read it. */
  @Column({ type: 'varchar', array: true })
  scopes: ApiScope[];

  @Column({ type: 'varchar', length: 100 })
  secret: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Why it was disabled: GONE (it answered 410) or MANUAL. */
  @Column({ name: 'disabled_reason', type: 'varchar', length: 20, nullable: true })
  disabledReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;
}

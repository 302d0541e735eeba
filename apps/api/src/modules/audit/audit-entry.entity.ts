import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** MERGE, EXPORT and ERASE are the personal-data operations on contacts. */
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'MERGE' | 'EXPORT' | 'ERASE';
export type AuditActorType = 'USER' | 'API_TOKEN' | 'SYSTEM';

/** One change to one record: who, when, and each changed field before and after. */
@Entity('audit_entries')
@Index('audit_entries_entity_idx', ['entityType', 'entityId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('audit_entries_at_idx')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_type', type: 'varchar', length: 20 })
  actorType: AuditActorType;

  @Index('audit_entries_actor_id_idx')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** The actor's name at the time, kept even if the user or token is later removed. */
  @Column({ name: 'actor_label', type: 'varchar', length: 320 })
  actorLabel: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ type: 'varchar', length: 10 })
  action: AuditAction;

  /** { field: [before, after] } */
  @Column({ type: 'jsonb' })
  changes: Record<string, [unknown, unknown]>;
}

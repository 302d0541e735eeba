import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Event } from '../event.entity.js';

/** One committed registration list: who imported which file into which edition, what it did, and its undoing. */
@ObjectType({ description: 'A committed import of a registration list, kept so it can be undone' })
@Entity('participation_imports')
@Index('participation_imports_event_idx', ['eventId', 'importedAt'])
export class ParticipationImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The edition imported into' })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  // The record of an import goes with its edition (which cannot be deleted while it has participants).
  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<Event>;

  @Field({ description: "The file's name" })
  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was committed' })
  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;

  /** The user, when a user imported; kept as a plain id like the audit trail's, the label telling who. */
  @Column({ name: 'imported_by_id', type: 'uuid', nullable: true })
  importedById: string | null;

  @Field({ description: 'Who imported (the name of the account at the time)' })
  @Column({ name: 'imported_by', type: 'varchar', length: 320 })
  importedBy: string;

  @Field(() => Int, { description: 'Data lines of the file' })
  @Column({ type: 'integer' })
  rows: number;

  @Field(() => Int, { description: 'Registrations it created' })
  @Column({ name: 'participations_created', type: 'integer' })
  participationsCreated: number;

  @Field(() => Int, { description: 'Contacts it created' })
  @Column({ name: 'contacts_created', type: 'integer' })
  contactsCreated: number;

  @Field(() => Int, { description: 'Positions it created from job titles' })
  @Column({ name: 'positions_created', type: 'integer' })
  positionsCreated: number;

  @Field(() => Int, { description: 'Registrations whose status it changed' })
  @Column({ name: 'statuses_updated', type: 'integer' })
  statusesUpdated: number;

  @Field(() => Int, { description: 'Lines already registered with the same status' })
  @Column({ type: 'integer' })
  unchanged: number;

  @Field(() => Int, { description: 'Lines left out' })
  @Column({ type: 'integer' })
  skipped: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set once the import was undone' })
  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;

  @Field(() => String, { nullable: true, description: "Who undid it (the account's name at the time); null unless undone" })
  @Column({ name: 'undone_by', type: 'varchar', length: 320, nullable: true })
  undoneBy: string | null;
}

/** What an import wrote, to undo it: a row it created, or a status it changed (with the status before). */
@Entity('participation_import_items')
@Index('participation_import_items_entity_idx', ['entityType', 'entityId'])
export class ParticipationImportItem {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  @ManyToOne(() => ParticipationImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import: Relation<ParticipationImport>;

  /** Participation, Contact or Position. */
  @PrimaryColumn({ name: 'entity_type', type: 'varchar', length: 20 })
  entityType: string;

  /** No foreign key: the item outlives a row deleted since, which is how a later change is seen. */
  @PrimaryColumn({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  /** CREATE, or UPDATE (a participation's status). */
  @Column({ type: 'varchar', length: 10 })
  action: 'CREATE' | 'UPDATE';

  /** A participation's version once imported: another one since means someone changed it. */
  @Column({ name: 'version_after', type: 'integer', nullable: true })
  versionAfter: number | null;

  /** UPDATE: the participation's { status, checkedInAt, version } before the import. */
  @Column({ type: 'jsonb', nullable: true })
  before: { status: string; checkedInAt: string | null; version: number } | null;
}

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DuesLetterKind, MailingStatus, PositionKind, RecipientStatus } from '@territoria/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

registerEnumType(MailingStatus, {
  name: 'MailingStatus',
  description: 'Where a mailing stands',
  valuesMap: {
    DRAFT: { description: 'Being written: it can still be changed or deleted' },
    SENDING: { description: 'Sent: its recipients are fixed and their messages are going out' },
    SENT: { description: 'Every recipient has been dealt with' },
  },
});
registerEnumType(DuesLetterKind, {
  name: 'DuesLetterKind',
  description: 'A dues letter: a call (dues to pay) or a receipt (dues paid)',
  valuesMap: {
    CALL: { description: 'The call of the dues still to pay (invoiced or late)' },
    RECEIPT: { description: 'The receipt of dues paid' },
  },
});
registerEnumType(RecipientStatus, {
  name: 'RecipientStatus',
  description: 'Where one message of a mailing stands',
  valuesMap: {
    QUEUED: { description: 'Waiting to be sent, or to be retried after a temporary failure' },
    SENDING: { description: 'Claimed by a sender, going out' },
    SENT: { description: 'Accepted by the SMTP server' },
    FAILED: {
      description: 'Refused for good, out of attempts, or interrupted while sending (not retried, so as never to send twice)',
    },
    BOUNCED: { description: 'The server refused the address' },
    SKIPPED: { description: 'Not sent: consent withdrawn or contact erased before its turn' },
  },
});

/**
 * A message to a part of the network: its text with merge fields, and its audience (the contacts
 * list's filter, stored field by field), fixed into recipients when it is sent.
 */
@ObjectType({
  description: 'An email to a part of the network, with merge fields and an audience; staff only',
})
@Entity('mailings')
export class Mailing {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'The subject line, which may hold merge fields' })
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Field({ description: 'Plain text, paragraphs separated by a blank line, with merge fields such as {{contact.lastName}}' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => MailingStatus, { description: 'Draft, being sent, or sent' })
  @Index('mailings_status_idx')
  @Column({ type: 'varchar', length: 10, default: MailingStatus.DRAFT })
  status: MailingStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Audience: contacts with a current position in a current member of this group',
  })
  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Field(() => ID, { nullable: true, description: 'Audience: contacts with a current position in this collectivity' })
  @Column({ name: 'collectivity_id', type: 'uuid', nullable: true })
  collectivityId: string | null;

  @Field(() => ID, { nullable: true, description: 'Audience: people registered to this edition' })
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Field(() => PositionKind, { nullable: true, description: 'Audience: holding a current position of this kind' })
  @Column({ name: 'position_kind', type: 'varchar', length: 10, nullable: true })
  positionKind: PositionKind | null;

  @Field({ description: 'Audience: with a current position in a member collectivity' })
  @Column({ name: 'member_collectivities', type: 'boolean', default: false })
  memberCollectivities: boolean;

  @Field({ description: "Audience: partners' contacts" })
  @Column({ type: 'boolean', default: false })
  partners: boolean;

  @Field(() => ID, { nullable: true, description: 'The edition the {{edition.…}} merge fields describe (default: eventId)' })
  @Column({ name: 'edition_id', type: 'uuid', nullable: true })
  editionId: string | null;

  @Field(() => DuesLetterKind, {
    nullable: true,
    description:
      "Attach to each message the dues letter of the recipient's collectivity for duesYear (a call or a receipt); only people whose collectivity has such dues receive it",
  })
  @Column({ name: 'dues_letter', type: 'varchar', length: 10, nullable: true })
  duesLetter: DuesLetterKind | null;

  @Field(() => Int, { nullable: true, description: 'The year of the dues letter attached' })
  @Column({ name: 'dues_year', type: 'integer', nullable: true })
  duesYear: number | null;

  @Column({ name: 'created_by', type: 'varchar', length: 320 })
  createdBy: string;

  @Field(() => String, { nullable: true, description: 'Who sent it' })
  @Column({ name: 'sent_by', type: 'varchar', length: 320, nullable: true })
  sentBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was sent (null for a draft)' })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last recipient was dealt with' })
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One message of a sent mailing: claimed atomically before it goes out, so none goes twice. */
@ObjectType({ description: 'One person a sent mailing goes to, and where their message stands' })
@Entity('mailing_recipients')
@Index('mailing_recipients_contact_key', ['mailingId', 'contactId'], { unique: true })
@Index('mailing_recipients_email_key', ['mailingId', 'email'], { unique: true })
@Index('mailing_recipients_queue_idx', ['mailingId', 'status'])
export class MailingRecipient {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The mailing' })
  @Column({ name: 'mailing_id', type: 'uuid' })
  mailingId: string;

  @ManyToOne(() => Mailing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailing_id' })
  mailing?: Mailing;

  @Field(() => ID, { description: 'The contact it goes to' })
  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  /** The address it was sent to (lower-cased), kept as it was that day. */
  @Field({ description: 'The address it was sent to (lower-cased), as it was when the mailing was sent' })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** The dues whose letter goes with this message (when the mailing attaches one), fixed when it is sent. */
  @Column({ name: 'dues_fee_id', type: 'uuid', nullable: true })
  duesFeeId: string | null;

  @Field(() => RecipientStatus, { description: 'Where this message stands' })
  @Column({ type: 'varchar', length: 10, default: RecipientStatus.QUEUED })
  status: RecipientStatus;

  @Field(() => Int, { description: 'Sending attempts so far' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: "The SMTP server's last answer (or the error met)" })
  @Column({ name: 'last_response', type: 'text', nullable: true })
  lastResponse: string | null;

  /** A failed attempt is retried from then on. */
  @Column({ name: 'retry_at', type: 'timestamptz', nullable: true })
  retryAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The Message-ID of the email sent (null until it is sent)' })
  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the SMTP server accepted it (null until then)' })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the person unsubscribed through this message' })
  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The key unsubscribe links are signed with: made once by the migration, the same for every process. */
@Entity('mailing_signing_keys')
export class MailingSigningKey {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text' })
  secret: string;
}

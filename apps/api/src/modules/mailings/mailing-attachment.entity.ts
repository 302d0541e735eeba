import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Mailing } from './mailing.entity.js';

/** A file sent with every message of a mailing (a programme, an invitation…), kept with the mailing. */
@ObjectType({ description: 'A file attached to every message of a mailing; its content is read at /mailings/attachments/<id>' })
@Entity('mailing_attachments')
export class MailingAttachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The mailing' })
  @Index('mailing_attachments_mailing_idx')
  @Column({ name: 'mailing_id', type: 'uuid' })
  mailingId: string;

  @ManyToOne(() => Mailing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailing_id' })
  mailing?: Mailing;

  @Field({ description: 'The file name the recipients see' })
  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Field({ description: 'Its media type, as uploaded (e.g. application/pdf)' })
  @Column({ name: 'content_type', type: 'varchar', length: 200 })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes' })
  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** The file itself: never selected by the read road (not a GraphQL field). */
  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

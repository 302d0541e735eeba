import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventSessionKind } from '@territoria/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Contact } from '../contacts/contact.entity.js';
import { Event } from './event.entity.js';

registerEnumType(EventSessionKind, {
  name: 'EventSessionKind',
  description: "A part of an edition's programme",
  valuesMap: {
    PLENARY: { description: 'Plenary conference (plénière)' },
    WORKSHOP: { description: 'Workshop (atelier)' },
    MICRO_WORKSHOP: { description: 'Micro-workshop of about 20 minutes (micro-atelier)' },
    QUIZ: { description: 'Quiz' },
    CEREMONY: { description: 'Ceremony (e.g. honouring group presidents, awarding a label)' },
    OTHER: { description: 'Anything else' },
  },
});

/** A part of an edition's programme: the plenary, a workshop, a 20-minute micro-workshop, the quiz… */
@ObjectType({
  description:
    "A part of an edition's programme: the plenary, a workshop, a 20-minute micro-workshop, the quiz, a ceremony. Staff and API tokens with events:read",
})
@Entity('event_sessions')
@Index('event_sessions_event_starts_idx', ['eventId', 'startsAt'])
@Check('event_sessions_duration_positive', 'duration_minutes IS NULL OR duration_minutes > 0')
export class EventSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The edition' })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<Event>;

  @Field({ description: 'Title' })
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => EventSessionKind, { description: 'The kind of session' })
  @Column({ type: 'varchar', length: 20 })
  kind: EventSessionKind;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it starts; null when not scheduled yet' })
  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  startsAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length in minutes; null when unknown' })
  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true, description: 'Room; null when unknown' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  room: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about; null when none' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Read through a DataLoader (field `speakers`), never eagerly. */
  @ManyToMany(() => Contact)
  @JoinTable({
    name: 'event_session_speakers',
    joinColumn: { name: 'session_id', referencedColumnName: 'id', foreignKeyConstraintName: 'event_session_speakers_session_fk' },
    inverseJoinColumn: {
      name: 'contact_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'event_session_speakers_contact_fk',
    },
  })
  speakers: Relation<Contact[]>;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';
import { EventSeries } from './event-series.entity.js';

/** One edition of a series: the 12th Rencontres, 29 June 2021, Cité des Sciences, Paris. */
@ObjectType({
  description:
    'An edition of an event series, e.g. the 12th Rencontres on 29 June 2021 in Paris. Visible to every role and to API tokens with events:read',
})
@Entity('events')
@Index('events_series_edition_key', ['seriesId', 'editionNumber'], { unique: true })
@Index('events_starts_on_idx', ['startsOn'])
@Check('events_dates_order', 'ends_on >= starts_on')
export class Event {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The series it belongs to' })
  @Column({ name: 'series_id', type: 'uuid' })
  seriesId: string;

  @ManyToOne(() => EventSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id' })
  series: Relation<EventSeries>;

  @Field(() => Int, { description: '12 for the 12th edition' })
  @Column({ name: 'edition_number', type: 'integer' })
  editionNumber: number;

  @Field(() => Int, { description: 'Its year' })
  @Column({ type: 'integer' })
  year: number;

  @Field({ description: 'Title' })
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => DateScalar, { description: 'First day' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day (the same as startsOn for a one-day event)' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => String, { nullable: true, description: "Cité des Sciences et de l'Industrie" })
  @Column({ type: 'varchar', length: 300, nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'City; null when unknown' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'The guiding theme (fil rouge)' })
  @Column({ type: 'text', nullable: true })
  theme: string | null;

  @Field(() => String, { nullable: true, description: 'Website URL; null when none' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: '#RencontresAICT2021' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  hashtag: string | null;

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

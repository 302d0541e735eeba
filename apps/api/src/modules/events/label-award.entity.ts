import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Collectivity } from '../collectivities/collectivity.entity.js';
import { Event } from './event.entity.js';
import { Label } from './label.entity.js';

/** A label awarded to a collectivity for a year, usually at an edition, with its citation. */
@ObjectType({
  description:
    'A label awarded to a collectivity for a year, possibly at an edition. Staff and API tokens with events:read, for collectivities they may see',
})
@Entity('label_awards')
@Index('label_awards_label_collectivity_year_key', ['labelId', 'collectivityId', 'year'], { unique: true })
export class LabelAward {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The label' })
  @Column({ name: 'label_id', type: 'uuid' })
  labelId: string;

  @ManyToOne(() => Label, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'label_id' })
  label: Relation<Label>;

  @Field(() => ID, { description: 'The collectivity that received it' })
  @Index('label_awards_collectivity_id_idx')
  @Column({ name: 'collectivity_id', type: 'uuid' })
  collectivityId: string;

  @ManyToOne(() => Collectivity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'collectivity_id' })
  collectivity: Relation<Collectivity>;

  @Field(() => Int, { description: 'The year it was awarded for' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { nullable: true, description: 'The edition where it was awarded; null when none' })
  @Index('label_awards_event_id_idx')
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<Event> | null;

  @Field(() => String, { nullable: true, description: 'Why it was awarded; null when none' })
  @Column({ type: 'text', nullable: true })
  citation: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A recurring event: the Rencontres de l'action internationale des collectivités territoriales. */
@ObjectType({ description: "A recurring event, such as the association's yearly Rencontres, of which each edition is an Event" })
@Entity('event_series')
export class EventSeries {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Name' })
  @Index('event_series_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: 'RAICT…' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  acronym: string | null;

  @Field(() => String, { nullable: true, description: 'What the series is; null when none' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

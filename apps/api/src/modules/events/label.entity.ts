import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A distinction the association awards: « Territoires unis et solidaires face aux crises ». */
@ObjectType({
  description: 'A distinction the association awards to collectivities, e.g. « Territoires unis et solidaires face aux crises »',
})
@Entity('labels')
export class Label {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Name' })
  @Index('labels_name_key', { unique: true })
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Field(() => String, { nullable: true, description: 'What it distinguishes; null when none' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

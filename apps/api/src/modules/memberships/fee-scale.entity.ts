import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { FeeBracket } from '@territoria/domain';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';

@ObjectType('FeeBracket', { description: 'One bracket of a fee scale: the dues of collectivities whose population lies in it' })
export class FeeBracketType implements FeeBracket {
  @Field(() => Int, { description: 'Smallest population of the bracket, inclusive' })
  minPopulation: number;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null: no upper bound' })
  maxPopulation: number | null;

  @Field(() => Int, { description: 'In euro cents' })
  amountCents: number;
}

/** The year's dues by population bracket, edited by an ADMIN. */
@ObjectType({ description: "A year's fee scale: the dues of a member by population bracket" })
@Entity('fee_scales')
export class FeeScale {
  @Field(() => Int, { description: 'The year it applies to' })
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Field(() => [FeeBracketType], { description: 'The brackets, smallest populations first, covering every population once' })
  @Column({ type: 'jsonb' })
  brackets: FeeBracket[];

  @Field(() => DateScalar, { description: 'Dues unpaid after this date are late' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

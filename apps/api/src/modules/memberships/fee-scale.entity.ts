import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { FeeBracket } from '@territoria/domain';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { DateScalar } from '../../common/scalars/date.scalar.js';

@ObjectType('FeeBracket')
export class FeeBracketType implements FeeBracket {
  @Field(() => Int)
  minPopulation: number;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null: no upper bound' })
  maxPopulation: number | null;

  @Field(() => Int, { description: 'In euro cents' })
  amountCents: number;
}

/** The year's dues by population bracket, edited by an ADMIN. */
@ObjectType()
@Entity('fee_scales')
export class FeeScale {
  @Field(() => Int)
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Field(() => [FeeBracketType])
  @Column({ type: 'jsonb' })
  brackets: FeeBracket[];

  @Field(() => DateScalar, { description: 'Dues unpaid after this date are late' })
  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Field(() => Int)
  @VersionColumn({ default: 1 })
  version: number;
}

import { IdsFilterField } from '../../../common/validation/ids-filter.js';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { FeeStatus } from '@territoria/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { MembershipFee } from '../membership-fee.entity.js';
import { YearField } from '../../../common/validation/year-field.js';

export const MembershipFeePage = PageType(MembershipFee, 'MembershipFeePage');

@InputType({ description: 'One bracket of a fee scale: the dues of collectivities whose population lies in it' })
export class FeeBracketInput {
  @Field(() => Int, { description: 'Smallest population of the bracket, inclusive (0 for the first one)' })
  @IsInt()
  @Min(0)
  minPopulation: number;

  @Field(() => Int, { nullable: true, description: 'Inclusive; null for the last bracket' })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxPopulation: number | null = null;

  @Field(() => Int, { description: 'In euro cents' })
  @IsInt()
  @Min(0, { message: 'amountCents cannot be negative' })
  @Max(100_000_000)
  amountCents: number;
}

@InputType({ description: "A year's fee scale: brackets from 0 inhabitants, contiguous, the last one open-ended" })
export class SetFeeScaleInput {
  @YearField(1975, 2100, { description: 'The year the scale applies to' })
  year: number;

  @Field(() => DateScalar, { description: 'Dues unpaid after this date are late' })
  @IsString()
  dueOn: string;

  @Field(() => [FeeBracketInput], { description: 'The brackets, covering every population exactly once' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FeeBracketInput)
  brackets: FeeBracketInput[];

  @Field(() => Int, {
    nullable: true,
    description: "The version read, required to replace the year's scale: a stale or missing one is refused (CONFLICT)",
  })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType({ description: 'Which dues: every criterion given must match' })
export class MembershipFeeFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => Int, { nullable: true, description: 'Only the dues of this year' })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => [FeeStatus], {
    nullable: true,
    description: 'Only dues with one of these statuses (LATE: invoiced, past due, unpaid)',
  })
  @IsOptional()
  @IsEnum(FeeStatus, { each: true })
  statuses?: FeeStatus[];

  @Field(() => ID, { nullable: true, description: "Only this collectivity's dues" })
  @IsOptional()
  @IsUUID()
  collectivityId?: string;

  @Field({ nullable: true, description: "On the collectivity's name" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType({ description: 'Several dues paid on one day, recorded at once (all or none)' })
export class MarkFeesPaidInput {
  @Field(() => [ID], { description: 'The dues paid (MembershipFee ids, at most 1000)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids: string[];

  @Field(() => DateScalar, { description: 'When they were paid (YYYY-MM-DD)' })
  @IsString()
  paidOn: string;

  @Field(() => String, { nullable: true, description: 'Transfer or cheque reference' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  paymentReference?: string | null;
}

@InputType({ description: 'Dues the association waives, with the reason' })
export class WaiveFeeInput {
  @Field(() => ID, { description: 'The dues waived (MembershipFee id)' })
  @IsUUID()
  id: string;

  @Field({ description: "Why they are waived (e.g. a council's decision, a natural disaster)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason: string;
}

@ObjectType({ description: 'What a run of dues generation did' })
export class DuesGeneration {
  @Field(() => Int, { description: 'The year invoiced' })
  year: number;

  @Field(() => Int, { description: 'Dues created by this run (0 when the year was generated already)' })
  created: number;

  @Field(() => Int, { description: 'Members who already had dues for the year' })
  existing: number;
}

@ObjectType({ description: "A year's dues, added up" })
export class DuesTotals {
  @Field(() => Int, { description: 'The year' })
  year: number;

  @Field(() => Int, { description: 'Number of dues invoiced for the year' })
  count: number;

  @Field(() => Int, { description: 'In euro cents' })
  invoicedCents: number;

  @Field(() => Int, { description: 'In euro cents' })
  paidCents: number;

  @Field(() => Int, { description: 'In euro cents' })
  waivedCents: number;

  @Field(() => Int, { description: 'Invoiced, past due, unpaid' })
  lateCount: number;

  @Field(() => Int, { description: 'In euro cents: invoiced, past due, unpaid' })
  lateCents: number;
}

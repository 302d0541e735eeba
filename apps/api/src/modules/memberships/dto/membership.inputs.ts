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

@InputType()
export class FeeBracketInput {
  @Field(() => Int)
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

@InputType()
export class SetFeeScaleInput {
  @YearField(1975, 2100)
  year: number;

  @Field(() => DateScalar, { description: 'Dues unpaid after this date are late' })
  @IsString()
  dueOn: string;

  @Field(() => [FeeBracketInput])
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

@InputType()
export class MembershipFeeFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => [FeeStatus], { nullable: true })
  @IsOptional()
  @IsEnum(FeeStatus, { each: true })
  statuses?: FeeStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  collectivityId?: string;

  @Field({ nullable: true, description: "On the collectivity's name" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class MarkFeesPaidInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids: string[];

  @Field(() => DateScalar)
  @IsString()
  paidOn: string;

  @Field(() => String, { nullable: true, description: 'Transfer or cheque reference' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  paymentReference?: string | null;
}

@InputType()
export class WaiveFeeInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  reason: string;
}

@ObjectType()
export class DuesGeneration {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Dues created by this run (0 when the year was generated already)' })
  created: number;

  @Field(() => Int, { description: 'Members who already had dues for the year' })
  existing: number;
}

@ObjectType()
export class DuesTotals {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
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

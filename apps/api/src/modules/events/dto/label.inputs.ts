import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';

@InputType()
export class LabelInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @OptionalText(20_000)
  description?: string | null;
}

@InputType()
export class AwardLabelInput {
  @Field(() => ID)
  @IsUUID()
  labelId: string;

  @Field(() => ID)
  @IsUUID()
  collectivityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000)
  citation?: string | null;
}

@InputType()
export class UpdateLabelAwardInput {
  @VersionField()
  version?: number;

  @Field(() => Int, { nullable: true })
  @IsPresentOrAbsent()
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000)
  citation?: string | null;
}

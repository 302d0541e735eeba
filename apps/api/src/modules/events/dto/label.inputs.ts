import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { YearField } from '../../../common/validation/year-field.js';

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

  @YearField(1900, 2200)
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

  @YearField(1900, 2200, { optional: true })
  year?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000)
  citation?: string | null;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { YearField } from '../../../common/validation/year-field.js';

@InputType({ description: 'A new label, e.g. « Territoires unis et solidaires face aux crises »' })
export class LabelInput {
  @Field({ description: 'Name, required; unique' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @OptionalText(20_000, 'What the label distinguishes')
  description?: string | null;
}

@InputType({ description: 'A label awarded to a collectivity for a year, possibly at an edition' })
export class AwardLabelInput {
  @Field(() => ID, { description: 'The label' })
  @IsUUID()
  labelId: string;

  @Field(() => ID, { description: 'The collectivity receiving it' })
  @IsUUID()
  collectivityId: string;

  @YearField(1900, 2200, { description: 'The year it is awarded for; a collectivity receives a label at most once a year' })
  year: number;

  @Field(() => ID, { nullable: true, description: 'The edition where it was awarded; null when none' })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000, 'Why it was awarded')
  citation?: string | null;
}

@InputType({ description: 'Changes to an award: an absent field is left as it is, null clears an optional one' })
export class UpdateLabelAwardInput {
  @VersionField()
  version?: number;

  @YearField(1900, 2200, { optional: true, description: 'New year' })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'The edition where it was awarded; null clears it' })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000, 'Why it was awarded')
  citation?: string | null;
}

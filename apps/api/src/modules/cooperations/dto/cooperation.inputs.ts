import { Field, ID, InputType } from '@nestjs/graphql';
import { CooperationKind } from '@territoria/domain';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';

@InputType({ description: 'A new cooperation between a French collectivity and a foreign local government' })
export class CreateCooperationInput {
  @Field(() => ID, { description: 'The French collectivity' })
  @IsUUID()
  frenchCollectivityId: string;

  @Field(() => ID, { description: 'The foreign local government (a collectivity of kind FOREIGN_LOCAL_GOVERNMENT)' })
  @IsUUID()
  foreignCollectivityId: string;

  @Field(() => CooperationKind, { description: 'The kind of agreement' })
  @IsEnum(CooperationKind)
  kind: CooperationKind;

  @Field(() => DateScalar, { nullable: true, description: 'Since when it runs (YYYY-MM-DD); null when unknown' })
  @IsOptional()
  since?: string | null;

  @Field(() => [String], { nullable: true, description: 'What it works on, free words of at most 100 characters each' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  themes?: string[];

  @OptionalText(20_000, "Staff's notes")
  notes?: string | null;
}

@InputType({ description: 'Changes to a cooperation: an absent field is left as it is, null clears an optional one' })
export class UpdateCooperationInput {
  @VersionField()
  version?: number;

  @Field(() => CooperationKind, { nullable: true, description: 'New kind of agreement' })
  @IsPresentOrAbsent()
  @IsEnum(CooperationKind)
  kind?: CooperationKind;

  @Field(() => DateScalar, { nullable: true, description: 'Since when it runs (YYYY-MM-DD); null clears it' })
  @IsOptional()
  since?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it ended (YYYY-MM-DD); null reopens it' })
  @IsOptional()
  endedOn?: string | null;

  @Field(() => [String], { nullable: true, description: 'New themes, replacing the old ones' })
  @IsPresentOrAbsent()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  themes?: string[];

  @OptionalText(20_000, "Staff's notes")
  notes?: string | null;
}

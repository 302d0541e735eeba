import { Field, ID, InputType } from '@nestjs/graphql';
import { CooperationKind } from '@territoria/domain';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';

@InputType()
export class CreateCooperationInput {
  @Field(() => ID, { description: 'The French collectivity' })
  @IsUUID()
  frenchCollectivityId: string;

  @Field(() => ID, { description: 'The foreign local government (a collectivity of kind FOREIGN_LOCAL_GOVERNMENT)' })
  @IsUUID()
  foreignCollectivityId: string;

  @Field(() => CooperationKind)
  @IsEnum(CooperationKind)
  kind: CooperationKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  since?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  themes?: string[];

  @OptionalText(20_000)
  notes?: string | null;
}

@InputType()
export class UpdateCooperationInput {
  @VersionField()
  version?: number;

  @Field(() => CooperationKind, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(CooperationKind)
  kind?: CooperationKind;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  since?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endedOn?: string | null;

  @Field(() => [String], { nullable: true })
  @IsPresentOrAbsent()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  themes?: string[];

  @OptionalText(20_000)
  notes?: string | null;
}

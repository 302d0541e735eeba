import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PartnerKind, PartnershipKind } from '@territoria/domain';
import { IsEnum, IsInt, IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { Partner } from '../partner.entity.js';
import { Partnership } from '../partnership.entity.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { OptionalWebsite } from '../../../common/validation/contact-details.js';
import { YearField } from '../../../common/validation/year-field.js';

export const PartnerPage = PageType(Partner, 'PartnerPage');
export const PartnershipPage = PageType(Partnership, 'PartnershipPage');

@InputType({ isAbstract: true })
abstract class PartnerFields {
  @OptionalText(40)
  acronym?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 country code such as FR' })
  countryCode?: string | null;

  @OptionalWebsite()
  website?: string | null;

  @OptionalText(20_000)
  notes?: string | null;
}

@InputType()
export class CreatePartnerInput extends PartnerFields {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => PartnerKind)
  @IsEnum(PartnerKind)
  kind: PartnerKind;
}

@InputType()
export class UpdatePartnerInput extends PartnerFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(PartnerKind)
  kind?: PartnerKind;
}

@InputType()
export class PartnerFilter {
  @IdsFilterField()
  ids?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [PartnerKind], { nullable: true })
  @IsOptional()
  @IsEnum(PartnerKind, { each: true })
  kinds?: PartnerKind[];
}

@InputType({ isAbstract: true })
abstract class PartnershipFields {
  @Field(() => Int, { nullable: true, description: 'In euro cents' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'amountCents cannot be negative' })
  @Max(2_000_000_000)
  amountCents?: number | null;

  @OptionalText(100)
  agreementReference?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000)
  notes?: string | null;
}

@InputType()
export class CreatePartnershipInput extends PartnershipFields {
  @Field(() => ID)
  @IsUUID()
  partnerId: string;

  @YearField(1975, 2100)
  year: number;

  @Field(() => PartnershipKind)
  @IsEnum(PartnershipKind)
  kind: PartnershipKind;
}

@InputType()
export class UpdatePartnershipInput extends PartnershipFields {
  @VersionField()
  version?: number;

  @YearField(1975, 2100, { optional: true })
  year?: number;

  @Field(() => PartnershipKind, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;
}

@InputType()
export class PartnershipFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => [PartnershipKind], { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipKind, { each: true })
  kinds?: PartnershipKind[];
}

@ObjectType()
export class PartnershipTotal {
  @Field(() => Int)
  year: number;

  @Field(() => PartnershipKind)
  kind: PartnershipKind;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { description: 'In euro cents' })
  totalCents: number;
}

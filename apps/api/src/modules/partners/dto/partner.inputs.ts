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
  @OptionalText(40, 'Short name, e.g. AFD')
  acronym?: string | null;

  @Field(() => String, { nullable: true, description: 'Country, ISO 3166-1 alpha-2; null clears it' })
  @IsOptional()
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 country code such as FR' })
  countryCode?: string | null;

  @OptionalWebsite()
  website?: string | null;

  @OptionalText(20_000, "Staff's notes")
  notes?: string | null;
}

@InputType({ description: 'A new partner institution' })
export class CreatePartnerInput extends PartnerFields {
  @Field({ description: 'Full name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => PartnerKind, { description: 'What kind of institution' })
  @IsEnum(PartnerKind)
  kind: PartnerKind;
}

@InputType({ description: 'Changes to a partner: an absent field is left as it is, null clears an optional one' })
export class UpdatePartnerInput extends PartnerFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New name; cannot be null' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => PartnerKind, { nullable: true, description: 'New kind' })
  @IsPresentOrAbsent()
  @IsEnum(PartnerKind)
  kind?: PartnerKind;
}

@InputType({ description: 'Which partners: every criterion given must match' })
export class PartnerFilter {
  @IdsFilterField()
  ids?: string[];

  @Field({ nullable: true, description: 'Part of the name or acronym, ignoring accents and case' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [PartnerKind], { nullable: true, description: 'Only these kinds' })
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

  @OptionalText(100, "The agreement's reference (convention de partenariat)")
  agreementReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event edition it supports (Event id); null clears it' })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;

  @OptionalText(20_000, "Staff's notes")
  notes?: string | null;
}

@InputType({ description: "A partner's commitment for one year" })
export class CreatePartnershipInput extends PartnershipFields {
  @Field(() => ID, { description: 'The partner' })
  @IsUUID()
  partnerId: string;

  @YearField(1975, 2100, { description: 'The year of the commitment' })
  year: number;

  @Field(() => PartnershipKind, { description: 'Money, help in kind, or institutional support' })
  @IsEnum(PartnershipKind)
  kind: PartnershipKind;
}

@InputType({ description: 'Changes to a partnership: an absent field is left as it is, null clears an optional one' })
export class UpdatePartnershipInput extends PartnershipFields {
  @VersionField()
  version?: number;

  @YearField(1975, 2100, { optional: true, description: 'New year' })
  year?: number;

  @Field(() => PartnershipKind, { nullable: true, description: 'New kind' })
  @IsPresentOrAbsent()
  @IsEnum(PartnershipKind)
  kind?: PartnershipKind;
}

@InputType({ description: 'Which partnerships: every criterion given must match' })
export class PartnershipFilter {
  @Field(() => ID, { nullable: true, description: "Only this partner's" })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => Int, { nullable: true, description: "Only this year's" })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => [PartnershipKind], { nullable: true, description: 'Only these kinds' })
  @IsOptional()
  @IsEnum(PartnershipKind, { each: true })
  kinds?: PartnershipKind[];
}

@ObjectType({ description: 'Partnerships of one year and kind, added up' })
export class PartnershipTotal {
  @Field(() => Int, { description: 'The year' })
  year: number;

  @Field(() => PartnershipKind, { description: 'The kind' })
  kind: PartnershipKind;

  @Field(() => Int, { description: 'Number of partnerships' })
  count: number;

  @Field(() => Int, { description: 'In euro cents' })
  totalCents: number;
}

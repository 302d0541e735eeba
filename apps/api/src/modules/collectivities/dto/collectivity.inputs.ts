import { Field, InputType, Int } from '@nestjs/graphql';
import { COLLECTIVITY_NAME_MAX_LENGTH, CollectivityKind, DEFAULT_COUNTRY_CODE, MembershipStatus } from '@territoria/domain';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { OptionalWebsite, OptionalEmail, OptionalPhone } from '../../../common/validation/contact-details.js';

// Shared by create and update; create makes the core fields required.
@InputType({ isAbstract: true })
abstract class CollectivityFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'INSEE code (e.g. 21231, 2A004, 21, 974); null clears it. Unique per kind',
  })
  @IsOptional()
  @Matches(/^[0-9][0-9A-Z]{1,4}$/, { message: 'inseeCode must be an INSEE code such as 21231, 2A004, 21 or 974' })
  inseeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN, 9 digits; null clears it. Unique' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'siren must be 9 digits' })
  siren?: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of its région (e.g. 27); null clears it' })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]?$/, { message: 'regionCode must be an INSEE région code such as 27' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of its département (e.g. 21, 2A, 974); null clears it' })
  @IsOptional()
  @Matches(/^[0-9][0-9AB][0-9]?$/, { message: 'departmentCode must be an INSEE département code such as 21, 2A or 974' })
  departmentCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'French postal codes, 5 digits each, at most 100; null clears them' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^\d{5}$/, { each: true, message: 'postalCodes must be 5-digit French postal codes' })
  postalCodes?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Population, 0 to 100,000,000; null clears it' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  population?: number | null;

  @OptionalText(1000, 'Postal address')
  address?: string | null;

  @OptionalWebsite()
  website?: string | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Since when it is a member (YYYY-MM-DD); null clears it' })
  @IsOptional()
  memberSince?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When its membership ended (YYYY-MM-DD); null clears it' })
  @IsOptional()
  memberUntil?: string | null;

  @OptionalText(20_000, "Staff's internal notes")
  notes?: string | null;
}

@InputType({ description: 'A collectivity entered by hand' })
export class CreateCollectivityInput extends CollectivityFieldsInput {
  @Field({ description: 'Name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(COLLECTIVITY_NAME_MAX_LENGTH)
  name: string;

  @Field(() => CollectivityKind, { description: 'Kind of local government' })
  @IsEnum(CollectivityKind)
  kind: CollectivityKind;

  @Field({ defaultValue: DEFAULT_COUNTRY_CODE, description: 'Country, ISO 3166-1 alpha-2 (FR by default)' })
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 country code such as FR or SN' })
  countryCode: string = DEFAULT_COUNTRY_CODE;

  @Field(() => MembershipStatus, { defaultValue: MembershipStatus.NONE, description: 'Membership status (NONE by default)' })
  @IsEnum(MembershipStatus)
  membershipStatus: MembershipStatus = MembershipStatus.NONE;
}

@InputType({
  description:
    'Changes to a collectivity: an absent field is left as it is, null clears an optional one. On a row of the official referential, the fields it owns cannot change',
})
export class UpdateCollectivityInput extends CollectivityFieldsInput {
  @Field(() => DateScalar, { nullable: true, description: "With a change of membership status: the council's deliberation date" })
  @IsOptional()
  @IsString()
  deliberationDate?: string | null;

  @Field(() => String, { nullable: true, description: "With a change of membership status: the deliberation's reference" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  deliberationReference?: string | null;

  @VersionField()
  version?: number;

  @Field(() => String, { nullable: true, description: 'New name; cannot be null' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(COLLECTIVITY_NAME_MAX_LENGTH)
  name?: string;

  @Field(() => CollectivityKind, { nullable: true, description: 'New kind; cannot be null' })
  @IsPresentOrAbsent()
  @IsEnum(CollectivityKind)
  kind?: CollectivityKind;

  @Field(() => String, { nullable: true, description: 'New country, ISO 3166-1 alpha-2; cannot be null' })
  @IsPresentOrAbsent()
  @IsISO31661Alpha2({ message: 'countryCode must be an ISO 3166-1 alpha-2 country code such as FR or SN' })
  countryCode?: string;

  @Field(() => MembershipStatus, {
    nullable: true,
    description: "New membership status, recorded in membershipHistory (with the deliberation's date and reference if given)",
  })
  @IsPresentOrAbsent()
  @IsEnum(MembershipStatus)
  membershipStatus?: MembershipStatus;
}

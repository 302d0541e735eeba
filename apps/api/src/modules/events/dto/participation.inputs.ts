import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Civility, ParticipationRole, ParticipationStatus } from '@territoria/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { OptionalEmail } from '../../../common/validation/contact-details.js';
import { PageType } from '../../../common/pagination/page.type.js';
import { SortInputType } from '../../../common/pagination/sort.input.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { Participation } from '../participation.entity.js';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';

export const ParticipationPage = PageType(Participation, 'ParticipationPage');

export const ParticipationSortField = {
  NAME: 'NAME',
  REGISTERED_AT: 'REGISTERED_AT',
  CHECKED_IN_AT: 'CHECKED_IN_AT',
  STATUS: 'STATUS',
  ROLE: 'ROLE',
  COUNTRY: 'COUNTRY',
} as const;
export type ParticipationSortField = (typeof ParticipationSortField)[keyof typeof ParticipationSortField];
registerEnumType(ParticipationSortField, { name: 'ParticipationSortField' });
export const ParticipationSort = SortInputType(ParticipationSortField, 'ParticipationSort');
export type ParticipationSort = InstanceType<typeof ParticipationSort>;

const COUNTRY_MESSAGE = 'countryCode must be an ISO 3166-1 alpha-2 country code such as FR';

@InputType({ isAbstract: true })
abstract class ParticipationOrganisationFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'An organisation held neither as a collectivity nor as a partner' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  organisationName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: COUNTRY_MESSAGE })
  countryCode?: string | null;

  @OptionalText(20_000)
  notes?: string | null;
}

@InputType()
export class CreateParticipationInput extends ParticipationOrganisationFields {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.ATTENDEE })
  @IsEnum(ParticipationRole)
  role: ParticipationRole = ParticipationRole.ATTENDEE;

  @Field(() => ParticipationStatus, { defaultValue: ParticipationStatus.REGISTERED })
  @IsEnum(ParticipationStatus)
  status: ParticipationStatus = ParticipationStatus.REGISTERED;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Now when absent' })
  @IsOptional()
  @IsDate()
  registeredAt?: Date | null;
}

@InputType()
export class UpdateParticipationInput extends ParticipationOrganisationFields {
  @VersionField()
  version?: number;

  @Field(() => ParticipationRole, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(ParticipationRole)
  role?: ParticipationRole;

  @Field(() => ParticipationStatus, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(ParticipationStatus)
  status?: ParticipationStatus;
}

@InputType()
export class ParticipationFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  collectivityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => ID, { nullable: true, description: 'The participation of the current members of a country or thematic group' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => [ParticipationStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ParticipationStatus, { each: true })
  statuses?: ParticipationStatus[];

  @Field(() => [ParticipationRole], { nullable: true })
  @IsOptional()
  @IsEnum(ParticipationRole, { each: true })
  roles?: ParticipationRole[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(300)
  @IsISO31661Alpha2({ each: true, message: COUNTRY_MESSAGE })
  countryCodes?: string[];

  @Field({ nullable: true, description: "Part of the person's or the organisation's name" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  checkedIn?: boolean;
}

@ObjectType()
export class CheckInResult {
  @Field(() => Participation)
  participation: Participation;

  @Field({ description: 'Someone had already checked this person in: nothing changed' })
  alreadyCheckedIn: boolean;
}

@ObjectType()
export class MarkAbsenteesResult {
  @Field(() => ID)
  eventId: string;

  @Field(() => Int, { description: 'Registrations that were still waiting and are now NO_SHOW' })
  markedAbsent: number;
}

export { BULK_MAX_IDS } from '@territoria/domain';

@ObjectType()
export class BulkParticipationsResult {
  @Field(() => Int, { description: 'Registrations whose status changed (the others had it already)' })
  changed: number;

  @Field(() => [Participation], { description: 'Every registration named, as it is now' })
  participations: Participation[];
}

@ObjectType()
export class DeleteParticipationsResult {
  @Field(() => Int)
  deleted: number;

  @Field(() => [ID])
  ids: string[];
}

/**
 * Someone at the door who did not register: a known contact, or a new person (a contact is
 * created), and/or an organisation; registered and checked in at once.
 */
@InputType()
export class WalkInInput extends ParticipationOrganisationFields {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true, description: 'A known person; else the names below make a new contact' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => Civility, { nullable: true })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string | null;

  @OptionalEmail()
  email?: string | null;

  @Field(() => ParticipationRole, { defaultValue: ParticipationRole.ATTENDEE })
  @IsEnum(ParticipationRole)
  role: ParticipationRole = ParticipationRole.ATTENDEE;
}

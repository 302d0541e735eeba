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
registerEnumType(ParticipationSortField, {
  name: 'ParticipationSortField',
  description: 'Fields a list of registrations can be ordered by',
  valuesMap: {
    NAME: { description: "The person's name, else the organisation's" },
    REGISTERED_AT: { description: 'When they registered' },
    CHECKED_IN_AT: { description: 'When they were checked in (not checked in last)' },
    STATUS: { description: 'Status' },
    ROLE: { description: 'Role' },
    COUNTRY: { description: 'Country represented' },
  },
});
export const ParticipationSort = SortInputType(ParticipationSortField, 'ParticipationSort');
export type ParticipationSort = InstanceType<typeof ParticipationSort>;

const COUNTRY_MESSAGE = 'countryCode must be an ISO 3166-1 alpha-2 country code such as FR';

@InputType({ isAbstract: true })
abstract class ParticipationOrganisationFields {
  @Field(() => ID, {
    nullable: true,
    description:
      'The collectivity represented (Collectivity id); null clears it. At most one of collectivityId, partnerId, organisationName',
  })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner represented (Partner id); null clears it' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'An organisation held neither as a collectivity nor as a partner' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  organisationName?: string | null;

  @Field(() => String, { nullable: true, description: 'The country represented, ISO 3166-1 alpha-2; null clears it' })
  @IsOptional()
  @IsISO31661Alpha2({ message: COUNTRY_MESSAGE })
  countryCode?: string | null;

  @OptionalText(20_000, "Staff's notes")
  notes?: string | null;
}

@InputType({ description: 'A registration to an edition: a person, an organisation, or both' })
export class CreateParticipationInput extends ParticipationOrganisationFields {
  @Field(() => ID, { description: 'The edition' })
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true, description: 'The person registered (Contact id); null for an organisation alone' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => ParticipationRole, {
    defaultValue: ParticipationRole.ATTENDEE,
    description: 'In what capacity (ATTENDEE by default)',
  })
  @IsEnum(ParticipationRole)
  role: ParticipationRole = ParticipationRole.ATTENDEE;

  @Field(() => ParticipationStatus, {
    defaultValue: ParticipationStatus.REGISTERED,
    description: 'Status (REGISTERED by default)',
  })
  @IsEnum(ParticipationStatus)
  status: ParticipationStatus = ParticipationStatus.REGISTERED;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Now when absent' })
  @IsOptional()
  @IsDate()
  registeredAt?: Date | null;
}

@InputType({ description: 'Changes to a registration: an absent field is left as it is, null clears an optional one' })
export class UpdateParticipationInput extends ParticipationOrganisationFields {
  @VersionField()
  version?: number;

  @Field(() => ParticipationRole, { nullable: true, description: 'New role' })
  @IsPresentOrAbsent()
  @IsEnum(ParticipationRole)
  role?: ParticipationRole;

  @Field(() => ParticipationStatus, { nullable: true, description: 'New status; ATTENDED also records the check-in time' })
  @IsPresentOrAbsent()
  @IsEnum(ParticipationStatus)
  status?: ParticipationStatus;
}

@InputType({ description: 'Which registrations: every criterion given must match' })
export class ParticipationFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => ID, { nullable: true, description: "Only this edition's" })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @Field(() => ID, { nullable: true, description: "Only this person's" })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those on behalf of this collectivity' })
  @IsOptional()
  @IsUUID()
  collectivityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those on behalf of this partner' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field(() => ID, { nullable: true, description: 'The participation of the current members of a country or thematic group' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => [ParticipationStatus], { nullable: true, description: 'Only these statuses' })
  @IsOptional()
  @IsEnum(ParticipationStatus, { each: true })
  statuses?: ParticipationStatus[];

  @Field(() => [ParticipationRole], { nullable: true, description: 'Only these roles' })
  @IsOptional()
  @IsEnum(ParticipationRole, { each: true })
  roles?: ParticipationRole[];

  @Field(() => [String], { nullable: true, description: 'Only those representing one of these countries (ISO 3166-1 alpha-2)' })
  @IsOptional()
  @ArrayMaxSize(300)
  @IsISO31661Alpha2({ each: true, message: COUNTRY_MESSAGE })
  countryCodes?: string[];

  @Field({ nullable: true, description: "Part of the person's or the organisation's name" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only those checked in (true) or not checked in (false)' })
  @IsOptional()
  @IsBoolean()
  checkedIn?: boolean;
}

@ObjectType({ description: 'The result of a check-in at the desk' })
export class CheckInResult {
  @Field(() => Participation, { description: 'The registration, checked in' })
  participation: Participation;

  @Field({ description: 'Someone had already checked this person in: nothing changed' })
  alreadyCheckedIn: boolean;
}

@ObjectType({ description: "What marking an edition's absentees did" })
export class MarkAbsenteesResult {
  @Field(() => ID, { description: 'The edition' })
  eventId: string;

  @Field(() => Int, { description: 'Registrations that were still waiting and are now NO_SHOW' })
  markedAbsent: number;
}

export { BULK_MAX_IDS } from '@territoria/domain';

@ObjectType({ description: 'The result of changing many registrations at once' })
export class BulkParticipationsResult {
  @Field(() => Int, { description: 'Registrations whose status changed (the others had it already)' })
  changed: number;

  @Field(() => [Participation], { description: 'Every registration named, as it is now' })
  participations: Participation[];
}

@ObjectType({ description: 'The result of deleting many registrations at once' })
export class DeleteParticipationsResult {
  @Field(() => Int, { description: 'Number of registrations deleted' })
  deleted: number;

  @Field(() => [ID], { description: 'Ids of the registrations deleted' })
  ids: string[];
}

/**
 * Someone at the door who did not register: a known contact, or a new person (a contact is
 * created), and/or an organisation; registered and checked in at once.
 */
@InputType({ description: 'Someone arriving at the desk without a registration: registered and checked in at once' })
export class WalkInInput extends ParticipationOrganisationFields {
  @Field(() => ID, { description: 'The edition' })
  @IsUUID()
  eventId: string;

  @Field(() => ID, { nullable: true, description: 'A known person; else the names below make a new contact' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => Civility, { nullable: true, description: 'Civility of a new contact' })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @Field(() => String, { nullable: true, description: 'First name of a new contact (with lastName, when contactId is absent)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Last name of a new contact (with firstName, when contactId is absent)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string | null;

  @OptionalEmail()
  email?: string | null;

  @Field(() => ParticipationRole, {
    defaultValue: ParticipationRole.ATTENDEE,
    description: 'In what capacity (ATTENDEE by default)',
  })
  @IsEnum(ParticipationRole)
  role: ParticipationRole = ParticipationRole.ATTENDEE;
}

import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Civility, ConsentStatus, PositionKind } from '@territoria/domain';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { SortInputType } from '../../../common/pagination/sort.input.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { OptionalEmail, OptionalPhone } from '../../../common/validation/contact-details.js';

@InputType({ description: "A position's fields, shared by create and update" })
export class PositionFields {
  @Field(() => ID, { nullable: true, description: 'The collectivity (or give partnerId)' })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner (or give collectivityId)' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field({
    description:
      'Title as people write it, e.g. "Maire", "Vice-présidente aux relations internationales", "Chargé de mission AICT"',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => PositionKind, { description: 'Elected mandate, staff job or other' })
  @IsEnum(PositionKind)
  kind: PositionKind;

  @Field(() => DateScalar, { description: 'When the term started (YYYY-MM-DD)' })
  @IsString()
  startedOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the term ended (YYYY-MM-DD, not before startedOn); null while it runs',
  })
  @IsOptional()
  endedOn?: string | null;
}

@InputType({ description: "A new position: a contact's mandate or job in a collectivity or a partner (exactly one of the two)" })
export class CreatePositionInput extends PositionFields {
  @Field(() => ID, { description: 'The contact holding it' })
  @IsUUID()
  contactId: string;
}

@InputType({ description: 'Changes to a position: an absent field is left as it is; to end it, set endedOn' })
export class UpdatePositionInput {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New title' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field(() => PositionKind, { nullable: true, description: 'New kind' })
  @IsPresentOrAbsent()
  @IsEnum(PositionKind)
  kind?: PositionKind;

  @Field(() => DateScalar, { nullable: true, description: 'New start date (YYYY-MM-DD)' })
  @IsPresentOrAbsent()
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ends the mandate or job (null reopens it)' })
  @IsOptional()
  endedOn?: string | null;
}

@InputType({ isAbstract: true })
abstract class ContactFields {
  @Field(() => Civility, { nullable: true, description: 'Civility; null clears it' })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @Field(() => ConsentStatus, { nullable: true, description: 'Consent to communications; its change is dated (consentAt)' })
  @IsPresentOrAbsent()
  @IsEnum(ConsentStatus)
  consentStatus?: ConsentStatus;

  @Field(() => String, { nullable: true, description: 'How consent was given or withdrawn' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  consentSource?: string | null;

  @OptionalText(20_000, "Staff's internal notes")
  notes?: string | null;
}

@InputType({ description: 'A new contact (person)' })
export class CreateContactInput extends ContactFields {
  @Field({ description: 'First name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @Field({ description: 'Last name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName: string;

  @Field(() => PositionFields, { nullable: true, description: 'A first position, created with the contact' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PositionFields)
  position?: PositionFields;

  @Field({ defaultValue: false, description: 'Create even though a possible duplicate exists' })
  @IsBoolean()
  confirmNotDuplicate: boolean = false;
}

@InputType({ description: 'Changes to a contact: an absent field is left as it is, null clears an optional one' })
export class UpdateContactInput extends ContactFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New first name; cannot be null' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @Field({ nullable: true, description: 'New last name; cannot be null' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;
}

@InputType({ description: 'Which contacts: every criterion given must match' })
export class ContactFilter {
  @IdsFilterField()
  ids?: string[];

  @Field({ nullable: true, description: 'Accent- and typo-tolerant, on name and email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Contacts with a current position in this collectivity' })
  @IsOptional()
  @IsUUID()
  collectivityId?: string;

  @Field(() => ID, { nullable: true, description: 'Contacts with a current position in a current member of this group' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @Field(() => [ConsentStatus], { nullable: true, description: 'Only contacts with one of these consent statuses' })
  @IsOptional()
  @IsEnum(ConsentStatus, { each: true })
  consentStatuses?: ConsentStatus[];

  @Field(() => PositionKind, {
    nullable: true,
    description: 'Contacts holding a current position of this kind (with memberCollectivities: that position in a member)',
  })
  @IsOptional()
  @IsEnum(PositionKind)
  positionKind?: PositionKind;

  @Field(() => Boolean, { nullable: true, description: 'Contacts with a current position in a current member collectivity' })
  @IsOptional()
  @IsBoolean()
  memberCollectivities?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Contacts with a current position at a partner' })
  @IsOptional()
  @IsBoolean()
  partners?: boolean;

  @Field(() => ID, { nullable: true, description: 'People registered to this edition (cancelled registrations aside)' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

export const ContactSortField = { NAME: 'NAME', UPDATED_AT: 'UPDATED_AT', CREATED_AT: 'CREATED_AT' } as const;
export type ContactSortField = (typeof ContactSortField)[keyof typeof ContactSortField];
registerEnumType(ContactSortField, {
  name: 'ContactSortField',
  description: 'Fields a list of contacts can be ordered by. Default: best match first with a search, else NAME',
  valuesMap: {
    NAME: { description: 'Last name, then first name, ignoring accents and case' },
    UPDATED_AT: { description: 'Last change' },
    CREATED_AT: { description: 'Creation' },
  },
});
export const ContactSort = SortInputType(ContactSortField, 'ContactSort');
export type ContactSort = InstanceType<typeof ContactSort>;

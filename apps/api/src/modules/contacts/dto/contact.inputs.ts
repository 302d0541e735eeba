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

@InputType()
export class PositionFields {
  @Field(() => ID, { nullable: true, description: 'The collectivity (or give partnerId)' })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner (or give collectivityId)' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => PositionKind)
  @IsEnum(PositionKind)
  kind: PositionKind;

  @Field(() => DateScalar)
  @IsString()
  startedOn: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endedOn?: string | null;
}

@InputType()
export class CreatePositionInput extends PositionFields {
  @Field(() => ID)
  @IsUUID()
  contactId: string;
}

@InputType()
export class UpdatePositionInput {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field(() => PositionKind, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(PositionKind)
  kind?: PositionKind;

  @Field(() => DateScalar, { nullable: true })
  @IsPresentOrAbsent()
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Ends the mandate or job (null reopens it)' })
  @IsOptional()
  endedOn?: string | null;
}

@InputType({ isAbstract: true })
abstract class ContactFields {
  @Field(() => Civility, { nullable: true })
  @IsOptional()
  @IsEnum(Civility)
  civility?: Civility | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @Field(() => ConsentStatus, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(ConsentStatus)
  consentStatus?: ConsentStatus;

  @Field(() => String, { nullable: true, description: 'How consent was given or withdrawn' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  consentSource?: string | null;

  @OptionalText(20_000)
  notes?: string | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @Field()
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

@InputType()
export class UpdateContactInput extends ContactFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;
}

@InputType()
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

  @Field(() => [ConsentStatus], { nullable: true })
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
registerEnumType(ContactSortField, { name: 'ContactSortField' });
export const ContactSort = SortInputType(ContactSortField, 'ContactSort');
export type ContactSort = InstanceType<typeof ContactSort>;

import { Field, ID, InputType, ObjectType, PickType } from '@nestjs/graphql';
import { MailingStatus, RecipientStatus } from '@territoria/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { ContactFilter } from '../../contacts/dto/contact.inputs.js';
import { Mailing, MailingRecipient } from '../mailing.entity.js';

/** Who receives a mailing: the contacts list's own filter, those of its criteria a mailing keeps. */
@InputType()
export class MailingAudienceInput extends PickType(
  ContactFilter,
  ['groupId', 'collectivityId', 'eventId', 'positionKind', 'memberCollectivities', 'partners'] as const,
  InputType,
) {}

@InputType({ isAbstract: true })
abstract class MailingFields {
  @Field(() => MailingAudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MailingAudienceInput)
  audience?: MailingAudienceInput;

  @Field(() => ID, {
    nullable: true,
    description: 'The edition the {{edition.…}} merge fields describe (default: audience.eventId)',
  })
  @IsOptional()
  @IsUUID()
  editionId?: string | null;
}

@InputType()
export class CreateMailingInput extends MailingFields {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject: string;

  /** Its size is checked in bytes by the service (MAILING_BODY_TOO_LARGE). */
  @Field()
  @IsString()
  @IsNotEmpty()
  body: string;
}

@InputType()
export class UpdateMailingInput extends MailingFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  body?: string;
}

@InputType()
export class MailingFilter {
  @Field(() => [MailingStatus], { nullable: true })
  @IsOptional()
  @IsEnum(MailingStatus, { each: true })
  statuses?: MailingStatus[];
}

@InputType()
export class MailingRecipientFilter {
  @Field(() => [RecipientStatus], { nullable: true })
  @IsOptional()
  @IsEnum(RecipientStatus, { each: true })
  statuses?: RecipientStatus[];
}

export const MailingPage = PageType(Mailing, 'MailingPage');
export const MailingRecipientPage = PageType(MailingRecipient, 'MailingRecipientPage');

/** What a mailing would send: how many people, and the message one of them would get. */
@ObjectType()
export class MailingPreview {
  @Field()
  recipientCount: number;

  @Field(() => ID, { nullable: true, description: 'The sample recipient (null when there is nobody)' })
  contactId: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  subject: string;

  @Field()
  html: string;

  @Field()
  text: string;
}

@ObjectType()
export class MailSettings {
  @Field(() => String, { nullable: true, description: "The embedded mail catcher's page, when mail goes there (no SMTP_URL)" })
  catcherUrl: string | null;

  @Field({ description: 'Whether mail can be sent (production without SMTP_URL cannot)' })
  canSend: boolean;

  @Field()
  ratePerMinute: number;

  @Field(() => [String])
  mergeFields: string[];
}

import { Field, ID, InputType, Int, ObjectType, PickType } from '@nestjs/graphql';
import { DuesLetterKind, MailingStatus, RecipientStatus } from '@territoria/domain';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { ContactFilter } from '../../contacts/dto/contact.inputs.js';
import { Mailing, MailingRecipient } from '../mailing.entity.js';

/** Who receives a mailing: the contacts list's own filter, those of its criteria a mailing keeps. */
@InputType({ description: 'Who receives a mailing: the criteria of the contacts list a mailing keeps' })
export class MailingAudienceInput extends PickType(
  ContactFilter,
  ['groupId', 'collectivityId', 'eventId', 'positionKind', 'memberCollectivities', 'partners'] as const,
  InputType,
) {}

@InputType({ isAbstract: true })
abstract class MailingFields {
  @Field(() => MailingAudienceInput, {
    nullable: true,
    description: 'Who receives it: contacts matching every criterion given, with consent and an email address',
  })
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

  @Field(() => DuesLetterKind, {
    nullable: true,
    description:
      "Attach to each message the dues letter of the recipient's collectivity (needs duesYear); only people whose collectivity has such dues that year receive it",
  })
  @IsOptional()
  @IsEnum(DuesLetterKind)
  duesLetter?: DuesLetterKind | null;

  @Field(() => Int, { nullable: true, description: 'The year of the dues letter attached (REQUIRED with duesLetter)' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  duesYear?: number | null;
}

@InputType({ description: 'A new draft mailing' })
export class CreateMailingInput extends MailingFields {
  @Field({ description: 'The subject line, at most 300 characters; may hold merge fields' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject: string;

  /** Its size is checked in bytes by the service (MAILING_BODY_TOO_LARGE). */
  @Field({
    description:
      'Plain text, paragraphs separated by a blank line, with merge fields such as {{contact.lastName}}; at most 1 MiB (MAILING_BODY_TOO_LARGE)',
  })
  @IsString()
  @IsNotEmpty()
  body: string;
}

@InputType({ description: 'Changes to a draft mailing: the fields given are changed, the others kept' })
export class UpdateMailingInput extends MailingFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'The subject line, at most 300 characters; may hold merge fields' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject?: string;

  @Field({
    nullable: true,
    description: 'Plain text with merge fields, at most 1 MiB (MAILING_BODY_TOO_LARGE)',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  body?: string;
}

@InputType({ description: 'Which mailings to list' })
export class MailingFilter {
  @Field(() => [MailingStatus], {
    nullable: true,
    description: 'Only mailings in one of these states (all when absent or empty)',
  })
  @IsOptional()
  @IsEnum(MailingStatus, { each: true })
  statuses?: MailingStatus[];
}

@InputType({ description: "Which of a mailing's recipients to list" })
export class MailingRecipientFilter {
  @Field(() => [RecipientStatus], {
    nullable: true,
    description: 'Only recipients in one of these states (all when absent or empty)',
  })
  @IsOptional()
  @IsEnum(RecipientStatus, { each: true })
  statuses?: RecipientStatus[];
}

export const MailingPage = PageType(Mailing, 'MailingPage');
export const MailingRecipientPage = PageType(MailingRecipient, 'MailingRecipientPage');

/** What a mailing would send: how many people, and the message one of them would get. */
@ObjectType({ description: 'What a mailing would send: how many people, and the message one of them would get' })
export class MailingPreview {
  @Field({ description: 'How many people the mailing would reach if sent now' })
  recipientCount: number;

  @Field(() => ID, { nullable: true, description: 'The sample recipient (null when there is nobody)' })
  contactId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The sample recipient's address (null when there is nobody, or no address)",
  })
  email: string | null;

  @Field({ description: 'The subject, merge fields filled in for the sample recipient' })
  subject: string;

  @Field({ description: 'The HTML version of the message, in the mail layout' })
  html: string;

  @Field({ description: 'The plain-text version of the message' })
  text: string;
}

@ObjectType({ description: 'How mail is sent from this server, and what a mailing may hold' })
export class MailSettings {
  @Field(() => String, { nullable: true, description: "The embedded mail catcher's page, when mail goes there (no SMTP_URL)" })
  catcherUrl: string | null;

  @Field({ description: 'Whether mail can be sent (production without SMTP_URL cannot)' })
  canSend: boolean;

  @Field({ description: 'How many messages of a mailing are sent per minute at most (MAILING_RATE_PER_MINUTE)' })
  ratePerMinute: number;

  @Field(() => [String], {
    description: 'The merge fields a subject or body may hold, e.g. contact.lastName, written {{contact.lastName}}',
  })
  mergeFields: string[];
}

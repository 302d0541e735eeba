import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LETTERHEAD_LIMITS } from '@territoria/domain';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { VersionField } from '../../../common/validation/version-field.js';

@ObjectType({ description: 'An image of the letterhead (logo or signature)' })
export class LetterheadImage {
  @Field({ description: 'image/png or image/jpeg' })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes' })
  byteSize: number;

  @Field({ description: 'The image as a data URL, to show it' })
  dataUrl: string;
}

@ObjectType({ description: "The association's letterhead, printed on dues letters and receipts" })
export class Letterhead {
  @Field({ description: "The association's name, at the head of letters (empty when not set)" })
  organisationName: string;

  @Field({ description: 'Several lines' })
  address: string;

  @Field(() => String, { nullable: true, description: 'Who signs the letters, e.g. "La présidente, Nathalie Koenders"' })
  signatory: string | null;

  @Field(() => LetterheadImage, { nullable: true, description: 'The logo at the head of letters (null when there is none)' })
  logo: LetterheadImage | null;

  @Field(() => LetterheadImage, {
    nullable: true,
    description: 'The signature image printed under the signatory (null when there is none)',
  })
  signature: LetterheadImage | null;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

const IMAGE_DESCRIPTION =
  'A PNG or JPEG image as a base64 data URL, at most 512 KiB (IMAGE_TOO_LARGE, IMAGE_TYPE_NOT_ALLOWED, IMAGE_CONTENT_MISMATCH, IMAGE_NOT_DATA_URL otherwise); null removes it';

@InputType({ description: 'Changes to the letterhead: the fields given are changed, the others kept' })
export class UpdateLetterheadInput {
  @VersionField()
  version: number;

  @Field({ nullable: true, description: "The association's name, at most 200 characters" })
  @IsPresentOrAbsent()
  @IsString()
  @MaxLength(LETTERHEAD_LIMITS.organisationName)
  organisationName?: string;

  @Field({ nullable: true, description: 'The address, several lines, at most 500 characters' })
  @IsPresentOrAbsent()
  @IsString()
  @MaxLength(LETTERHEAD_LIMITS.address)
  address?: string;

  @OptionalText(LETTERHEAD_LIMITS.signatory)
  signatory?: string | null;

  @Field(() => String, { nullable: true, description: IMAGE_DESCRIPTION })
  @IsOptional()
  @IsString()
  logo?: string | null;

  @Field(() => String, { nullable: true, description: IMAGE_DESCRIPTION })
  @IsOptional()
  @IsString()
  signature?: string | null;
}

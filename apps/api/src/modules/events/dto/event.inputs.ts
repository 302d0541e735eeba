import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { EventSessionKind } from '@territoria/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageType } from '../../../common/pagination/page.type.js';
import { DateScalar } from '../../../common/scalars/date.scalar.js';
import { IsPresentOrAbsent } from '../../../common/validation/partial-update.js';
import { Event } from '../event.entity.js';
import { IdsFilterField } from '../../../common/validation/ids-filter.js';
import { OptionalText } from '../../../common/validation/optional-text.js';
import { VersionField } from '../../../common/validation/version-field.js';
import { OptionalWebsite } from '../../../common/validation/contact-details.js';
import { YearField } from '../../../common/validation/year-field.js';

export const EventPage = PageType(Event, 'EventPage');

@InputType()
export class EventSeriesInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @OptionalText(40)
  acronym?: string | null;

  @OptionalText(20_000)
  description?: string | null;
}

@InputType()
export class UpdateEventSeriesInput {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @OptionalText(40)
  acronym?: string | null;

  @OptionalText(20_000)
  description?: string | null;
}

@InputType({ isAbstract: true })
abstract class EventFields {
  @OptionalText(300)
  venue?: string | null;

  @OptionalText(200)
  city?: string | null;

  @OptionalText(2_000)
  theme?: string | null;

  @OptionalWebsite()
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^#?[\p{L}\p{N}_]{1,99}$/u, { message: 'hashtag must be one word of letters, digits or _ (like #RencontresAICT2021)' })
  hashtag?: string | null;
}

@InputType()
export class CreateEventInput extends EventFields {
  @Field(() => ID)
  @IsUUID()
  seriesId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  editionNumber: number;

  @YearField(1900, 2200)
  year: number;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => DateScalar)
  @IsString()
  startsOn: string;

  @Field(() => DateScalar)
  @IsString()
  endsOn: string;
}

@InputType()
export class UpdateEventInput extends EventFields {
  @VersionField()
  version?: number;

  @Field(() => Int, { nullable: true })
  @IsPresentOrAbsent()
  @IsInt()
  @Min(1)
  @Max(1000)
  editionNumber?: number;

  @YearField(1900, 2200, { optional: true })
  year?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  startsOn?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  endsOn?: string;
}

@InputType()
export class EventFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  seriesId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Editions ending today or later' })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean;
}

@InputType({ isAbstract: true })
abstract class EventSessionFields {
  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'durationMinutes must be at least 1 minute' })
  @Max(24 * 60)
  durationMinutes?: number | null;

  @OptionalText(200)
  room?: string | null;

  @OptionalText(20_000)
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  speakerIds?: string[];
}

@InputType()
export class CreateEventSessionInput extends EventSessionFields {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => EventSessionKind)
  @IsEnum(EventSessionKind)
  kind: EventSessionKind;
}

@InputType()
export class UpdateEventSessionInput extends EventSessionFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => EventSessionKind, { nullable: true })
  @IsPresentOrAbsent()
  @IsEnum(EventSessionKind)
  kind?: EventSessionKind;
}

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

@InputType({
  description: "A new series of events, e.g. the Rencontres de l'action internationale des collectivités territoriales",
})
export class EventSeriesInput {
  @Field({ description: 'Name, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @OptionalText(40, 'Short name, e.g. RAICT')
  acronym?: string | null;

  @OptionalText(20_000, 'What the series is')
  description?: string | null;
}

@InputType({ description: 'Changes to a series: an absent field is left as it is, null clears an optional one' })
export class UpdateEventSeriesInput {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New name; cannot be null' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @OptionalText(40, 'Short name')
  acronym?: string | null;

  @OptionalText(20_000, 'What the series is')
  description?: string | null;
}

@InputType({ isAbstract: true })
abstract class EventFields {
  @OptionalText(300, 'Venue, e.g. "Cité des Sciences et de l\'Industrie"')
  venue?: string | null;

  @OptionalText(200, 'City')
  city?: string | null;

  @OptionalText(2_000, 'The guiding theme (fil rouge)')
  theme?: string | null;

  @OptionalWebsite()
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Hashtag, e.g. #RencontresAICT2021; null clears it' })
  @IsOptional()
  @IsString()
  @Matches(/^#?[\p{L}\p{N}_]{1,99}$/u, { message: 'hashtag must be one word of letters, digits or _ (like #RencontresAICT2021)' })
  hashtag?: string | null;
}

@InputType({ description: 'A new edition of a series' })
export class CreateEventInput extends EventFields {
  @Field(() => ID, { description: 'The series it belongs to' })
  @IsUUID()
  seriesId: string;

  @Field(() => Int, { description: 'Edition number within the series (12 for the 12th), unique per series' })
  @IsInt()
  @Min(1)
  @Max(1000)
  editionNumber: number;

  @YearField(1900, 2200, { description: "The edition's year" })
  year: number;

  @Field({ description: 'Title, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD)' })
  @IsString()
  startsOn: string;

  @Field(() => DateScalar, { description: 'Last day (YYYY-MM-DD), not before startsOn; the same day for a one-day event' })
  @IsString()
  endsOn: string;
}

@InputType({ description: 'Changes to an edition: an absent field is left as it is, null clears an optional one' })
export class UpdateEventInput extends EventFields {
  @VersionField()
  version?: number;

  @Field(() => Int, { nullable: true, description: 'New edition number, unique per series' })
  @IsPresentOrAbsent()
  @IsInt()
  @Min(1)
  @Max(1000)
  editionNumber?: number;

  @YearField(1900, 2200, { optional: true, description: 'New year' })
  year?: number;

  @Field({ nullable: true, description: 'New title' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New first day (YYYY-MM-DD)' })
  @IsPresentOrAbsent()
  @IsString()
  startsOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New last day (YYYY-MM-DD)' })
  @IsPresentOrAbsent()
  @IsString()
  endsOn?: string;
}

@InputType({ description: 'Which editions: every criterion given must match' })
export class EventFilter {
  @IdsFilterField()
  ids?: string[];

  @Field(() => ID, { nullable: true, description: "Only this series' editions" })
  @IsOptional()
  @IsUUID()
  seriesId?: string;

  @Field(() => Int, { nullable: true, description: "Only this year's" })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field({ nullable: true, description: 'Part of the title, theme or city, ignoring accents and case' })
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
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the session starts (an instant); null when not scheduled yet',
  })
  @IsOptional()
  @IsDate()
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'Length in minutes (20 for a micro-workshop); null when unknown' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'durationMinutes must be at least 1 minute' })
  @Max(24 * 60)
  durationMinutes?: number | null;

  @OptionalText(200, 'Room')
  room?: string | null;

  @OptionalText(20_000, 'What the session is about')
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The speakers (Contact ids), replacing the previous ones; at most 100' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  speakerIds?: string[];
}

@InputType({ description: "A new session of an edition's programme" })
export class CreateEventSessionInput extends EventSessionFields {
  @Field(() => ID, { description: 'The edition' })
  @IsUUID()
  eventId: string;

  @Field({ description: 'Title, required' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => EventSessionKind, { description: 'The kind of session' })
  @IsEnum(EventSessionKind)
  kind: EventSessionKind;
}

@InputType({ description: 'Changes to a session: an absent field is left as it is, null clears an optional one' })
export class UpdateEventSessionInput extends EventSessionFields {
  @VersionField()
  version?: number;

  @Field({ nullable: true, description: 'New title' })
  @IsPresentOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @Field(() => EventSessionKind, { nullable: true, description: 'New kind' })
  @IsPresentOrAbsent()
  @IsEnum(EventSessionKind)
  kind?: EventSessionKind;
}

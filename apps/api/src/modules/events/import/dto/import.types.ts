import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CollectivityKind, ImportField, ParticipationRole, ParticipationStatus } from '@territoria/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
// Registers ParticipationRole with GraphQL.
import '../../participation.entity.js';
// Registers CollectivityKind with GraphQL.
import '../../../collectivities/collectivity.entity.js';

/** What an import would do with one line of the file. */
export const ImportRowOutcome = {
  NEW: 'NEW',
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  AMBIGUOUS: 'AMBIGUOUS',
  ERROR: 'ERROR',
  DUPLICATE: 'DUPLICATE',
} as const;
export type ImportRowOutcome = (typeof ImportRowOutcome)[keyof typeof ImportRowOutcome];

/** How a line's person or organisation was found. */
export const ImportMatch = { EMAIL: 'EMAIL', CODE: 'CODE', NAME: 'NAME', CHOSEN: 'CHOSEN', NEW: 'NEW', NONE: 'NONE' } as const;
export type ImportMatch = (typeof ImportMatch)[keyof typeof ImportMatch];

/** What an ambiguous line asks, the lines asking the same thing being answered at once. */
export const ImportQuestion = {
  SAME_NAME_OTHER_EMAIL: 'SAME_NAME_OTHER_EMAIL',
  SAME_NAME_NO_EMAIL: 'SAME_NAME_NO_EMAIL',
  SEVERAL_ORGANISATIONS: 'SEVERAL_ORGANISATIONS',
} as const;
export type ImportQuestion = (typeof ImportQuestion)[keyof typeof ImportQuestion];

export const ImportAnswer = {
  NEW_CONTACT: 'NEW_CONTACT',
  KNOWN_CONTACT: 'KNOWN_CONTACT',
  KEEP_NAME: 'KEEP_NAME',
  SKIP: 'SKIP',
} as const;
export type ImportAnswer = (typeof ImportAnswer)[keyof typeof ImportAnswer];

registerEnumType(ImportField, { name: 'ImportField' });
registerEnumType(ImportQuestion, {
  name: 'ImportQuestion',
  valuesMap: {
    SAME_NAME_OTHER_EMAIL: {
      description: 'Contacts have the same name with another email (or none): the same person, or a new one?',
    },
    SAME_NAME_NO_EMAIL: { description: 'The line has no email and contacts have the same name: which one, or a new one?' },
    SEVERAL_ORGANISATIONS: {
      description: 'Several collectivities or partners have this name or code: which one, or keep the name as typed?',
    },
  },
});
registerEnumType(ImportAnswer, {
  name: 'ImportAnswer',
  valuesMap: {
    NEW_CONTACT: { description: 'A new contact for each line' },
    KNOWN_CONTACT: { description: "The contact named, or each line's only namesake (lines with several stay to settle)" },
    KEEP_NAME: { description: 'The organisation kept as typed, linked to no record' },
    SKIP: { description: 'The lines are left out' },
  },
});
registerEnumType(ImportRowOutcome, {
  name: 'ImportRowOutcome',
  valuesMap: { DUPLICATE: { description: 'Same person as an earlier line of the file (skipped)' } },
});
registerEnumType(ImportMatch, { name: 'ImportMatch' });

@ObjectType()
export class ImportColumn {
  @Field(() => Int)
  index: number;

  @Field()
  header: string;

  @Field(() => ImportField, { nullable: true })
  field: ImportField | null;

  @Field(() => String, { nullable: true })
  sample: string | null;
}

@ObjectType()
export class ImportCandidate {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CONTACT | COLLECTIVITY | PARTNER' })
  kind: string;

  @Field()
  name: string;

  @Field(() => CollectivityKind, { nullable: true, description: 'A collectivity: its kind' })
  collectivityKind?: CollectivityKind | null;

  @Field(() => String, { nullable: true, description: 'A collectivity: the code of its département (none for a département)' })
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A collectivity: the name of its département' })
  departmentName?: string | null;

  @Field(() => String, { nullable: true, description: 'A foreign collectivity: its country (ISO 3166-1 alpha-2)' })
  countryCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'A collectivity: its population' })
  population?: number | null;

  @Field(() => String, { nullable: true, description: 'A partner: its acronym' })
  acronym?: string | null;

  @Field(() => String, { nullable: true, description: 'A contact: their email' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A contact without email: the title of their current position' })
  positionTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'A contact without email: the organisation of their current position' })
  positionOrganisation?: string | null;
}

@ObjectType()
export class ImportRowError {
  @Field({ description: 'The ImportField at fault (EMAIL, COUNTRY, ROLE…)' })
  field: string;

  @Field({
    description:
      'Stable code: TOO_LONG, INVALID_EMAIL, UNKNOWN_COUNTRY, UNKNOWN_ROLE, UNKNOWN_STATUS, INVALID_CODE, UNKNOWN_CODE, NOBODY, NAMES_REQUIRED',
  })
  code: string;

  @Field(() => String, { nullable: true, description: 'The cell as the file has it' })
  value?: string | null;

  @Field()
  message: string;
}

@ObjectType()
export class ImportRow {
  @Field(() => Int, { description: 'Line number in the file (header = 1)' })
  line: number;

  @Field(() => ImportRowOutcome)
  outcome: ImportRowOutcome;

  @Field(() => String, { nullable: true })
  civility: string | null;

  @Field(() => String, { nullable: true })
  firstName: string | null;

  @Field(() => String, { nullable: true })
  lastName: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The job title: a new contact's position in the organisation once imported",
  })
  jobTitle: string | null;

  @Field(() => String, { nullable: true })
  countryCode: string | null;

  @Field(() => ParticipationRole, { nullable: true })
  role: ParticipationRole | null;

  @Field(() => ParticipationStatus, {
    nullable: true,
    description:
      'The status the line gives (REGISTERED when a new line says none; null when an existing registration keeps its own)',
  })
  status: ParticipationStatus | null;

  @Field(() => ParticipationStatus, { nullable: true, description: 'ALREADY_REGISTERED: the status stored now' })
  currentStatus: ParticipationStatus | null;

  @Field({ description: "ALREADY_REGISTERED: the file's status will replace the stored one" })
  statusChange: boolean;

  @Field(() => ImportMatch)
  contactMatch: ImportMatch;

  @Field(() => ID, { nullable: true })
  contactId: string | null;

  @Field(() => [ImportCandidate])
  contactCandidates: ImportCandidate[];

  @Field(() => ImportMatch)
  organisationMatch: ImportMatch;

  @Field(() => ID, { nullable: true })
  collectivityId: string | null;

  @Field(() => ID, { nullable: true })
  partnerId: string | null;

  @Field(() => [ImportCandidate])
  organisationCandidates: ImportCandidate[];

  @Field(() => ID, { nullable: true })
  existingParticipationId: string | null;

  @Field(() => Int, { nullable: true })
  duplicateOfLine: number | null;

  @Field(() => [ImportQuestion], { description: 'AMBIGUOUS: what the line asks (see ImportPreview.questions)' })
  questions: ImportQuestion[];

  @Field(() => [ImportRowError])
  errors: ImportRowError[];

  @Field(() => [ImportRowError], {
    description: 'What did not block the line: a code that matched nothing, the name deciding instead',
  })
  notices: ImportRowError[];
}

@ObjectType({ description: 'The lines asking the same question, answered at once by ParticipationImportInput.groupAnswers' })
export class ImportQuestionGroup {
  @Field(() => ImportQuestion)
  question: ImportQuestion;

  @Field(() => Int)
  count: number;

  @Field(() => [Int])
  lines: number[];

  @Field(() => Int, { description: 'Lines with one candidate contact: the ones KNOWN_CONTACT settles without naming a contact' })
  singleCandidate: number;
}

@ObjectType({ description: 'A value of the status column, as read' })
export class ImportStatusValue {
  @Field({ description: 'As first written in the file' })
  value: string;

  @Field(() => Int)
  count: number;

  @Field(() => ParticipationStatus, { nullable: true, description: 'null: no status we know, to map in statusValues' })
  status: ParticipationStatus | null;

  @Field({ description: 'Mapped by the input rather than recognised' })
  mapped: boolean;
}

@ObjectType()
export class ImportCounts {
  @Field(() => Int, { description: 'Data lines of the file' })
  rows: number;

  @Field(() => Int, { description: 'Lines a commit would import (outcome NEW, not skipped)' })
  ready: number;

  @Field(() => Int)
  alreadyRegistered: number;

  @Field(() => Int, { description: 'Lines waiting for a choice (not skipped)' })
  ambiguous: number;

  @Field(() => Int, { description: 'Lines with errors (not skipped)' })
  errors: number;

  @Field(() => Int)
  duplicates: number;

  @Field(() => Int, { description: 'Lines already registered whose status the file changes' })
  statusChanges: number;
}

@ObjectType()
export class ImportPreview {
  @Field({ description: '"UTF-8", "UTF-8 (BOM)" or "windows-1252"' })
  encoding: string;

  @Field({ description: '",", ";" or a tab' })
  delimiter: string;

  @Field(() => [ImportColumn])
  columns: ImportColumn[];

  @Field(() => ImportCounts)
  counts: ImportCounts;

  @Field(() => [ImportQuestionGroup], { description: 'The ambiguous lines by question, before any group answer' })
  questions: ImportQuestionGroup[];

  @Field(() => [ImportStatusValue], { description: 'The values of the status column (empty without one)' })
  statuses: ImportStatusValue[];

  @Field(() => [ImportRow])
  rows: ImportRow[];
}

@ObjectType()
export class ImportResult {
  @Field(() => ID, { nullable: true, description: 'The record of this import (participationImports), to undo it' })
  importId: string | null;

  @Field(() => Int)
  participationsCreated: number;

  @Field(() => Int)
  contactsCreated: number;

  @Field(() => Int, { description: "New contacts' job titles recorded as their positions in the organisation they came for" })
  positionsCreated: number;

  @Field(() => Int, { description: 'Registrations whose status the file changed' })
  statusesUpdated: number;

  @Field(() => Int, { description: 'Lines already registered to the event, with the same status: nothing changed for them' })
  unchanged: number;

  @Field(() => Int, { description: 'Lines left out: by a resolution, or as duplicates of an earlier line' })
  skipped: number;
}

@InputType()
export class ColumnMappingInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  column: number;

  @Field(() => ImportField, { nullable: true, description: 'null: the column is ignored' })
  @IsOptional()
  @IsEnum(ImportField)
  field?: ImportField | null;
}

@InputType()
export class ImportResolutionInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  line: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  newContact?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  collectivityId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  noOrganisation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  skip?: boolean | null;
}

@InputType()
export class ImportStatusValueInput {
  @Field({ description: 'A value of the status column, as written (case, accents and punctuation aside)' })
  @IsString()
  @MaxLength(200)
  value: string;

  @Field(() => ParticipationStatus)
  @IsEnum(ParticipationStatus)
  status: ParticipationStatus;
}

@InputType()
export class ImportGroupAnswerInput {
  @Field(() => ImportQuestion)
  @IsEnum(ImportQuestion)
  question: ImportQuestion;

  @Field(() => ImportAnswer)
  @IsEnum(ImportAnswer)
  answer: ImportAnswer;

  @Field(() => ID, { nullable: true, description: 'KNOWN_CONTACT: this contact for every line it is proposed for' })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;
}

@InputType()
export class ParticipationImportInput {
  @Field(() => ID)
  @IsUUID()
  eventId: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName: string;

  @Field({ description: 'The raw bytes (UTF-8, UTF-8 with BOM or Windows-1252; , ; or tab); at most 5 MB' })
  @IsString()
  contentBase64: string;

  @Field(() => [ColumnMappingInput], { nullable: true, description: 'Absent: the suggested mapping' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  mapping?: ColumnMappingInput[] | null;

  @Field(() => [ImportResolutionInput], { nullable: true, description: 'Choices for AMBIGUOUS rows (and rows to skip)' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportResolutionInput)
  resolutions?: ImportResolutionInput[] | null;

  @Field(() => [ImportGroupAnswerInput], {
    nullable: true,
    description: 'One answer per question for its lines not resolved one by one',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ImportGroupAnswerInput)
  groupAnswers?: ImportGroupAnswerInput[] | null;

  @Field(() => [ImportStatusValueInput], {
    nullable: true,
    description: 'The status of values of the status column we do not know (or read otherwise)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ImportStatusValueInput)
  statusValues?: ImportStatusValueInput[] | null;
}

@ObjectType()
export class UndoImportResult {
  @Field(() => ID)
  importId: string;

  @Field(() => Int)
  participationsDeleted: number;

  @Field(() => Int, { description: 'Registrations whose status the import had changed, back to what it was' })
  statusesRestored: number;

  @Field(() => Int, { description: 'Contacts the import had created, deleted with it' })
  contactsDeleted: number;

  @Field(() => Int, {
    description: 'Contacts the import had created, kept: something else refers to them now, or they were edited',
  })
  contactsKept: number;
}

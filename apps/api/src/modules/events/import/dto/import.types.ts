import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportField, ParticipationRole } from '@territoria/domain';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
// Registers ParticipationRole with GraphQL.
import '../../participation.entity.js';

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

registerEnumType(ImportField, { name: 'ImportField' });
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

  @Field(() => String, { nullable: true, description: '"Commune · Seine-Saint-Denis (93) · 113 000 hab.", an email…' })
  detail: string | null;
}

@ObjectType()
export class ImportRowError {
  @Field({ description: 'The ImportField at fault (EMAIL, COUNTRY, ROLE…)' })
  field: string;

  @Field({
    description:
      'Stable code: TOO_LONG, INVALID_EMAIL, UNKNOWN_COUNTRY, UNKNOWN_ROLE, INVALID_CODE, UNKNOWN_CODE, NOBODY, NAMES_REQUIRED',
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

  @Field(() => String, { nullable: true, description: "The job title: a new contact's position in the organisation once imported" })
  jobTitle: string | null;

  @Field(() => String, { nullable: true })
  countryCode: string | null;

  @Field(() => ParticipationRole, { nullable: true })
  role: ParticipationRole | null;

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

  @Field(() => [ImportRowError])
  errors: ImportRowError[];
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

  @Field(() => [ImportRow])
  rows: ImportRow[];
}

@ObjectType()
export class ImportResult {
  @Field(() => Int)
  participationsCreated: number;

  @Field(() => Int)
  contactsCreated: number;

  @Field(() => Int, { description: "New contacts' job titles recorded as their positions in the organisation they came for" })
  positionsCreated: number;

  @Field(() => Int, { description: 'Lines already registered to the event: nothing changed for them' })
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
}

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CollectivityKind, ImportField, ParticipationRole, ParticipationStatus } from '@territoria/domain';
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

registerEnumType(ImportField, {
  name: 'ImportField',
  description: 'What a column of a registration list holds',
  valuesMap: {
    CIVILITY: { description: 'Civility (M., Mme…)' },
    FIRST_NAME: { description: 'First name' },
    LAST_NAME: { description: 'Last name' },
    EMAIL: { description: 'Email address: the surest way to find a known contact' },
    PHONE: { description: 'Phone number' },
    JOB_TITLE: { description: "Job title: a new contact's position in the organisation" },
    ORGANISATION: { description: 'Organisation name: matched to a collectivity or a partner' },
    ORGANISATION_TYPE: { description: 'Organisation type, helping the match (commune, département, ambassade…)' },
    ORGANISATION_CODE: { description: 'An official code of the organisation: INSEE code or SIREN' },
    COUNTRY: { description: 'Country represented (name or ISO code)' },
    ROLE: { description: 'Role (participant, intervenant, délégation étrangère…)' },
    STATUS: { description: 'Registered, present, absent or cancelled, as the event platform or the sign-in sheet says' },
    REGISTERED_AT: { description: 'When they registered' },
  },
});
registerEnumType(ImportQuestion, {
  name: 'ImportQuestion',
  description: 'What an ambiguous line asks; the lines asking the same thing can be answered at once',
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
  description: 'An answer to an ImportQuestion for all its lines',
  valuesMap: {
    NEW_CONTACT: { description: 'A new contact for each line' },
    KNOWN_CONTACT: { description: "The contact named, or each line's only namesake (lines with several stay to settle)" },
    KEEP_NAME: { description: 'The organisation kept as typed, linked to no record' },
    SKIP: { description: 'The lines are left out' },
  },
});
registerEnumType(ImportRowOutcome, {
  name: 'ImportRowOutcome',
  description: 'What an import would do with one line of the file',
  valuesMap: {
    NEW: { description: 'A new registration (and a new contact when the person is not known)' },
    ALREADY_REGISTERED: { description: 'The person is already registered to the edition: only a status change is applied' },
    AMBIGUOUS: { description: 'Waits for a choice: which contact or organisation the line means (see questions)' },
    ERROR: { description: 'Cannot be imported as it is (see errors); blocks the commit unless skipped' },
    DUPLICATE: { description: 'Same person as an earlier line of the file (skipped)' },
  },
});
registerEnumType(ImportMatch, {
  name: 'ImportMatch',
  description: "How a line's person or organisation was found",
  valuesMap: {
    EMAIL: { description: 'By email address' },
    CODE: { description: 'By official code (INSEE code or SIREN)' },
    NAME: { description: 'By name (accents, case and small typos aside)' },
    CHOSEN: { description: 'Chosen by a resolution or a group answer' },
    NEW: { description: 'Not found: created by the import' },
    NONE: { description: 'Nothing given, or kept as typed without a record' },
  },
});

@ObjectType({ description: 'A column of the file and the field it is mapped to' })
export class ImportColumn {
  @Field(() => Int, { description: 'Position of the column, from 0' })
  index: number;

  @Field({ description: "The column's header, as the file has it" })
  header: string;

  @Field(() => ImportField, {
    nullable: true,
    description: 'The field it is mapped to (suggested from the header, or as given in mapping); null when ignored',
  })
  field: ImportField | null;

  @Field(() => String, { nullable: true, description: 'The first non-empty value of the column; null when it is empty' })
  sample: string | null;
}

@ObjectType({ description: 'A record a line might mean: a contact, a collectivity or a partner' })
export class ImportCandidate {
  @Field(() => ID, { description: "The record's id (Contact, Collectivity or Partner, as kind says)" })
  id: string;

  @Field({ description: 'CONTACT | COLLECTIVITY | PARTNER' })
  kind: string;

  @Field({ description: "The record's name" })
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

@ObjectType({ description: 'A problem with one cell of a line' })
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

  @Field({ description: "What is wrong, in words (English; show the code's translation instead)" })
  message: string;
}

@ObjectType({ description: 'What an import would do with one line of the file' })
export class ImportRow {
  @Field(() => Int, { description: 'Line number in the file (header = 1)' })
  line: number;

  @Field(() => ImportRowOutcome, { description: 'What would happen to the line' })
  outcome: ImportRowOutcome;

  @Field(() => String, { nullable: true, description: 'Civility as read; null when absent' })
  civility: string | null;

  @Field(() => String, { nullable: true, description: 'First name as read; null when absent' })
  firstName: string | null;

  @Field(() => String, { nullable: true, description: 'Last name as read; null when absent' })
  lastName: string | null;

  @Field(() => String, { nullable: true, description: 'Email address as read (lower-cased); null when absent' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation name as read; null when absent' })
  organisation: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The job title: a new contact's position in the organisation once imported",
  })
  jobTitle: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Country represented, ISO 3166-1 alpha-2, read from the country column; null when absent',
  })
  countryCode: string | null;

  @Field(() => ParticipationRole, {
    nullable: true,
    description: 'Role read from the role column; null when absent (ATTENDEE is used)',
  })
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

  @Field(() => ImportMatch, { description: "How the line's person was found" })
  contactMatch: ImportMatch;

  @Field(() => ID, {
    nullable: true,
    description: 'The contact the line is matched to; null when it makes a new one or is ambiguous',
  })
  contactId: string | null;

  @Field(() => [ImportCandidate], { description: 'AMBIGUOUS: the contacts the line might mean' })
  contactCandidates: ImportCandidate[];

  @Field(() => ImportMatch, { description: "How the line's organisation was found" })
  organisationMatch: ImportMatch;

  @Field(() => ID, { nullable: true, description: 'The collectivity the organisation is matched to; null otherwise' })
  collectivityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner the organisation is matched to; null otherwise' })
  partnerId: string | null;

  @Field(() => [ImportCandidate], {
    description: 'The collectivities or partners the organisation might mean, when several match',
  })
  organisationCandidates: ImportCandidate[];

  @Field(() => ID, { nullable: true, description: 'ALREADY_REGISTERED: the registration already held' })
  existingParticipationId: string | null;

  @Field(() => Int, { nullable: true, description: 'DUPLICATE: the earlier line with the same person' })
  duplicateOfLine: number | null;

  @Field(() => [ImportQuestion], { description: 'AMBIGUOUS: what the line asks (see ImportPreview.questions)' })
  questions: ImportQuestion[];

  @Field(() => [ImportRowError], { description: 'What blocks the line (outcome ERROR)' })
  errors: ImportRowError[];

  @Field(() => [ImportRowError], {
    description: 'What did not block the line: a code that matched nothing, the name deciding instead',
  })
  notices: ImportRowError[];
}

@ObjectType({ description: 'The lines asking the same question, answered at once by ParticipationImportInput.groupAnswers' })
export class ImportQuestionGroup {
  @Field(() => ImportQuestion, { description: 'The question' })
  question: ImportQuestion;

  @Field(() => Int, { description: 'Number of lines asking it' })
  count: number;

  @Field(() => [Int], { description: 'Their line numbers' })
  lines: number[];

  @Field(() => Int, { description: 'Lines with one candidate contact: the ones KNOWN_CONTACT settles without naming a contact' })
  singleCandidate: number;
}

@ObjectType({ description: 'A value of the status column, as read' })
export class ImportStatusValue {
  @Field({ description: 'As first written in the file' })
  value: string;

  @Field(() => Int, { description: 'Number of lines with this value' })
  count: number;

  @Field(() => ParticipationStatus, { nullable: true, description: 'null: no status we know, to map in statusValues' })
  status: ParticipationStatus | null;

  @Field({ description: 'Mapped by the input rather than recognised' })
  mapped: boolean;
}

@ObjectType({ description: 'The lines of a file, counted by what an import would do' })
export class ImportCounts {
  @Field(() => Int, { description: 'Data lines of the file' })
  rows: number;

  @Field(() => Int, { description: 'Lines a commit would import (outcome NEW, not skipped)' })
  ready: number;

  @Field(() => Int, { description: 'Lines whose person is already registered to the edition' })
  alreadyRegistered: number;

  @Field(() => Int, { description: 'Lines waiting for a choice (not skipped)' })
  ambiguous: number;

  @Field(() => Int, { description: 'Lines with errors (not skipped)' })
  errors: number;

  @Field(() => Int, { description: "Lines repeating an earlier line's person (skipped)" })
  duplicates: number;

  @Field(() => Int, { description: 'Lines already registered whose status the file changes' })
  statusChanges: number;
}

@ObjectType({ description: 'What importing a registration list would do, line by line: nothing is written' })
export class ImportPreview {
  @Field({ description: '"UTF-8", "UTF-8 (BOM)" or "windows-1252"' })
  encoding: string;

  @Field({ description: '",", ";" or a tab' })
  delimiter: string;

  @Field(() => [ImportColumn], { description: "The file's columns and the fields they are mapped to" })
  columns: ImportColumn[];

  @Field(() => ImportCounts, { description: 'The lines counted by outcome' })
  counts: ImportCounts;

  @Field(() => [ImportQuestionGroup], { description: 'The ambiguous lines by question, before any group answer' })
  questions: ImportQuestionGroup[];

  @Field(() => [ImportStatusValue], { description: 'The values of the status column (empty without one)' })
  statuses: ImportStatusValue[];

  @Field(() => [ImportRow], { description: 'Every data line, in file order' })
  rows: ImportRow[];
}

@ObjectType({ description: 'What a committed import did' })
export class ImportResult {
  @Field(() => ID, { nullable: true, description: 'The record of this import (participationImports), to undo it' })
  importId: string | null;

  @Field(() => Int, { description: 'Registrations created' })
  participationsCreated: number;

  @Field(() => Int, { description: 'Contacts created for people not known yet' })
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

@ObjectType({ description: 'What undoing an import did' })
export class UndoImportResult {
  @Field(() => ID, { description: 'The import undone' })
  importId: string;

  @Field(() => Int, { description: 'Registrations the import had created, deleted' })
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

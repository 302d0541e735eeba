import type * as Api from '@territoria/client';
import { ImportField } from '@territoria/domain';
import type { Fields, SomeFields } from '../../providers/records';

/**
 * The import wizard's data: what previewParticipationImport answers, and the choices made on its
 * rows turned into the API's resolutions. Kept apart from the page so the rules are tested alone.
 */

/** The columns a registration list may carry (the domain's list, in its order). */
export const IMPORT_FIELDS: readonly ImportField[] = Object.values(ImportField);

/** The API reads at most MAX_IMPORT_BYTES: a larger file is refused in the browser, before sending anything. */
export { MAX_IMPORT_BYTES } from '@territoria/domain';

/** A person or organisation proposed for a line: kinds and numbers, which importWording.ts words. */
export type ImportCandidate = Fields<Api.ImportCandidate, 'id' | 'kind' | 'name'> &
  SomeFields<
    Api.ImportCandidate,
    | 'collectivityKind'
    | 'departmentCode'
    | 'departmentName'
    | 'countryCode'
    | 'population'
    | 'acronym'
    | 'email'
    | 'positionTitle'
    | 'positionOrganisation'
  >;

/** A cell the API could not use: the field, a stable code, the cell as typed. */
export type ImportRowError = Fields<Api.ImportRowError, 'field' | 'code' | 'message'> & SomeFields<Api.ImportRowError, 'value'>;

export type ImportOutcome = Api.ImportRowOutcome;
export type ParticipationStatusValue = Api.ParticipationStatus;
/** What an ambiguous line asks: the lines asking the same are answered at once. */
export type ImportQuestion = Api.ImportQuestion;

export type ImportRow = Fields<
  Api.ImportRow,
  | 'line'
  | 'outcome'
  | 'civility'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'organisation'
  | 'jobTitle'
  | 'countryCode'
  | 'role'
  | 'contactMatch'
  | 'contactId'
  | 'organisationMatch'
  | 'collectivityId'
  | 'partnerId'
  | 'existingParticipationId'
  | 'duplicateOfLine'
> &
  /** The status the line gives; ALREADY_REGISTERED: the one stored now, and whether the file changes it. */
  SomeFields<Api.ImportRow, 'status' | 'currentStatus' | 'statusChange' | 'questions'> & {
    contactCandidates: ImportCandidate[];
    organisationCandidates: ImportCandidate[];
    errors: ImportRowError[];
    /** What did not block the line (a code matching nothing, the name deciding instead). */
    notices?: ImportRowError[];
  };

/** singleCandidate: the lines with one namesake, those "the known contact" settles. */
export type ImportQuestionGroup = Fields<Api.ImportQuestionGroup, 'question' | 'count' | 'lines' | 'singleCandidate'>;

/** A value of the status column: read as a status, or not (null), or mapped by the person. */
export type ImportStatusValue = Fields<Api.ImportStatusValue, 'value' | 'count' | 'status' | 'mapped'>;

export type ImportPreview = Fields<Api.ImportPreview, 'encoding' | 'delimiter'> & {
  columns: Fields<Api.ImportColumn, 'index' | 'header' | 'field' | 'sample'>[];
  counts: Fields<Api.ImportCounts, 'rows' | 'ready' | 'alreadyRegistered' | 'ambiguous' | 'errors' | 'duplicates'> &
    SomeFields<Api.ImportCounts, 'statusChanges'>;
  questions?: ImportQuestionGroup[];
  statuses?: ImportStatusValue[];
  rows: ImportRow[];
};

export type ImportResult = Fields<
  Api.ImportResult,
  'participationsCreated' | 'contactsCreated' | 'positionsCreated' | 'unchanged' | 'skipped'
> &
  SomeFields<Api.ImportResult, 'importId' | 'statusesUpdated'>;

/** A committed import of the edition, as participationImports lists it. */
export type ImportRecord = Fields<
  Api.ParticipationImport,
  | 'id'
  | 'fileName'
  | 'importedAt'
  | 'importedBy'
  | 'rows'
  | 'participationsCreated'
  | 'contactsCreated'
  | 'positionsCreated'
  | 'statusesUpdated'
  | 'unchanged'
  | 'skipped'
  | 'undoneAt'
  | 'undoneBy'
>;

export type UndoResult = Fields<
  Api.UndoImportResult,
  'importId' | 'participationsDeleted' | 'statusesRestored' | 'contactsDeleted' | 'contactsKept'
>;

/** A row's choices: a contact id or "NEW", an organisation candidate id or "NONE" (keep the name as typed), or skip. */
export interface RowChoice {
  contact?: string;
  organisation?: string;
  skip?: boolean;
}

export const NEW_CONTACT = 'NEW';
export const KEEP_NAME = 'NONE';

/** The outcomes the lines can be filtered by, "ALL" first. */
export const OUTCOME_FILTERS = ['ALL', 'NEW', 'AMBIGUOUS', 'ERROR', 'DUPLICATE', 'ALREADY_REGISTERED'] as const;
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number];

/** Lines per page of the preview: a list of thousands stays quick to display and to read. */
export const ROWS_PER_PAGE_OPTIONS = [25, 50, 100] as const;

/** The lines an outcome filter keeps, in the order they are shown. */
export function filterRows(ordered: readonly ImportRow[], filter: OutcomeFilter): ImportRow[] {
  return filter === 'ALL' ? [...ordered] : ordered.filter((row) => row.outcome === filter);
}

/** One page of lines (0-based), and the page actually shown when the list got shorter. */
export function pageOf<T>(rows: readonly T[], page: number, perPage: number): { rows: T[]; page: number } {
  const last = Math.max(0, Math.ceil(rows.length / perPage) - 1);
  const shown = Math.min(Math.max(page, 0), last);
  return { rows: rows.slice(shown * perPage, (shown + 1) * perPage), page: shown };
}

/**
 * The preview's counts once the person's choices are taken into account: a settled ambiguous
 * line is ready, a skipped line counts apart.
 */
export function countsWithChoices(rows: readonly ImportRow[], choices: Record<number, RowChoice>) {
  const counts = { ready: 0, alreadyRegistered: 0, ambiguous: 0, errors: 0, duplicates: 0, skipped: 0, statusChanges: 0 };
  for (const row of rows) {
    const choice = choices[row.line];
    if (choice?.skip && (row.outcome === 'AMBIGUOUS' || row.outcome === 'ERROR')) counts.skipped += 1;
    else if (row.outcome === 'NEW') counts.ready += 1;
    else if (row.outcome === 'AMBIGUOUS') counts[isSettled(row, choice) ? 'ready' : 'ambiguous'] += 1;
    else if (row.outcome === 'ERROR') counts.errors += 1;
    else if (row.outcome === 'DUPLICATE') counts.duplicates += 1;
    else counts.alreadyRegistered += 1;
    if (row.statusChange && !choice?.skip) counts.statusChanges += 1;
  }
  return counts;
}

/** How the console answers a whole group of lines. */
export type GroupAnswer = Api.ImportAnswer;

/** The answers that fit a question. */
export function answersOf(question: ImportQuestion): GroupAnswer[] {
  return question === 'SEVERAL_ORGANISATIONS' ? ['KEEP_NAME', 'SKIP'] : ['NEW_CONTACT', 'KNOWN_CONTACT', 'SKIP'];
}

/**
 * One answer for every line of a group, as the choices of each line (so that any line can still
 * be answered otherwise, alone): a new contact, the only namesake (lines with several keep their
 * question), the organisation kept as typed, or the line skipped. null: the group's answer is
 * withdrawn, its lines asking again.
 */
export function answerGroup(
  rows: readonly ImportRow[],
  group: ImportQuestionGroup,
  answer: GroupAnswer | null,
  choices: Record<number, RowChoice>,
): Record<number, RowChoice> {
  const next = { ...choices };
  const lines = new Set(group.lines);
  for (const row of rows) {
    if (!lines.has(row.line)) continue;
    const own = { ...next[row.line] };
    if (group.question === 'SEVERAL_ORGANISATIONS') delete own.organisation;
    else delete own.contact;
    delete own.skip;
    if (answer === 'SKIP') own.skip = true;
    else if (answer === 'KEEP_NAME') own.organisation = KEEP_NAME;
    else if (answer === 'NEW_CONTACT') own.contact = NEW_CONTACT;
    else if (answer === 'KNOWN_CONTACT' && row.contactCandidates.length === 1) own.contact = row.contactCandidates[0]!.id;
    next[row.line] = own;
  }
  return next;
}

/** The answer every line of a group has now, or null when they differ (answered one by one). */
export function groupAnswerOf(
  rows: readonly ImportRow[],
  group: ImportQuestionGroup,
  choices: Record<number, RowChoice>,
): GroupAnswer | null {
  const lines = new Set(group.lines);
  const answers = new Set<GroupAnswer | null>();
  for (const row of rows) {
    if (!lines.has(row.line)) continue;
    const choice = choices[row.line];
    if (choice?.skip) answers.add('SKIP');
    else if (group.question === 'SEVERAL_ORGANISATIONS') answers.add(choice?.organisation === KEEP_NAME ? 'KEEP_NAME' : null);
    else if (choice?.contact === NEW_CONTACT) answers.add('NEW_CONTACT');
    else if (choice?.contact) answers.add('KNOWN_CONTACT');
    // several namesakes: "the known contact" leaves it unanswered
    else if (row.contactCandidates.length > 1) continue;
    else answers.add(null);
  }
  return answers.size === 1 ? [...answers][0]! : null;
}

/** The status values mapped by the person → the API's statusValues. */
export function toStatusValues(mapping: Record<string, ParticipationStatusValue>) {
  return Object.entries(mapping).map(([value, status]) => ({ value, status }));
}

export function orderRows(rows: readonly ImportRow[]): ImportRow[] {
  const rank = (row: ImportRow) => (row.outcome === 'AMBIGUOUS' ? 0 : row.outcome === 'ERROR' ? 1 : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.line - b.line);
}

/** Which questions an ambiguous row asks: the person, the organisation, or both. */
export function questionsOf(row: ImportRow): { contact: boolean; organisation: boolean } {
  if (row.outcome !== 'AMBIGUOUS') return { contact: false, organisation: false };
  const contact = row.contactCandidates.length > 0 && !row.contactId;
  const organisation = row.organisationCandidates.length > 0 && !row.collectivityId && !row.partnerId;
  // an ambiguity the API did not place: ask about whatever has candidates
  if (!contact && !organisation) {
    return { contact: row.contactCandidates.length > 0, organisation: row.organisationCandidates.length > 0 };
  }
  return { contact, organisation };
}

/** Whether the row needs nothing more before the commit. */
export function isSettled(row: ImportRow, choice: RowChoice | undefined): boolean {
  if (row.outcome === 'ERROR') return choice?.skip === true;
  if (row.outcome !== 'AMBIGUOUS') return true;
  if (choice?.skip) return true;
  const questions = questionsOf(row);
  return (!questions.contact || Boolean(choice?.contact)) && (!questions.organisation || Boolean(choice?.organisation));
}

/** The choices → the API's ImportResolutionInput list (rows without a choice are left out). */
export function toResolutions(rows: readonly ImportRow[], choices: Record<number, RowChoice>) {
  const resolutions: Record<string, unknown>[] = [];
  for (const row of rows) {
    const choice = choices[row.line];
    if (!choice) continue;
    if (choice.skip) {
      resolutions.push({ line: row.line, skip: true });
      continue;
    }
    const resolution: Record<string, unknown> = { line: row.line };
    if (choice.contact === NEW_CONTACT) resolution.newContact = true;
    else if (choice.contact) resolution.contactId = choice.contact;
    if (choice.organisation === KEEP_NAME) resolution.noOrganisation = true;
    else if (choice.organisation) {
      const candidate = row.organisationCandidates.find((item) => item.id === choice.organisation);
      resolution[candidate?.kind === 'PARTNER' ? 'partnerId' : 'collectivityId'] = choice.organisation;
    }
    if (Object.keys(resolution).length > 1) resolutions.push(resolution);
  }
  return resolutions;
}

/** "countryCode", "COUNTRY", "country" → "COUNTRY": the column an error of a row is about. */
export function importFieldOf(field: string): ImportField | null {
  const upper = field.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  const aliases: Record<string, ImportField> = {
    COUNTRY_CODE: 'COUNTRY',
    ORGANISATION_NAME: 'ORGANISATION',
    EMAIL_ADDRESS: 'EMAIL',
  };
  const candidate = aliases[upper] ?? upper;
  return (IMPORT_FIELDS as readonly string[]).includes(candidate) ? (candidate as ImportField) : null;
}

/** ";" → "semicolon": the key of the separator's name. */
export function delimiterKey(delimiter: string): string | null {
  const keys: Record<string, string> = {
    ';': 'semicolon',
    ',': 'comma',
    '\t': 'tab',
    SEMICOLON: 'semicolon',
    COMMA: 'comma',
    TAB: 'tab',
  };
  return keys[delimiter] ?? keys[delimiter.toUpperCase()] ?? null;
}

/** The file's bytes as base64 (what the API takes), read by the browser. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

import { ImportField } from '@territoria/domain';

/**
 * The import wizard's data: what previewParticipationImport answers, and the choices made on its
 * rows turned into the API's resolutions. Kept apart from the page so the rules are tested alone.
 */

/** The columns a registration list may carry (the domain's list, in its order). */
export const IMPORT_FIELDS: readonly ImportField[] = Object.values(ImportField);

/** The API reads at most 5 MB: a larger file is refused in the browser, before sending anything. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportCandidate {
  id: string;
  kind: string;
  name: string;
  detail: string | null;
}

/** A cell the API could not use: the field, a stable code, the cell as typed. */
export interface ImportRowError {
  field: string;
  code: string;
  value?: string | null;
  message: string;
}

export interface ImportRow {
  line: number;
  outcome: 'NEW' | 'ALREADY_REGISTERED' | 'AMBIGUOUS' | 'ERROR' | 'DUPLICATE';
  civility: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  organisation: string | null;
  jobTitle: string | null;
  countryCode: string | null;
  role: string | null;
  contactMatch: string;
  contactId: string | null;
  contactCandidates: ImportCandidate[];
  organisationMatch: string;
  collectivityId: string | null;
  partnerId: string | null;
  organisationCandidates: ImportCandidate[];
  existingParticipationId: string | null;
  duplicateOfLine: number | null;
  errors: ImportRowError[];
}

export interface ImportPreview {
  encoding: string;
  delimiter: string;
  columns: { index: number; header: string; field: ImportField | null; sample: string | null }[];
  counts: { rows: number; ready: number; alreadyRegistered: number; ambiguous: number; errors: number; duplicates: number };
  rows: ImportRow[];
}

export interface ImportResult {
  participationsCreated: number;
  contactsCreated: number;
  positionsCreated: number;
  unchanged: number;
  skipped: number;
}

/** A row's choices: a contact id or "NEW", an organisation candidate id or "NONE" (keep the name as typed), or skip. */
export interface RowChoice {
  contact?: string;
  organisation?: string;
  skip?: boolean;
}

export const NEW_CONTACT = 'NEW';
export const KEEP_NAME = 'NONE';

/** The rows to decide first: the ambiguous, then those in error, then the rest, each by line. */
/** Lines shown at first beyond those to settle: a list of thousands stays quick to display. */
export const SETTLED_ROWS_SHOWN = 200;

/** The lines to display: every line to settle, then the first others unless all are asked for. */
export function visibleRows(ordered: readonly ImportRow[], showAll: boolean): { rows: ImportRow[]; hidden: number } {
  const toSettle = ordered.filter((row) => row.outcome === 'AMBIGUOUS' || row.outcome === 'ERROR');
  const others = ordered.filter((row) => row.outcome !== 'AMBIGUOUS' && row.outcome !== 'ERROR');
  const shown = showAll ? others : others.slice(0, SETTLED_ROWS_SHOWN);
  return { rows: [...toSettle, ...shown], hidden: others.length - shown.length };
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
  const aliases: Record<string, ImportField> = { COUNTRY_CODE: 'COUNTRY', ORGANISATION_NAME: 'ORGANISATION', EMAIL_ADDRESS: 'EMAIL' };
  const candidate = aliases[upper] ?? upper;
  return (IMPORT_FIELDS as readonly string[]).includes(candidate) ? (candidate as ImportField) : null;
}

/** ";" → "semicolon": the key of the separator's name. */
export function delimiterKey(delimiter: string): string | null {
  const keys: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', SEMICOLON: 'semicolon', COMMA: 'comma', TAB: 'tab' };
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

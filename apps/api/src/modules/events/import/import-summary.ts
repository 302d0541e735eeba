import { ParticipationStatus } from '@territoria/domain';
import { ImportMatch, ImportRowOutcome, type ImportCounts, type ImportStatusValue } from './dto/import.types.js';
import type { CsvTable } from './csv-reading.js';
import { parseStatus, statusKey } from './import-values.js';
import type { MatchedRow } from './row-matching.js';

/** The values of the status column a preview lists at most. */
const STATUS_VALUES_LISTED = 100;

/**
 * A line that keeps the file from being imported, as a refusal lists it: its line, its outcome,
 * the codes of its errors (which the console words), and an English sentence for API users.
 */
export function blockingLine(row: MatchedRow): { line: number; outcome: ImportRowOutcome; codes: string[]; message: string } {
  return { line: row.line, outcome: row.outcome, codes: row.errors.map((error) => error.code), message: blockingMessage(row) };
}

export function blockingMessage(row: MatchedRow): string {
  if (row.outcome === ImportRowOutcome.ERROR) return row.errors.map((error) => `${error.field}: ${error.message}`).join(' ');
  const choices = [
    row.contactMatch !== ImportMatch.EMAIL &&
    row.contactId === null &&
    row.contactCandidates.length > 0 &&
    row.contactMatch !== ImportMatch.NEW
      ? `the contact (${row.contactCandidates.length} people have this name)`
      : null,
    row.organisationCandidates.length > 1 &&
    row.collectivityId === null &&
    row.partnerId === null &&
    row.organisationName === null
      ? `the organisation (${row.organisationCandidates.length} are named "${row.organisation}")`
      : null,
  ].filter(Boolean);
  return `Choose ${choices.join(' and ') || 'among the candidates'}, or skip the line.`;
}

export function countRows(rows: MatchedRow[]): ImportCounts {
  const count = (outcome: ImportRowOutcome) => rows.filter((row) => !row.skipped && row.outcome === outcome).length;
  return {
    rows: rows.length,
    ready: count(ImportRowOutcome.NEW),
    alreadyRegistered: count(ImportRowOutcome.ALREADY_REGISTERED),
    ambiguous: count(ImportRowOutcome.AMBIGUOUS),
    errors: count(ImportRowOutcome.ERROR),
    duplicates: count(ImportRowOutcome.DUPLICATE),
    statusChanges: rows.filter((row) => !row.skipped && row.statusChange).length,
  };
}

/** The values of the status column, each once (as first written), with how they read. */
export function statusValues(
  table: CsvTable,
  mapping: (string | null)[],
  statusMapping: ReadonlyMap<string, ParticipationStatus>,
): ImportStatusValue[] {
  const column = mapping.indexOf('STATUS');
  if (column < 0) return [];
  const values = new Map<string, ImportStatusValue>();
  for (const row of table.rows) {
    const cell = row.cells[column] ?? '';
    const key = statusKey(cell);
    if (key === '') continue;
    const known = values.get(key);
    if (known) known.count += 1;
    else {
      const mapped = statusMapping.get(key);
      values.set(key, { value: cell, count: 1, status: mapped ?? parseStatus(cell) ?? null, mapped: mapped !== undefined });
    }
  }
  // the most frequent first; a column of free text is cut short (its lines say what they hold)
  return [...values.values()]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'fr'))
    .slice(0, STATUS_VALUES_LISTED);
}

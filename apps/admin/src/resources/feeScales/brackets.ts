import type * as Api from '@territoria/client';
import type { Fields } from '../../providers/records';
import { checkFeeScale, type FeeBracket } from '@territoria/domain';
import type { FieldProblem, Translate } from '../../providers/errors';
import type { OperationErrorBody } from '../../providers/operations';
import { formatCentsForCsv, parseEurosToCents } from '../../util/money';

/**
 * The fee scale editor's rows and their problems. A row is what the administrator typed (texts);
 * the API takes integers (populations, amounts in cents) and names a faulty bracket by its index
 * in the list sent: `brackets.<index>` (OVERLAP, GAP…), or `brackets.<index>.<field>` for an
 * input rule (a negative amount). Both land on the row at that index.
 */

export type FeeScale = Fields<Api.FeeScale, 'year' | 'dueOn' | 'version'> & {
  brackets: FeeBracket[];
};

export interface BracketRow {
  /** Stable React key. */
  key: string;
  minPopulation: string;
  maxPopulation: string;
  amount: string;
}

export type BracketCell = 'minPopulation' | 'maxPopulation' | 'amount';

export interface RowProblem {
  messages: string[];
  cells: BracketCell[];
}

export interface ScaleProblems {
  /** By row index. */
  rows: Record<number, RowProblem>;
  /** Problems of the other inputs (year, dueOn), by input. */
  fields: Record<string, string>;
  /** What to say above the form (a refusal that points at nothing, or a summary). */
  message?: string;
}

let nextKey = 0;
export const newRowKey = () => `row-${(nextKey += 1)}`;

const groupDigits = (value: number) => new Intl.NumberFormat('fr-FR').format(value).replace(/[\u202f\u00a0]/g, ' ');

export function rowsFromBrackets(brackets: readonly FeeBracket[]): BracketRow[] {
  return [...brackets]
    .sort((a, b) => a.minPopulation - b.minPopulation)
    .map((bracket) => ({
      key: newRowKey(),
      minPopulation: groupDigits(bracket.minPopulation),
      maxPopulation: bracket.maxPopulation === null ? '' : groupDigits(bracket.maxPopulation),
      amount: formatCentsForCsv(bracket.amountCents).replace(/,00$/, ''),
    }));
}

/** A new row continues the last one: it starts right after the last row's maximum. */
export function appendRow(rows: readonly BracketRow[]): BracketRow[] {
  const last = rows[rows.length - 1];
  const lastMax = last ? parsePopulation(last.maxPopulation) : null;
  const min = last ? (typeof lastMax === 'number' && !Number.isNaN(lastMax) ? groupDigits(lastMax + 1) : '') : '0';
  return [...rows, { key: newRowKey(), minPopulation: min, maxPopulation: '', amount: '' }];
}

/** "10 000" → 10000; "" → null; anything else → NaN. */
export function parsePopulation(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f.]/g, '');
  if (digits === '') return null;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** Where a problem shows on its row. */
const CELL_OF_CODE: Record<string, BracketCell> = {
  FIRST_BRACKET_NOT_ZERO: 'minPopulation',
  OVERLAP: 'minPopulation',
  GAP: 'minPopulation',
  EMPTY_BRACKET: 'maxPopulation',
  LAST_BRACKET_BOUNDED: 'maxPopulation',
  OPEN_BRACKET_NOT_LAST: 'maxPopulation',
  NEGATIVE_AMOUNT: 'amount',
};

const CELL_OF_FIELD: Record<string, BracketCell> = {
  minPopulation: 'minPopulation',
  maxPopulation: 'maxPopulation',
  amountCents: 'amount',
};

function translated(translate: Translate, keys: string[], fallback: string): string {
  for (const key of keys) {
    const text = translate(key, { _: '\u0000' });
    if (text && text !== '\u0000' && text !== key) return text;
  }
  return fallback;
}

function addRowProblem(problems: ScaleProblems, index: number, message: string, cell?: BracketCell) {
  const row = (problems.rows[index] ??= { messages: [], cells: [] });
  if (!row.messages.includes(message)) row.messages.push(message);
  if (cell && !row.cells.includes(cell)) row.cells.push(cell);
}

/**
 * The API's (or the console's own) field problems → problems by row, in the console's language.
 * `brackets.1` + OVERLAP → row 1: "Cette tranche chevauche la précédente…"; `brackets.0.amountCents`
 * + min → row 0, amount cell; `dueOn` → the due date input.
 */
export function scaleProblems(fieldProblems: readonly FieldProblem[], translate: Translate): ScaleProblems {
  const problems: ScaleProblems = { rows: {}, fields: {} };
  for (const problem of fieldProblems) {
    const path = problem.field.replace(/^input\./, '').split('.');
    if (path[0] === 'brackets' && path[1] !== undefined && /^\d+$/.test(path[1])) {
      const index = Number(path[1]);
      const field = path[2];
      const message = translated(
        translate,
        [`resources.feeScales.errors.${problem.code}`, `territoria.errors.fields.${problem.code}`],
        problem.message ?? problem.code,
      );
      addRowProblem(problems, index, message, field ? CELL_OF_FIELD[field] : CELL_OF_CODE[problem.code]);
    } else if (path[0] === 'brackets') {
      const message = translated(
        translate,
        [
          `resources.feeScales.errors.${problem.code === 'arrayMinSize' ? 'no_brackets' : problem.code}`,
          `territoria.errors.fields.${problem.code}`,
        ],
        problem.message ?? problem.code,
      );
      problems.message = problems.message ? `${problems.message} ${message}` : message;
    } else {
      const field = path[0] ?? problem.field;
      problems.fields[field] = translated(
        translate,
        [`territoria.errors.byField.${field}.${problem.code}`, `territoria.errors.fields.${problem.code}`],
        problem.message ?? problem.code,
      );
    }
  }
  return problems;
}

/** A refused setFeeScale → what the editor shows, row by row (HttpError from the data provider's runOperation). */
export function scaleErrorsFromApi(error: unknown, translate: Translate): ScaleProblems {
  const body = (error as { body?: Partial<OperationErrorBody> } | null)?.body;
  const problems = scaleProblems(body?.rawFields ?? [], translate);
  const hasDetails = Object.keys(problems.rows).length > 0 || Object.keys(problems.fields).length > 0;
  const message = (error as Error | null)?.message || translate('ra.notification.http_error');
  // BAD_USER_INPUT's message is "correct the fields shown": the rows say what is wrong
  if (!hasDetails || body?.code !== 'BAD_USER_INPUT')
    problems.message = problems.message ? `${message} ${problems.message}` : message;
  else problems.message ??= message;
  return problems;
}

/** The rows as the API takes them, or the problems that keep them from being sent (same rules as the API). */
export function bracketsFromRows(
  rows: readonly BracketRow[],
  translate: Translate,
): { brackets: FeeBracket[]; problems: ScaleProblems | null } {
  const problems: ScaleProblems = { rows: {}, fields: {} };
  const brackets: FeeBracket[] = [];
  rows.forEach((row, index) => {
    const min = parsePopulation(row.minPopulation);
    const max = parsePopulation(row.maxPopulation);
    const amount = parseEurosToCents(row.amount);
    if (min === null) addRowProblem(problems, index, translate('resources.feeScales.errors.required'), 'minPopulation');
    else if (Number.isNaN(min))
      addRowProblem(problems, index, translate('resources.feeScales.errors.population'), 'minPopulation');
    if (max !== null && Number.isNaN(max))
      addRowProblem(problems, index, translate('resources.feeScales.errors.population'), 'maxPopulation');
    if (amount === null) addRowProblem(problems, index, translate('resources.feeScales.errors.required'), 'amount');
    else if (Number.isNaN(amount)) addRowProblem(problems, index, translate('resources.feeScales.errors.amount'), 'amount');
    brackets.push({ minPopulation: min ?? Number.NaN, maxPopulation: max, amountCents: amount ?? Number.NaN });
  });
  if (rows.length === 0) problems.message = translate('resources.feeScales.errors.no_brackets');
  if (Object.keys(problems.rows).length > 0 || problems.message) return { brackets, problems };
  const rules = checkFeeScale(brackets).map((problem) => ({
    field: `brackets.${problem.index}`,
    code: problem.code,
    message: problem.message,
  }));
  return rules.length > 0 ? { brackets, problems: scaleProblems(rules, translate) } : { brackets, problems: null };
}

import { neutraliseSpreadsheetFormula } from '@territoria/domain';

/**
 * Small CSV writer for spreadsheet users: header row of human labels, quoted cells when needed,
 * and a byte order mark so Excel reads the accents as UTF-8. French Excel expects ";" as separator.
 */

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * Every cell of every export goes through here: text a spreadsheet would run as a formula
 * (=HYPERLINK(…), +…, -…, @…) gets a leading quote, by the same rule as the API's exports.
 */
export function csvCell(value: string | number | boolean | null | undefined, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseSpreadsheetFormula(value) : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], delimiter = ';'): string {
  const lines = [columns.map((column) => csvCell(column.header, delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((column) => csvCell(column.value(row), delimiter)).join(delimiter));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@territoria/domain';
import chardet from 'chardet';
import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { type ErrorReason, UserInputError } from '../../../common/errors/app-errors.js';

export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS };

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvRow {
  /** Line of the file where the row starts (the header is line 1 when the file starts with it). */
  line: number;
  /** Trimmed cells, as many as the header has (missing ones are ''). */
  cells: string[];
}

export interface CsvTable {
  encoding: string;
  delimiter: CsvDelimiter;
  headers: string[];
  rows: CsvRow[];
}

function fileError(code: ErrorReason, message: string, parts: Record<string, unknown> = {}): UserInputError {
  return UserInputError.forField('contentBase64', code, message, parts);
}

/** Decodes base64 after checking its alphabet and the size it decodes to. */
export function decodeBase64(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw fileError('BASE64', 'The file content is not valid base64.');
  }
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  const size = Math.floor((compact.length * 3) / 4) - padding;
  if (size > MAX_IMPORT_BYTES) {
    throw fileError(
      'FILE_TOO_LARGE',
      `The file is larger than 5 MB (${(size / 1024 / 1024).toFixed(1)} MB): split it into several files of at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows.`,
      { size, maximum: MAX_IMPORT_BYTES, maximumRows: MAX_IMPORT_ROWS },
    );
  }
  return Buffer.from(compact, 'base64');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text of the file: UTF-8 (with or without BOM) when the bytes are valid UTF-8, UTF-16 when it
 * says so with a BOM (Excel's "Unicode text"), otherwise Windows-1252, which is what a French
 * Excel writes as "CSV (séparateur : point-virgule)".
 */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw fileError('NOT_CSV', 'This is a spreadsheet workbook (.xlsx), not a CSV file: save it as CSV first.');
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    return { text: iconv.decode(bytes.subarray(2), encoding), encoding };
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: chardet tells a BOM-less UTF-16 file from a single-byte one; every single-byte
    // file is read as Windows-1252 (a superset of ISO-8859-1 for the letters French uses).
    const guess = chardet.detect(bytes);
    if (guess === 'UTF-16LE' || guess === 'UTF-16BE') return { text: iconv.decode(bytes, guess), encoding: guess };
    return { text: iconv.decode(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw fileError(
      'ENCODING',
      'The file starts with a UTF-8 byte order mark but is not valid UTF-8: save it again as "CSV UTF-8".',
    );
  }
}

/** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (started) break;
    } else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
    if (char.trim() !== '') started = true;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
  return best;
}

/** Reads a registration list: its encoding, separator, header and data rows (blank rows left out). */
export function readCsv(bytes: Buffer): CsvTable {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw fileError('NOT_CSV', 'The file holds binary data (NUL characters): it is not a CSV file.');
  }
  if (text.trim() === '') throw fileError('EMPTY_FILE', 'The file is empty.');
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    // One line ending everywhere (cells too): csv-parse counts lines right for "\n" only.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as never;
  } catch (error) {
    if (error instanceof CsvError) {
      throw fileError('CSV_FORMAT', `The file could not be read as CSV: ${error.message}`);
    }
    throw error;
  }
  const lines = records.map(({ record, info }) => {
    // info.lines is the line where the record ends; its raw text may start with skipped blank lines.
    const own = (info.raw ?? '').replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '');
    const inner = (own.match(/\n/g) ?? []).length;
    return { line: info.lines - inner, cells: record.map((cell) => cell.trim()) };
  });
  const nonBlank = lines.filter((row) => row.cells.some((cell) => cell !== ''));
  const header = nonBlank[0];
  if (!header) throw fileError('EMPTY_FILE', 'The file is empty.');
  const headers = header.cells;
  const rows = nonBlank.slice(1).map((row) => ({
    line: row.line,
    cells: headers.map((_, index) => row.cells[index] ?? ''),
  }));
  if (rows.length === 0) {
    throw fileError('NO_ROWS', 'The file has a header line but no registration under it.');
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError(
      'TOO_MANY_ROWS',
      `The file holds ${rows.length.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once: split it.`,
      { rows: rows.length, maximum: MAX_IMPORT_ROWS },
    );
  }
  return { encoding, delimiter, headers, rows };
}

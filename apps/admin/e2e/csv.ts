import { readFile } from 'node:fs/promises';
import { parseExportedCsv } from '../test/csv';

/** The rows of a CSV file the console exported, header first. */
export async function readExportedCsv(file: string): Promise<string[][]> {
  return parseExportedCsv(await readFile(file, 'utf8'));
}

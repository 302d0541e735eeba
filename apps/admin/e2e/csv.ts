import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

/** The rows of a CSV the console exported (UTF-8 with BOM, semicolons), header first. */
export async function readExportedCsv(file: string): Promise<string[][]> {
  return parse(await readFile(file, 'utf8'), { bom: true, delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
}

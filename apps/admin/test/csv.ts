import { parse } from 'csv-parse/sync';

/** The rows of a CSV the console exports (UTF-8 with BOM, ";" separated), header first, read as a spreadsheet would. */
export function parseExportedCsv(csv: string): string[][] {
  return parse(csv, { bom: true, delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
}

/** The dues export's header, as the accountant reads it in French. */
export const DUES_EXPORT_HEADER_FR = [
  'Collectivité',
  'Année',
  'Montant (€)',
  'Statut',
  'Facturée le',
  'Échéance',
  'Payée le',
  'Référence de paiement',
];

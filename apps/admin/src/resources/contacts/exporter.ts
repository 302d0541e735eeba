import { downloadCSV, type Exporter } from 'react-admin';
import type { Translate } from '../../providers/errors';
import { toCsv, type CsvColumn } from '../../util/csv';
import { formatDateTimeForCsv, formatDayForCsv } from '../../util/dates';
import { currentPositions, positionLabel, type Contact } from './fields';

const unique = (values: string[]) => [...new Set(values)];

/**
 * Spreadsheet columns: human labels, translated values, and organisations by name (never bare
 * ids): "Maire (Dijon)", the collectivities, the groups.
 */
export function contactCsvColumns(translate: Translate, locale: string): CsvColumn<Contact>[] {
  const label = (field: string) => translate(`resources.contacts.fields.${field}`);
  return [
    {
      header: label('civility'),
      value: (row) => (row.civility ? translate(`territoria.civilities.${row.civility}`, { _: row.civility }) : ''),
    },
    { header: label('firstName'), value: (row) => row.firstName },
    { header: label('lastName'), value: (row) => row.lastName },
    { header: label('email'), value: (row) => row.email },
    { header: label('phone'), value: (row) => row.phone },
    {
      header: label('consentStatus'),
      value: (row) => translate(`territoria.consentStatuses.${row.consentStatus}`, { _: row.consentStatus }),
    },
    { header: label('consentAt'), value: (row) => formatDayForCsv(row.consentAt, locale) },
    { header: label('consentSource'), value: (row) => row.consentSource },
    { header: label('currentPositions'), value: (row) => currentPositions(row).map(positionLabel).join(' | ') },
    {
      header: label('collectivities'),
      value: (row) =>
        unique(currentPositions(row).flatMap((position) => (position.collectivity ? [position.collectivity.name] : []))).join(
          ' | ',
        ),
    },
    { header: label('groups'), value: (row) => unique((row.groups ?? []).map((group) => group.name)).join(' | ') },
    { header: label('updatedAt'), value: (row) => formatDateTimeForCsv(row.updatedAt, locale) },
  ];
}

export function contactsToCsv(records: Contact[], translate: Translate, locale: string): string {
  return toCsv(records, contactCsvColumns(translate, locale), locale === 'en' ? ',' : ';');
}

export function createContactExporter(translate: Translate, locale: string): Exporter<Contact> {
  return (records) => {
    const date = new Date().toISOString().slice(0, 10);
    downloadCSV(contactsToCsv(records, translate, locale), `${translate('resources.contacts.export.filename')}-${date}`);
  };
}

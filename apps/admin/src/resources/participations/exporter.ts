import { downloadCSV, type Exporter } from 'react-admin';
import { countryName } from '../../i18n/countries';
import type { Translate } from '../../providers/errors';
import { toCsv, type CsvColumn } from '../../util/csv';
import { formatDateTimeForCsv } from '../../util/dates';
import type { Participation } from './fields';

/** Spreadsheet columns: French headers, roles, statuses and countries in words, names rather than ids. */
export function participationCsvColumns(translate: Translate, locale: string): CsvColumn<Participation>[] {
  const label = (field: string) => translate(`resources.participations.fields.${field}`);
  return [
    { header: translate('resources.participations.export.edition'), value: (row) => row.event?.title ?? '' },
    { header: label('displayName'), value: (row) => row.displayName },
    { header: label('organisationDisplayName'), value: (row) => row.organisationDisplayName },
    { header: label('role'), value: (row) => translate(`territoria.participationRoles.${row.role}`, { _: row.role }) },
    { header: label('status'), value: (row) => translate(`territoria.participationStatuses.${row.status}`, { _: row.status }) },
    { header: label('countryCode'), value: (row) => countryName(row.countryCode, locale) },
    { header: label('registeredAt'), value: (row) => formatDateTimeForCsv(row.registeredAt, locale) },
    { header: label('checkedInAt'), value: (row) => formatDateTimeForCsv(row.checkedInAt, locale) },
    { header: label('notes'), value: (row) => row.notes },
  ];
}

export function participationsToCsv(records: readonly Participation[], translate: Translate, locale: string): string {
  return toCsv(records, participationCsvColumns(translate, locale), locale === 'en' ? ',' : ';');
}

export function createParticipationExporter(translate: Translate, locale: string): Exporter<Participation> {
  return (records) => {
    const date = new Date().toISOString().slice(0, 10);
    downloadCSV(
      participationsToCsv(records, translate, locale),
      `${translate('resources.participations.export.filename')}-${date}`,
    );
  };
}

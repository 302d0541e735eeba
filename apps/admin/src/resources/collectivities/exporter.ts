import { downloadCSV, type Exporter } from 'react-admin';
import { countryName } from '../../i18n/countries';
import type { Translate } from '../../providers/errors';
import { toCsv, type CsvColumn } from '../../util/csv';
import { formatDateTimeForCsv } from '../../util/dates';
import type { Collectivity } from './fields';

function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const [year, month, day] = value.slice(0, 10).split('-');
  if (!year || !month || !day) return value;
  return locale === 'en' ? value.slice(0, 10) : `${day}/${month}/${year}`;
}

/** Spreadsheet columns: human labels as headers, human values (kind labels, département names). */
export function collectivityCsvColumns(translate: Translate, locale: string): CsvColumn<Collectivity>[] {
  const label = (field: string) => translate(`resources.collectivities.fields.${field}`);
  const yesNo = (value: boolean) => translate(`resources.collectivities.export.${value ? 'yes' : 'no'}`);
  return [
    { header: label('name'), value: (row) => row.name },
    { header: label('kind'), value: (row) => translate(`territoria.kinds.${row.kind}`, { _: row.kind }) },
    { header: label('inseeCode'), value: (row) => row.inseeCode },
    { header: label('siren'), value: (row) => row.siren },
    { header: label('department'), value: (row) => row.department?.name ?? '' },
    { header: label('departmentCode'), value: (row) => row.departmentCode },
    { header: label('region'), value: (row) => row.region?.name ?? '' },
    { header: label('countryCode'), value: (row) => countryName(row.countryCode, locale) },
    { header: label('postalCodes'), value: (row) => (row.postalCodes ?? []).join(', ') },
    { header: label('population'), value: (row) => row.population },
    {
      header: label('membershipStatus'),
      value: (row) => translate(`territoria.membershipStatuses.${row.membershipStatus}`, { _: row.membershipStatus }),
    },
    { header: label('memberSince'), value: (row) => formatDate(row.memberSince, locale) },
    { header: label('memberUntil'), value: (row) => formatDate(row.memberUntil, locale) },
    { header: label('address'), value: (row) => row.address },
    { header: label('website'), value: (row) => row.website },
    { header: label('email'), value: (row) => row.email },
    { header: label('phone'), value: (row) => row.phone },
    { header: label('notes'), value: (row) => row.notes },
    { header: label('fromReferential'), value: (row) => yesNo(row.fromReferential) },
    { header: label('updatedAt'), value: (row) => formatDateTimeForCsv(row.updatedAt, locale) },
  ];
}

export function collectivitiesToCsv(records: Collectivity[], translate: Translate, locale: string): string {
  return toCsv(records, collectivityCsvColumns(translate, locale), locale === 'en' ? ',' : ';');
}

export function createCollectivityExporter(translate: Translate, locale: string): Exporter<Collectivity> {
  return (records) => {
    const date = new Date().toISOString().slice(0, 10);
    downloadCSV(
      collectivitiesToCsv(records, translate, locale),
      `${translate('resources.collectivities.export.filename')}-${date}`,
    );
  };
}

import { downloadCSV, type Exporter } from 'react-admin';
import type { Translate } from '../../providers/errors';
import { toCsv, type CsvColumn } from '../../util/csv';
import { formatCentsForCsv } from '../../util/money';
import type { MembershipFee } from './fields';

/** "2021-04-02" → "02/04/2021" (French spreadsheets), or as is in English. */
function csvDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return locale === 'en' ? `${match[1]}-${match[2]}-${match[3]}` : `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * The accountant's columns: Collectivité, Année, Montant (€) "1 234,56", Statut in words,
 * Facturée le, Échéance, Payée le, Référence de paiement. Names, never ids.
 */
export function membershipFeeCsvColumns(translate: Translate, locale: string): CsvColumn<MembershipFee>[] {
  const label = (field: string) => translate(`resources.membershipFees.fields.${field}`);
  return [
    { header: label('collectivity'), value: (row) => row.collectivity?.name ?? '' },
    { header: label('year'), value: (row) => row.year },
    { header: translate('resources.membershipFees.export.amount'), value: (row) => formatCentsForCsv(row.amountCents) },
    { header: label('status'), value: (row) => translate(`territoria.feeStatuses.${row.status}`, { _: row.status }) },
    { header: label('invoicedOn'), value: (row) => csvDay(row.invoicedOn, locale) },
    { header: label('dueOn'), value: (row) => csvDay(row.dueOn, locale) },
    { header: label('paidOn'), value: (row) => csvDay(row.paidOn, locale) },
    { header: label('paymentReference'), value: (row) => row.paymentReference },
  ];
}

/** French spreadsheets take ";" (the amounts hold a decimal comma). */
export function membershipFeesToCsv(records: readonly MembershipFee[], translate: Translate, locale: string): string {
  return toCsv(records, membershipFeeCsvColumns(translate, locale), ';');
}

export function createMembershipFeeExporter(translate: Translate, locale: string, year?: number | null): Exporter<MembershipFee> {
  return (records) => {
    const date = new Date().toISOString().slice(0, 10);
    const name = translate('resources.membershipFees.export.filename');
    downloadCSV(membershipFeesToCsv(records, translate, locale), year ? `${name}-${year}-${date}` : `${name}-${date}`);
  };
}

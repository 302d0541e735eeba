import { describe, expect, it } from '@jest/globals';
import { DUES_EXPORT_HEADER_FR, parseExportedCsv } from '../../../test/csv';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { membershipFeesToCsv } from './exporter';
import { dijonFee } from '../../../test/collectivityFixtures';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

const fee = dijonFee;

const ROWS = [
  fee({}),
  fee({
    id: 'f2',
    amountCents: 123456,
    status: 'LATE',
    paidOn: null,
    paymentReference: null,
    collectivity: { id: 'c-beaune', name: 'Beaune; Côte-d’Or', population: 20000 },
  }),
  fee({
    id: 'f3',
    amountCents: 30000,
    status: 'WAIVED',
    paidOn: null,
    paymentReference: null,
    waiverReason: 'Crise',
    collectivity: { id: 'c3', name: 'Talant', population: 9999 },
  }),
  fee({
    id: 'f4',
    amountCents: 30000,
    status: 'INVOICED',
    paidOn: null,
    paymentReference: null,
    dueOn: '2027-03-31',
    collectivity: { id: 'c4', name: '=HYPERLINK("x")', population: 1 },
  }),
];

describe('dues CSV for the accountant', () => {
  const csv = membershipFeesToCsv(ROWS, translate, 'fr');
  const [header, ...lines] = parseExportedCsv(csv);

  it('has French headers, a BOM for Excel, ";" separators', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual(DUES_EXPORT_HEADER_FR);
  });

  it('writes names (not ids), French amounts and dates, statuses in French', () => {
    expect(lines[0]).toEqual(['Dijon', '2021', '4 500,00', 'Payée', '15/01/2021', '31/03/2021', '02/04/2021', 'VIR-2021-0042']);
    expect(lines[1]).toEqual(['Beaune; Côte-d’Or', '2021', '1 234,56', 'En retard', '15/01/2021', '31/03/2021', '', '']);
    expect(lines.map((line) => line[3])).toEqual(['Payée', 'En retard', 'Exonérée', 'Facturée']);
    expect(csv).not.toContain('c-dijon');
  });

  it('quotes cells holding the separator, and neutralises formulas', () => {
    expect(csv).toContain('"Beaune; Côte-d’Or"');
    expect(lines[3]![0]).toBe('\'=HYPERLINK("x")');
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseExportedCsv } from '../../../test/csv';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { participationsToCsv } from './exporter';
import type { Participation } from './fields';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

const participation = (overrides: Partial<Participation>): Participation => ({
  id: 'pa1',
  eventId: 'e12',
  contactId: 'c1',
  collectivityId: 'col-dijon',
  partnerId: null,
  organisationName: null,
  displayName: 'M. François Rebsamen',
  organisationDisplayName: 'Dijon',
  role: 'SPEAKER',
  status: 'ATTENDED',
  countryCode: 'FR',
  registeredAt: '2021-05-03T08:00:00.000Z',
  checkedInAt: '2021-06-29T07:42:00.000Z',
  notes: null,
  version: 2,
  createdAt: '2021-05-03T08:00:00.000Z',
  updatedAt: '2021-06-29T07:42:00.000Z',
  event: { id: 'e12', title: '12es Rencontres de l’AICT', year: 2021, editionNumber: 12 },
  ...overrides,
});

describe('participants CSV export', () => {
  const rows = [
    participation({}),
    participation({
      id: 'pa2',
      contactId: null,
      collectivityId: null,
      organisationName: 'Ambassade du Mali en France',
      displayName: 'Ambassade du Mali en France',
      organisationDisplayName: 'Ambassade du Mali en France',
      role: 'EMBASSY',
      status: 'REGISTERED',
      countryCode: 'ML',
      checkedInAt: null,
    }),
    participation({
      id: 'pa3',
      displayName: '=HYPERLINK("http://evil","x")',
      organisationDisplayName: '+33 cmd|calc',
      notes: '@SUM(A1)',
      role: 'ATTENDEE',
      status: 'CANCELLED',
      checkedInAt: null,
    }),
  ];
  const csv = participationsToCsv(rows, translate, 'fr');
  const [header, ...lines] = parseExportedCsv(csv);

  it('has French headers, a BOM for Excel and ";" separators', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toEqual([
      'Édition',
      'Participant(e)',
      'Organisation',
      'Rôle',
      'Statut',
      'Pays',
      'Inscrit(e) le',
      'Arrivé(e) le',
      'Notes',
    ]);
  });

  it('writes roles, statuses and countries in French, dates in Paris time, names rather than ids', () => {
    expect(lines[0]).toEqual([
      '12es Rencontres de l’AICT',
      'M. François Rebsamen',
      'Dijon',
      'Intervenant(e)',
      'Présent(e)',
      'France',
      '03/05/2021 10:00',
      '29/06/2021 09:42',
      '',
    ]);
    expect(lines[1]!.slice(1, 6)).toEqual([
      'Ambassade du Mali en France',
      'Ambassade du Mali en France',
      'Ambassade',
      'Inscrit(e)',
      'Mali',
    ]);
    expect(lines[2]![4]).toBe('Annulé(e)');
    for (const id of ['pa1', 'col-dijon', 'e12']) expect(csv).not.toContain(id);
  });

  it('neutralises spreadsheet formulas', () => {
    expect(lines[2]![1]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(lines[2]![2]).toBe("'+33 cmd|calc");
    expect(lines[2]![8]).toBe("'@SUM(A1)");
    expect(csv).not.toMatch(/(^|;)=HYPERLINK/m);
  });
});

import { describe, expect, it } from '@jest/globals';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { contactsToCsv } from './exporter';
import type { Contact } from './fields';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

const jeanne: Contact = {
  id: '0b6f6a0e-7a7e-4b0e-9d1e-1c2d3e4f5a6b',
  civility: 'MS',
  firstName: 'Jeanne',
  lastName: 'Martin',
  email: 'jeanne.martin@dijon.fr',
  phone: '03 80 74 51 51',
  consentStatus: 'GIVEN',
  consentAt: '2025-03-12T13:05:00.000Z',
  consentSource: 'Formulaire',
  erasedAt: null,
  version: 2,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-03-12T13:05:00.000Z',
  positions: [
    {
      id: 'pos1',
      title: 'Maire',
      kind: 'ELECTED',
      startedOn: '2020-07-03',
      endedOn: null,
      current: true,
      version: 1,
      collectivityId: 'c-dijon',
      collectivity: { id: 'c-dijon', name: 'Dijon' },
    },
    {
      id: 'pos2',
      title: 'Présidente',
      kind: 'ELECTED',
      startedOn: '2020-07-15',
      endedOn: null,
      current: true,
      version: 1,
      collectivityId: 'c-metro',
      collectivity: { id: 'c-metro', name: 'Dijon Métropole' },
    },
    {
      id: 'pos3',
      title: 'Conseillère régionale',
      kind: 'ELECTED',
      startedOn: '2015-12-01',
      endedOn: '2021-06-30',
      current: false,
      version: 3,
      collectivityId: 'c-bfc',
      collectivity: { id: 'c-bfc', name: 'Bourgogne-Franche-Comté' },
    },
  ],
  groups: [
    { id: 'g1', kind: 'COUNTRY', name: 'Groupe-pays Mali' },
    { id: 'g2', kind: 'THEMATIC', name: 'Eau et assainissement' },
  ],
};

describe('contacts CSV export', () => {
  it('names organisations and groups (never bare ids), with French headers and values', () => {
    const csv = contactsToCsv([jeanne], translate, 'fr');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(';')).toEqual([
      'Civilité',
      'Prénom',
      'Nom',
      'Adresse électronique',
      'Téléphone',
      'Consentement',
      'Consentement donné ou retiré le',
      'Source du consentement',
      'Fonctions en cours',
      'Collectivités',
      'Groupes',
      'Modifié le',
    ]);
    const cells = row!.split(';');
    expect(cells.slice(0, 11)).toEqual([
      'Mme',
      'Jeanne',
      'Martin',
      'jeanne.martin@dijon.fr',
      '03 80 74 51 51',
      'Donné',
      '12/03/2025',
      'Formulaire',
      'Maire (Dijon) | Présidente (Dijon Métropole)',
      'Dijon | Dijon Métropole',
      'Groupe-pays Mali | Eau et assainissement',
    ]);
    // a past position is not current; no id anywhere
    expect(csv).not.toContain('Bourgogne-Franche-Comté');
    for (const id of [jeanne.id, 'c-dijon', 'c-metro', 'g1', 'g2']) expect(csv).not.toContain(id);
  });

  it('neutralises spreadsheet formulas in every cell (the shared CSV writer)', () => {
    const evil: Contact = {
      ...jeanne,
      firstName: '@SUM(A1:A9)',
      lastName: '=HYPERLINK("http://evil","x")',
      consentSource: '-2+3',
      positions: [],
      groups: [],
    };
    const csv = contactsToCsv([evil], translate, 'fr');
    const [, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    // quoted because of the inner quotes: the cell reads '=HYPERLINK("http://evil","x") in a spreadsheet
    expect(row).toContain(';"\'=HYPERLINK(""http://evil"",""x"")";');
    expect(row).toContain(";'@SUM(A1:A9);");
    expect(row).toContain(";'-2+3;");
    expect(row).not.toMatch(/(^|;)=HYPERLINK/);
  });

  it('uses commas and English labels in English', () => {
    const english = createI18nProvider('en');
    const csv = contactsToCsv([jeanne], (key, options) => english.translate(key, options), 'en');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.startsWith('Title,First name,Last name,Email address')).toBe(true);
    expect(row).toContain('Ms,Jeanne,Martin');
    expect(row).toContain(',Given,2025-03-12,');
  });
});

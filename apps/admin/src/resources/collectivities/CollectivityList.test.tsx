import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DataProvider, GetListParams } from 'react-admin';
import { signedInAs } from '../../../test/fakeAuth';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { collectivitiesToCsv } from './exporter';
import type { Collectivity } from './fields';

const loire = { id: '42', name: 'Loire', inseeCode: '42' };
const auvergne = { id: '84', name: 'Auvergne-Rhône-Alpes', inseeCode: '84' };

const record = (overrides: Partial<Collectivity>): Collectivity => ({
  id: '1',
  name: 'Saint-Étienne',
  kind: 'COMMUNE',
  countryCode: 'FR',
  inseeCode: '42218',
  siren: '214202186',
  regionCode: '84',
  departmentCode: '42',
  postalCodes: ['42000', '42100'],
  population: 171924,
  address: null,
  website: null,
  email: null,
  phone: null,
  membershipStatus: 'MEMBER',
  memberSince: '2021-01-15',
  memberUntil: null,
  notes: null,
  fromReferential: true,
  version: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T10:30:00.000Z',
  region: auvergne,
  department: loire,
  ...overrides,
});

const ROWS = [
  record({}),
  record({
    id: '2',
    name: 'Saint-Étienne Métropole',
    kind: 'METROPOLIS',
    inseeCode: null,
    siren: '244200770',
    population: 404000,
    membershipStatus: 'PROSPECT',
  }),
];

/** A fake data provider (the component test checks rendering, not the API). */
function fakeDataProvider() {
  const getList = jest.fn(async (_resource: string, params: GetListParams) => {
    const kinds = params.filter?.kind as string[] | undefined;
    if (kinds?.includes('REGION')) return { data: [{ ...auvergne, kind: 'REGION' }], total: 1 };
    if (kinds?.includes('DEPARTMENT')) return { data: [{ ...loire, kind: 'DEPARTMENT' }], total: 1 };
    return { data: ROWS, total: 36512 };
  });
  const unused = () => Promise.reject(new Error('not used in this test'));
  const dataProvider = {
    getList,
    getOne: unused,
    getMany: async () => ({ data: [] }),
    getManyReference: unused,
    create: unused,
    update: unused,
    updateMany: unused,
    delete: unused,
    deleteMany: unused,
  } as unknown as DataProvider;
  return { dataProvider, getList };
}

describe('CollectivityList', () => {
  beforeEach(() => {
    window.location.hash = '#/collectivities';
    localStorage.clear();
  });
  afterEach(cleanup);

  it('shows the collectivities with French labels, human values and French number formatting', async () => {
    const { dataProvider, getList } = fakeDataProvider();
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);

    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    await within(table).findByText('Saint-Étienne Métropole');

    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent?.trim());
    // the first column selects rows, for the "Ajouter au groupe…" bulk action
    expect(headers).toEqual(['', 'Nom', 'Type', 'Code INSEE', 'Département', 'Population', 'Adhésion']);

    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getByText('Saint-Étienne')).toBeTruthy();
    expect(within(firstRow).getByText('Commune')).toBeTruthy();
    expect(within(firstRow).getByText('Loire (42)')).toBeTruthy();
    expect(within(firstRow).getByText('Adhérent')).toBeTruthy();
    // 171 924 with the French thousands separator (narrow no-break space)
    expect(within(firstRow).getByText(/^171\s924$/u)).toBeTruthy();

    const secondRow = within(table).getAllByRole('row')[2]!;
    expect(within(secondRow).getByText('Métropole')).toBeTruthy();
    expect(within(secondRow).getByText('Prospect')).toBeTruthy();

    expect(screen.getByText('Collectivités', { selector: 'h6, span, h1, h2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /exporter/i })).toBeTruthy();
    expect(screen.getByPlaceholderText('Nom, INSEE, SIREN ou code postal')).toBeTruthy();

    // default order: relevance (best match while searching, by name otherwise), 25 per page
    const listCall = getList.mock.calls.find(([, params]) => !params.filter?.kind);
    expect(listCall?.[1]).toMatchObject({ sort: { field: 'relevance', order: 'ASC' }, pagination: { page: 1, perPage: 25 } });
  });

  it('sends the search box as the q filter', async () => {
    const { dataProvider, getList } = fakeDataProvider();
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const search = await screen.findByPlaceholderText('Nom, INSEE, SIREN ou code postal', {}, { timeout: 10000 });
    await act(async () => {
      fireEvent.change(search, { target: { value: 'saint etienne' } });
    });
    await waitFor(() => expect(getList.mock.calls.some(([, params]) => params.filter?.q === 'saint etienne')).toBe(true), {
      timeout: 5000,
    });
  });
});

describe('CSV export', () => {
  it('uses French headers and human values', () => {
    const i18n = createI18nProvider('fr');
    const csv = collectivitiesToCsv(ROWS, (key, options) => i18n.translate(key, options), 'fr');
    const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header?.split(';').slice(0, 11)).toEqual([
      'Nom',
      'Type',
      'Code INSEE',
      'SIREN',
      'Département',
      'Code département',
      'Région',
      'Pays',
      'Codes postaux',
      'Population',
      'Adhésion',
    ]);
    expect(first?.split(';').slice(0, 12)).toEqual([
      'Saint-Étienne',
      'Commune',
      '42218',
      '214202186',
      'Loire',
      '42',
      'Auvergne-Rhône-Alpes',
      'France',
      '42000, 42100',
      '171924',
      'Adhérent',
      '15/01/2021',
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });
});

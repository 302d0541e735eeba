import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { award, participation } from '../../../test/eventFixtures';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { contactRecord } from '../../../test/recordFixtures';
import { bodyRows } from '../../../test/tables';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import type { Role } from '../../providers/authProvider';

const dijon = {
  id: 'c1',
  name: 'Dijon',
  kind: 'COMMUNE',
  countryCode: 'FR',
  inseeCode: '21231',
  membershipStatus: 'MEMBER',
  version: 3,
  groups: [],
  cooperations: [],
};

const rebsamen = contactRecord('François', 'Rebsamen', { civility: 'MR' });

const cancelled = {
  ...participation,
  id: 'pa0',
  event: { id: 'e11', editionNumber: 11, year: 2019, title: 'Rencontres 2019' },
  eventId: 'e11',
  contactId: null,
  displayName: 'Dijon',
  role: 'FOREIGN_DELEGATION',
  status: 'CANCELLED',
  checkedInAt: null,
};

const provider = () =>
  fakeDataProvider({
    records: { collectivities: dijon, contacts: rebsamen },
    lists: {
      participationHistory: (params) => (params.target === 'contactId' ? [participation] : [participation, cancelled]),
      labelAwards: [award],
    },
    operations: { membersInArrears: [] },
  });

const open = (hash: string, role: Role) => {
  const dataProvider = provider();
  window.location.hash = hash;
  render(<App dataProvider={dataProvider} authProvider={signedInAs(role)} i18nProvider={createI18nProvider('fr')} />);
  return dataProvider;
};

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

describe('participation in the Rencontres', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("lists a collectivity's participations (edition, person, role, status in French, check-in) and its labels", async () => {
    open('#/collectivities/c1/show', 'STAFF');
    const section = await screen.findByTestId('collectivity-events', {}, { timeout: 15000 });
    expect(within(section).getByText('Participation aux Rencontres')).toBeTruthy();
    const rows = bodyRows(await within(section).findByTestId('participation-history'));
    expect(rows).toHaveLength(2);
    const edition = await within(rows[0]!).findByRole('link', { name: /^2021 — Rencontres de l'action internationale/ });
    expect(edition.getAttribute('href')).toBe('#/events/e12/show');
    expect(within(rows[0]!).getByRole('link', { name: 'M. François Rebsamen' }).getAttribute('href')).toBe('#/contacts/p1/show');
    expect(within(rows[0]!).getByText('Intervenant(e)')).toBeTruthy();
    expect(within(rows[0]!).getByText('Présent(e)')).toBeTruthy();
    expect(within(rows[0]!).getByText(/29\/06\/2021/)).toBeTruthy();
    // an organisation without a person, cancelled
    expect(within(rows[1]!).getByText('Délégation étrangère')).toBeTruthy();
    expect(within(rows[1]!).getByText('Annulé(e)')).toBeTruthy();
    const labels = await within(section).findByTestId('collectivity-label-awards');
    expect(within(labels).getByText('Territoires unis et solidaires face aux crises')).toBeTruthy();
    expect(within(labels).getByText('Pour sa solidarité avec les collectivités libanaises')).toBeTruthy();
  }, 30000);

  it('shows a group president the participations of his member, read-only: no edition page, no labels', async () => {
    const dataProvider = open('#/collectivities/c1/show', 'GROUP_PRESIDENT');
    const section = await screen.findByTestId('collectivity-events', {}, { timeout: 15000 });
    const rows = bodyRows(await within(section).findByTestId('participation-history'));
    expect(within(rows[0]!).getByText(/^2021 — Rencontres de l'action internationale/)).toBeTruthy();
    await settle();
    expect(within(rows[0]!).queryByRole('link', { name: /^2021/ })).toBeNull();
    expect(within(section).queryByTestId('collectivity-label-awards')).toBeNull();
    expect(dataProvider.getManyReference).not.toHaveBeenCalledWith('labelAwards', expect.anything());
    expect(screen.queryByRole('menuitem', { name: 'Rencontres' })).toBeNull();
  }, 30000);

  it("lists a contact's participations with the organisation represented", async () => {
    open('#/contacts/p1/show/rencontres', 'STAFF');
    const table = await screen.findByTestId('participation-history', {}, { timeout: 15000 });
    const [row] = bodyRows(table);
    expect(bodyRows(table)).toHaveLength(1);
    expect(within(row!).getByText('Dijon')).toBeTruthy();
    expect(within(row!).getByText('Intervenant(e)')).toBeTruthy();
    await waitFor(() => expect(within(row!).getByRole('link').getAttribute('href')).toBe('#/events/e12/show'));
  }, 30000);
});

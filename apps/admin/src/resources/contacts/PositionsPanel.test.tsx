import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { AdminContext, RecordContextProvider } from 'react-admin';
import { MemoryRouter } from 'react-router-dom';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { i18nProvider } from '../../i18n/i18nProvider';
import type { Contact, Position } from './fields';
import { PositionsPanel } from './PositionsPanel';

const position = (overrides: Partial<Position>): Position => ({
  id: 'p',
  title: 'Maire',
  kind: 'ELECTED',
  startedOn: '2020-07-03',
  endedOn: null,
  current: true,
  version: 1,
  collectivityId: 'dijon',
  collectivity: { id: 'dijon', name: 'Dijon' },
  ...overrides,
});

const CONTACT = {
  id: 'c1',
  firstName: 'Nathalie',
  lastName: 'Koenders',
  version: 1,
  positions: [
    position({ id: 'p1', title: 'Adjointe aux relations internationales' }),
    position({
      id: 'p0',
      title: 'Conseillère municipale',
      kind: 'ELECTED',
      startedOn: '2014-04-04',
      endedOn: '2020-07-02',
      current: false,
    }),
  ],
} as unknown as Contact;

const renderPanel = (role: 'STAFF' | 'ADMIN') =>
  render(
    <MemoryRouter>
      <AdminContext dataProvider={fakeDataProvider()} i18nProvider={i18nProvider} authProvider={signedInAs(role)}>
        <RecordContextProvider value={CONTACT}>
          <PositionsPanel />
        </RecordContextProvider>
      </AdminContext>
    </MemoryRouter>,
  );

describe("a contact's positions", () => {
  it('shows current and past mandates with their organisation and French dates; staff end the current one', async () => {
    renderPanel('STAFF');
    const current = await screen.findByTestId('current-positions');
    expect(await within(current).findByRole('button', { name: 'Terminer' })).toBeTruthy();
    const [header, row] = within(current).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Intitulé', 'Type', 'Collectivité', 'Début', 'Fin', '']);
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Adjointe aux relations internationales', 'Élu(e)', 'Dijon', '3 juillet 2020', '—', 'Terminer']);
    expect(within(row!).getByRole('link', { name: 'Dijon' }).getAttribute('href')).toBe('/collectivities/dijon/show');

    const past = screen.getByTestId('past-positions');
    expect(
      within(past)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Conseillère municipale', 'Élu(e)', 'Dijon', '4 avril 2014', '2 juillet 2020']);
  });
});

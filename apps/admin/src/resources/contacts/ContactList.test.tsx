import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { bodyRows } from '../../../test/tables';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';

/** A contact as the list reads it, with a current position and a group (nested fields of the list's query). */
const contact = (index: number) => ({
  id: `p${index}`,
  civility: 'MRS',
  firstName: `Marie${index}`,
  lastName: 'Martin',
  email: `marie${index}@dijon.fr`,
  phone: null,
  consentStatus: 'GIVEN',
  erasedAt: null,
  version: 1,
  positions: [
    {
      id: `pos${index}`,
      title: 'Adjointe',
      kind: 'ELECTED',
      current: true,
      startedOn: '2020-07-01',
      endedOn: null,
      collectivityId: 'c1',
      collectivity: { id: 'c1', name: 'Dijon' },
    },
  ],
  groups: [{ id: 'g1', kind: 'COUNTRY', name: 'Groupe pays Liban' }],
});

describe('the contacts list', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/contacts';
  });
  afterEach(cleanup);

  it('reads a page of contacts with their positions and groups in one request, not one per row', async () => {
    const dataProvider = fakeDataProvider({ lists: { contacts: Array.from({ length: 25 }, (_, index) => contact(index)) } });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    await screen.findAllByText('Groupe pays Liban', {}, { timeout: 15000 });
    expect(bodyRows(screen.getByRole('table'))).toHaveLength(25);
    expect(dataProvider.getList.mock.calls.filter(([resource]) => resource === 'contacts')).toHaveLength(1);
    expect(dataProvider.getMany).not.toHaveBeenCalled();
    expect(dataProvider.getManyReference).not.toHaveBeenCalled();
    expect(dataProvider.getOne).not.toHaveBeenCalled();
  }, 30000);
});

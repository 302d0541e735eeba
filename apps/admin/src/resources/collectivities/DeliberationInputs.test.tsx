import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DataProvider, UpdateParams } from 'react-admin';
import { signedInAs } from '../../../test/fakeAuth';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { buildUpdateInput } from '../../providers/buildQuery';
import { RESOURCES } from '../../providers/resourceTable';

const beaune = {
  id: 'c2',
  name: 'Beaune',
  kind: 'COMMUNE',
  countryCode: 'FR',
  inseeCode: '21054',
  siren: '212100549',
  regionCode: null,
  departmentCode: null,
  postalCodes: ['21200'],
  population: 20352,
  address: null,
  website: null,
  email: null,
  phone: null,
  membershipStatus: 'PROSPECT',
  memberSince: null,
  memberUntil: null,
  notes: null,
  fromReferential: false,
  version: 7,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-02T10:30:00.000Z',
  region: null,
  department: null,
};

function fakeDataProvider() {
  return {
    getOne: jest.fn(async () => ({ data: beaune })),
    getList: jest.fn(async () => ({ data: [], total: 0 })),
    getMany: jest.fn(async () => ({ data: [] })),
    getManyReference: jest.fn(async () => ({ data: [], total: 0 })),
    update: jest.fn(async (_resource: string, params: UpdateParams) => ({ data: { ...beaune, ...params.data, version: 8 } })),
    create: jest.fn(),
    delete: jest.fn(),
    deleteMany: jest.fn(),
    updateMany: jest.fn(),
    runOperation: jest.fn(async () => ({ data: [] })),
  } as unknown as DataProvider & { update: jest.Mock };
}

describe('the deliberation, with a change of membership status', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/collectivities/c2';
  });
  afterEach(cleanup);

  it('is offered once the status changes, and sent with it', async () => {
    const dataProvider = fakeDataProvider();
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const status = await screen.findByRole('combobox', { name: /Adhésion/ }, { timeout: 10000 });
    expect(screen.queryByTestId('deliberation-inputs')).toBeNull();
    await act(async () => {
      fireEvent.mouseDown(status);
    });
    await act(async () => {
      fireEvent.click(within(await screen.findByRole('listbox')).getByText('Adhérent'));
    });
    const inputs = await screen.findByTestId('deliberation-inputs');
    await act(async () => {
      fireEvent.change(within(inputs).getByLabelText('Date de la délibération'), { target: { value: '2024-09-30' } });
      fireEvent.change(within(inputs).getByLabelText('Référence de la délibération'), { target: { value: 'DEL-2024-77' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    const params = dataProvider.update.mock.calls[0]![1] as UpdateParams;
    expect(buildUpdateInput(RESOURCES.collectivities!, params.data, params.previousData)).toEqual({
      membershipStatus: 'MEMBER',
      deliberationDate: '2024-09-30',
      deliberationReference: 'DEL-2024-77',
      version: 7,
    });
  });
});

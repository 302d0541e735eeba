import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpError, type DataProvider } from 'react-admin';
import type { CallParams } from '../../../test/fakeDataProvider';
import { dijonRecord } from '../../../test/collectivityFixtures';
import { signedInAs } from '../../../test/fakeAuth';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { toReactAdminError } from '../../providers/errors';
import { quietRefusals } from '../../../test/quietRefusals';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

const dijon = dijonRecord({
  memberSince: '1979-03-12',
  // created by hand: every field is editable (see the referential test below)
  fromReferential: false,
  updatedAt: '2025-01-02T10:30:00.000Z',
  region: { id: 'r27', name: 'Bourgogne-Franche-Comté', inseeCode: '27' },
  department: { id: 'd21', name: "Côte-d'Or", inseeCode: '21' },
});

/** What the API answers, as the real data provider turns it into a react-admin error. */
const apiError = (code: string, fields: { field: string; code: string; message: string }[] = []) =>
  toReactAdminError(
    new HttpError('Apollo error', 200, { graphQLErrors: [{ message: 'refused', extensions: { code, fields } }] }),
    translate,
    { formFields: ['name', 'siren', 'inseeCode'] },
  );

type Fn = (resource: string, params: CallParams) => Promise<unknown>;

function fakeDataProvider(update: Fn, getOne?: Fn) {
  return {
    getOne: jest.fn(getOne ?? (async () => ({ data: dijon }))),
    getList: jest.fn(async () => ({ data: [], total: 0 })),
    getMany: jest.fn(async () => ({ data: [] })),
    getManyReference: jest.fn(async () => ({ data: [], total: 0 })),
    update: jest.fn(update),
    create: jest.fn(),
    delete: jest.fn(),
    deleteMany: jest.fn(),
    updateMany: jest.fn(),
  } as unknown as DataProvider & { getOne: jest.Mock; update: jest.Mock };
}

async function openEditForm(dataProvider: DataProvider) {
  window.location.hash = '#/collectivities/c1';
  render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
  return (await screen.findByLabelText('SIREN', {}, { timeout: 10000 })) as HTMLInputElement;
}

describe('CollectivityEdit', () => {
  beforeEach(() => {
    localStorage.clear();
    quietRefusals();
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('shows the title and French labels', async () => {
    const dataProvider = fakeDataProvider(async () => ({ data: dijon }));
    await openEditForm(dataProvider);
    expect(await screen.findByText('Collectivité : Dijon')).toBeTruthy();
    for (const label of ['Nom', 'Type', 'Pays', 'Code INSEE', 'Codes postaux', 'Adhésion', 'Adhérent depuis le']) {
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    }
  });

  it('keeps the fields of the official referential read-only, and offers no delete', async () => {
    const dataProvider = fakeDataProvider(
      async () => ({ data: dijon }),
      async () => ({ data: { ...dijon, fromReferential: true } }),
    );
    const siren = await openEditForm(dataProvider);
    await waitFor(() => expect(siren.readOnly).toBe(true));
    expect(screen.getByText(/Les champs grisés viennent du référentiel officiel/)).toBeTruthy();
    expect((screen.getByLabelText('Courriel') as HTMLInputElement).readOnly).toBe(false);
    expect(screen.queryByRole('button', { name: 'Supprimer' })).toBeNull();
  });

  it('shows a DUPLICATE answer under the field, keeping what was typed', async () => {
    const dataProvider = fakeDataProvider(async () => {
      throw apiError('DUPLICATE', [{ field: 'siren', code: 'unique', message: 'SIREN already used' }]);
    });
    const siren = await openEditForm(dataProvider);
    await act(async () => {
      fireEvent.change(siren, { target: { value: '217500016' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(await screen.findByText('Ce SIREN est déjà attribué à une autre collectivité.')).toBeTruthy();
    expect((screen.getByLabelText('SIREN') as HTMLInputElement).value).toBe('217500016');
    // sent with the version read
    expect(dataProvider.update).toHaveBeenCalledWith(
      'collectivities',
      expect.objectContaining({ id: 'c1', previousData: expect.objectContaining({ version: 3 }) }),
    );
  });

  it('blocks an invalid SIREN before calling the API, in French', async () => {
    const dataProvider = fakeDataProvider(async () => ({ data: dijon }));
    const siren = await openEditForm(dataProvider);
    await act(async () => {
      fireEvent.change(siren, { target: { value: '212102314' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(await screen.findByText('Le SIREN compte 9 chiffres et sa clé de contrôle doit être valide.')).toBeTruthy();
    expect(dataProvider.update).not.toHaveBeenCalled();
  });

  it('on CONFLICT, explains it and reloads the current values', async () => {
    let reads = 0;
    const dataProvider = fakeDataProvider(
      async () => {
        throw apiError('CONFLICT');
      },
      async () => {
        reads += 1;
        return { data: reads === 1 ? dijon : { ...dijon, name: 'Dijon (modifié ailleurs)', version: 4 } };
      },
    );
    await openEditForm(dataProvider);
    const name = screen.getByLabelText(/^Nom/) as HTMLInputElement;
    await act(async () => {
      fireEvent.change(name, { target: { value: 'Ma modification' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(
      await screen.findByText(
        "Quelqu'un d'autre a modifié cette fiche entre-temps. Les valeurs actuelles ont été rechargées ; vos modifications n'ont pas été enregistrées.",
      ),
    ).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText(/^Nom/) as HTMLInputElement).value).toBe('Dijon (modifié ailleurs)'));
    expect(reads).toBeGreaterThanOrEqual(2);
  });
});

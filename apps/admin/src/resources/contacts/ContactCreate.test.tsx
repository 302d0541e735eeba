import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpError, type CreateParams, type DataProvider } from 'react-admin';
import { signedInAs } from '../../../test/fakeAuth';
import { contactRecord } from '../../../test/recordFixtures';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { toReactAdminError } from '../../providers/errors';
import { RESOURCES } from '../../providers/resourceTable';
import { quietRefusals } from '../../../test/quietRefusals';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

const existing = { id: 'p9', firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne.martin@dijon.fr' };

/** The API's answer to createContact when the person may already exist, as the data provider turns it. */
const possibleDuplicate = (candidates = [existing]) =>
  toReactAdminError(
    new HttpError('Apollo error', 200, {
      graphQLErrors: [
        {
          message: 'This person may already exist: Jeanne Martin. Open the existing contact, or confirm this is someone else.',
          extensions: {
            code: 'DUPLICATE',
            field: 'lastName',
            fields: [{ field: 'lastName', code: 'POSSIBLE_DUPLICATE', message: 'This person may already exist.' }],
            candidates,
          },
        },
      ],
    }),
    translate,
    { formFields: RESOURCES.contacts!.inputFields },
  );

const created = contactRecord('Jeanne', 'Martin', { id: 'p2', civility: null, consentStatus: 'UNKNOWN', notes: null });

function fakeDataProvider(create: (params: CreateParams) => Promise<unknown>) {
  return {
    getList: jest.fn(async () => ({ data: [], total: 0 })),
    getOne: jest.fn(async () => ({ data: created })),
    getMany: jest.fn(async () => ({ data: [] })),
    getManyReference: jest.fn(async () => ({ data: [], total: 0 })),
    create: jest.fn(async (_resource: string, params: CreateParams) => create(params)),
    update: jest.fn(),
    updateMany: jest.fn(),
    delete: jest.fn(),
    deleteMany: jest.fn(),
    runAction: jest.fn(async () => ({ data: [] })),
  } as unknown as DataProvider & { create: jest.Mock; runAction: jest.Mock };
}

async function fillAndSave(email?: string) {
  const firstName = await screen.findByLabelText(/^Prénom/, {}, { timeout: 10000 });
  await act(async () => {
    fireEvent.change(firstName, { target: { value: 'Jeanne' } });
    fireEvent.change(screen.getByLabelText(/^Nom/), { target: { value: 'Martin' } });
    if (email) fireEvent.change(screen.getByLabelText(/^Adresse électronique/), { target: { value: email } });
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  });
}

describe('creating a contact who may already exist', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/contacts/create';
    quietRefusals();
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('shows the candidates with links to open them, then creates anyway once confirmed', async () => {
    let calls = 0;
    const dataProvider = fakeDataProvider(async (params) => {
      calls += 1;
      if (!params.data.confirmNotDuplicate) throw possibleDuplicate();
      return { data: { ...created, ...params.data } };
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    await fillAndSave();

    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByText('Cette personne existe peut-être déjà')).toBeTruthy();
    // and under the last name
    expect(screen.getAllByText('Cette personne existe peut-être déjà.').length).toBeGreaterThan(0);
    const candidate = within(warning).getByTestId('duplicate-candidate');
    expect(candidate.textContent).toContain('Jeanne Martin — jeanne.martin@dijon.fr');
    const links = within(candidate).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#/contacts/p9/show', '#/contacts/p9/show']);
    expect(within(candidate).getByRole('link', { name: 'Ouvrir la fiche' })).toBeTruthy();
    expect(dataProvider.create).toHaveBeenCalledTimes(1);
    expect(dataProvider.create.mock.calls[0]![1]).toMatchObject({ data: { firstName: 'Jeanne', lastName: 'Martin' } });
    expect((dataProvider.create.mock.calls[0]![1] as CreateParams).data.confirmNotDuplicate).toBeUndefined();

    await act(async () => {
      fireEvent.click(within(warning).getByRole('button', { name: "Ce n'est pas la même personne, créer quand même" }));
    });
    await waitFor(() => expect(calls).toBe(2));
    expect(dataProvider.create.mock.calls[1]![1]).toMatchObject({
      data: { firstName: 'Jeanne', lastName: 'Martin', confirmNotDuplicate: true },
    });
    await waitFor(() => expect(window.location.hash).toBe('#/contacts/p2/show'));
  });

  it('offers no "create anyway" when a contact has the same email (the API always refuses it)', async () => {
    const dataProvider = fakeDataProvider(async () => {
      throw possibleDuplicate();
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    await fillAndSave('Jeanne.Martin@dijon.fr');
    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByText(/Un contact a déjà cette adresse électronique/)).toBeTruthy();
    expect(within(warning).queryByRole('button', { name: /créer quand même/ })).toBeNull();
    expect(window.location.hash).toBe('#/contacts/create');
  });

  it('warns while typing when the API finds a possible duplicate', async () => {
    const dataProvider = fakeDataProvider(async (params) => ({ data: { ...created, ...params.data } }));
    dataProvider.runAction.mockImplementation(async () => ({ data: [existing] }));
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const firstName = await screen.findByLabelText(/^Prénom/, {}, { timeout: 10000 });
    await act(async () => {
      fireEvent.change(firstName, { target: { value: 'Jeanne' } });
      fireEvent.change(screen.getByLabelText(/^Nom/), { target: { value: 'Martin' } });
    });
    const hint = await screen.findByTestId('duplicate-hint', {}, { timeout: 3000 });
    expect(within(hint).getByText('Attention : un contact ressemble à celui-ci.')).toBeTruthy();
    expect(dataProvider.runAction).toHaveBeenCalledWith('contacts', {
      action: 'possibleDuplicates',
      data: { firstName: 'Jeanne', lastName: 'Martin', email: undefined, collectivityId: undefined },
    });
  });
});

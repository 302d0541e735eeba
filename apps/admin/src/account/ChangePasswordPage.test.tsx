import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DataProvider } from 'react-admin';
import { signedInAs } from '../../test/fakeAuth';
import { App } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';

const emptyDataProvider = {
  getList: async () => ({ data: [], total: 0 }),
  getOne: async () => ({ data: { id: 'x' } }),
  getMany: async () => ({ data: [] }),
  getManyReference: async () => ({ data: [], total: 0 }),
  create: async () => ({ data: { id: 'x' } }),
  update: async () => ({ data: { id: 'x' } }),
  updateMany: async () => ({ data: [] }),
  delete: async () => ({ data: { id: 'x' } }),
  deleteMany: async () => ({ data: [] }),
} as unknown as DataProvider;

async function fill(current: string, next: string, confirm: string) {
  const inputs = {
    current: await screen.findByLabelText(/Mot de passe actuel/, {}, { timeout: 10000 }),
    next: screen.getByLabelText(/^Nouveau mot de passe/),
    confirm: screen.getByLabelText(/Confirmez le nouveau mot de passe/),
  };
  await act(async () => {
    fireEvent.change(inputs.current, { target: { value: current } });
    fireEvent.change(inputs.next, { target: { value: next } });
    fireEvent.change(inputs.confirm, { target: { value: confirm } });
  });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
  });
}

/** The page, opened by a signed-in staff member whose password changes are accepted; what the API was sent. */
function openPageAcceptingChanges(): unknown[] {
  const sent: unknown[] = [];
  window.location.hash = '#/mon-mot-de-passe';
  const auth = signedInAs('STAFF', (_query, variables) => {
    sent.push(variables);
    return { data: { changeMyPassword: true } };
  });
  render(<App dataProvider={emptyDataProvider} authProvider={auth} i18nProvider={createI18nProvider('fr')} />);
  return sent;
}

describe('Changer mon mot de passe', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(cleanup);

  it('is in the user menu', async () => {
    render(<App dataProvider={emptyDataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const menuButton = await screen.findByRole('button', { name: 'Mon compte' }, { timeout: 10000 });
    await act(async () => {
      fireEvent.click(menuButton);
    });
    const item = await screen.findByRole('menuitem', { name: 'Changer mon mot de passe' });
    await act(async () => {
      fireEvent.click(item);
    });
    await waitFor(() => expect(window.location.hash).toBe('#/mon-mot-de-passe'));
    expect(await screen.findByLabelText(/Mot de passe actuel/)).toBeTruthy();
  });

  it('checks the new password before asking the API', async () => {
    const sent = openPageAcceptingChanges();
    await fill('ancien mot de passe', 'court', 'autre');
    expect(await screen.findByText('Au moins 12 caractères.')).toBeTruthy();
    expect(screen.getByText('Les deux mots de passe ne sont pas identiques.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('changes the password, then says so', async () => {
    const sent = openPageAcceptingChanges();
    await fill('ancien mot de passe', 'un nouveau mot de passe', 'un nouveau mot de passe');
    expect(await screen.findByText('Mot de passe changé. Vos autres sessions ont été fermées.')).toBeTruthy();
    expect(sent).toEqual([{ currentPassword: 'ancien mot de passe', newPassword: 'un nouveau mot de passe' }]);
    await waitFor(() => expect((screen.getByLabelText(/Mot de passe actuel/) as HTMLInputElement).value).toBe(''));
  });

  it('shows a wrong current password under its field', async () => {
    window.location.hash = '#/mon-mot-de-passe';
    const auth = signedInAs('STAFF', () => ({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'The current password is wrong.' }],
          },
        },
      ],
    }));
    render(<App dataProvider={emptyDataProvider} authProvider={auth} i18nProvider={createI18nProvider('fr')} />);
    await fill('pas le bon', 'un nouveau mot de passe', 'un nouveau mot de passe');
    expect(await screen.findByText('Le mot de passe actuel est incorrect.')).toBeTruthy();
  });
});

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CreateParams, DataProvider } from 'react-admin';
import { dijonRecord } from '../test/collectivityFixtures';
import { auditEntryRecord, contactRecord } from '../test/recordFixtures';
import { signedInAs, signedOut } from '../test/fakeAuth';
import { App } from './App';
import { createI18nProvider } from './i18n/i18nProvider';

const dijon = dijonRecord();

const historyEntry = auditEntryRecord({
  changes: [{ field: 'membershipStatus', before: '"NONE"', after: '"MEMBER"' }],
});

function fakeDataProvider() {
  return {
    getList: jest.fn(async (resource: string) =>
      resource === 'collectivities' ? { data: [dijon], total: 1 } : { data: [], total: 0 },
    ),
    getOne: jest.fn(async () => ({ data: dijon })),
    getMany: jest.fn(async () => ({ data: [] })),
    getManyReference: jest.fn(async (resource: string) =>
      resource === 'history' ? { data: [historyEntry], total: 1 } : { data: [], total: 0 },
    ),
    create: jest.fn(async (_resource: string, params: CreateParams) => ({
      data: {
        id: 't1',
        prefix: 'trt_abc123',
        revokedAt: null,
        lastUsedAt: null,
        ...params.data,
        secret: 'trt_abc123-the-secret',
      },
    })),
    update: jest.fn(),
    updateMany: jest.fn(),
    delete: jest.fn(),
    deleteMany: jest.fn(),
    runAction: jest.fn(),
  } as unknown as DataProvider & Record<string, jest.Mock>;
}

const renderApp = (authProvider: ReturnType<typeof signedInAs>, dataProvider = fakeDataProvider()) => {
  render(<App dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider('fr')} />);
  return dataProvider;
};

/** Lets pending permission checks settle before asserting that something is absent. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

const menuLabels = async () => {
  await screen.findAllByRole('menuitem', {}, { timeout: 10000 });
  await waitFor(() => expect(screen.getAllByRole('menuitem').length).toBeGreaterThan(1));
  return screen.getAllByRole('menuitem').map((item) => item.textContent?.trim());
};

describe('console by role', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(cleanup);

  it('sends a signed-out visitor to the French sign-in page', async () => {
    window.location.hash = '#/collectivities';
    renderApp(signedOut());
    // The first render of the suite transforms every lazily loaded page: slow on a cold jest cache (CI).
    expect(await screen.findByLabelText(/Adresse électronique/, {}, { timeout: 30000 })).toBeTruthy();
    expect(screen.getByLabelText(/Mot de passe/)).toBeTruthy();
    expect(window.location.hash).toBe('#/login');
  }, 45000);

  it('shows a wrong password in French', async () => {
    window.location.hash = '#/login';
    renderApp(signedOut());
    const email = await screen.findByLabelText(/Adresse électronique/, {}, { timeout: 10000 });
    await act(async () => {
      fireEvent.change(email, { target: { value: 'marie@territoria.test' } });
      fireEvent.change(screen.getByLabelText(/Mot de passe/), { target: { value: 'pas le bon' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Connexion' }));
    });
    expect(await screen.findByText('Adresse électronique ou mot de passe incorrect.')).toBeTruthy();
  });

  it('gives ADMIN the collectivities, users, API tokens and journal', async () => {
    renderApp(signedInAs('ADMIN'));
    await menuLabels();
    await waitFor(() =>
      expect(screen.getAllByRole('menuitem').map((item) => item.textContent?.trim())).toEqual(
        expect.arrayContaining(['Collectivités', 'Utilisateurs', "Jetons d'API", 'Journal']),
      ),
    );
  });

  it('gives STAFF the collectivities only, with the edit button and the history', async () => {
    window.location.hash = '#/collectivities/c1/show';
    renderApp(signedInAs('STAFF'));
    const history = await screen.findByTestId('record-history', {}, { timeout: 10000 });
    expect(within(history).getByText('Historique')).toBeTruthy();
    expect(await within(history).findByText('Adhésion : Non adhérent → Adhérent')).toBeTruthy();
    expect(within(history).getByText('par marie@territoria.test')).toBeTruthy();
    expect(within(history).getByText('Modification')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Éditer' })).toBeTruthy();
    await settle();
    const labels = await menuLabels();
    expect(labels).toContain('Collectivités');
    expect(labels).toContain('Rencontres');
    expect(labels).not.toContain('Utilisateurs');
    expect(labels).not.toContain("Jetons d'API");
    expect(labels).not.toContain('Journal');
  });

  it('gives a group president read-only collectivities: no create, no edit, no history', async () => {
    window.location.hash = '#/collectivities';
    renderApp(signedInAs('GROUP_PRESIDENT'));
    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    await within(table).findByText('Dijon');
    expect(screen.getByRole('button', { name: /exporter/i })).toBeTruthy();
    await settle();
    expect(screen.queryByRole('link', { name: 'Créer' })).toBeNull();

    await act(async () => {
      fireEvent.click(within(table).getByText('Dijon'));
    });
    await screen.findByTestId('collectivity-name', {}, { timeout: 10000 });
    expect(window.location.hash).toBe('#/collectivities/c1/show');
    await settle();
    expect(screen.queryByRole('link', { name: 'Éditer' })).toBeNull();
    expect(screen.queryByTestId('record-history')).toBeNull();
    expect(await menuLabels()).toEqual(expect.not.arrayContaining(['Utilisateurs', 'Journal']));
  });
});

const mali = {
  id: 'g1',
  kind: 'COUNTRY',
  name: 'Groupe-pays Mali',
  description: null,
  allowsCoPresidency: false,
  version: 1,
  memberCount: 2,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  countries: ['ML'],
  officers: [
    {
      id: 'o1',
      role: 'PRESIDENT',
      startedOn: '2025-01-01',
      endedOn: null,
      current: true,
      contactId: 'p1',
      contact: { id: 'p1', firstName: 'Aïssata', lastName: 'Traoré' },
    },
  ],
};

const member = (id: string, name: string) => ({
  id: `m-${id}`,
  groupId: 'g1',
  collectivityId: id,
  joinedOn: '2026-01-05',
  leftOn: null,
  collectivity: { id, name, kind: 'COMMUNE', inseeCode: null, countryCode: 'FR', contactCount: 1, department: null },
});

const contact = contactRecord('Aïssata', 'Traoré', {
  positions: [
    {
      id: 'pos1',
      title: 'Adjointe',
      kind: 'ELECTED',
      startedOn: '2020-07-03',
      endedOn: null,
      current: true,
      version: 1,
      collectivityId: 'c1',
      collectivity: { id: 'c1', name: 'Dijon' },
    },
  ],
  groups: [{ id: 'g1', kind: 'COUNTRY', name: 'Groupe-pays Mali' }],
});

function groupsDataProvider() {
  const dataProvider = fakeDataProvider();
  (dataProvider.getList as unknown as jest.Mock).mockImplementation((async (resource: string) => {
    if (resource === 'groups') return { data: [mali], total: 1 };
    if (resource === 'contacts') return { data: [contact], total: 1 };
    return { data: [dijon], total: 1 };
  }) as never);
  (dataProvider.getManyReference as unknown as jest.Mock).mockImplementation((async (resource: string) =>
    resource === 'groupMembers'
      ? { data: [member('c1', 'Dijon'), member('c2', 'Paris')], total: 2 }
      : { data: [], total: 0 }) as never);
  return dataProvider;
}

describe('a group president', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(cleanup);

  it('lands on "Mes groupes": their groups and members, a menu without administration nor group lists', async () => {
    renderApp(signedInAs('GROUP_PRESIDENT'), groupsDataProvider());
    const card = await screen.findByTestId('my-group', {}, { timeout: 10000 });
    expect(screen.getByRole('heading', { level: 1, name: 'Mes groupes' })).toBeTruthy();
    expect(within(card).getByRole('heading', { name: 'Groupe-pays Mali' })).toBeTruthy();
    expect(within(card).getByText('Mali')).toBeTruthy();
    expect(within(card).getByText('Aïssata Traoré (Président(e))')).toBeTruthy();
    expect(within(card).getByText('2 membres')).toBeTruthy();
    expect((await within(card).findAllByTestId('my-group-member')).map((item) => item.textContent)).toEqual(['Dijon', 'Paris']);
    expect(within(card).getByRole('link', { name: 'Ouvrir le groupe' }).getAttribute('href')).toBe('#/countryGroups/g1/show');
    await settle();
    const labels = await menuLabels();
    expect(labels).toEqual(['Mes groupes', 'Collectivités', 'Contacts', 'Participants']);
  });

  it('reads contacts without export nor creation', async () => {
    window.location.hash = '#/contacts';
    renderApp(signedInAs('GROUP_PRESIDENT'), groupsDataProvider());
    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    await within(table).findByText('Mme Aïssata Traoré');
    expect(within(table).getByText(/^Adjointe —/)).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'Dijon' })).toBeTruthy();
    expect(within(table).getByText('Groupe-pays Mali')).toBeTruthy();
    expect(within(table).getByText('Donné')).toBeTruthy();
    await settle();
    expect(screen.queryByRole('button', { name: /exporter/i })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Créer' })).toBeNull();
  });

  it('shows STAFF the contacts export and the groups in the menu', async () => {
    window.location.hash = '#/contacts';
    renderApp(signedInAs('STAFF'), groupsDataProvider());
    const table = await screen.findByRole('table', {}, { timeout: 10000 });
    await within(table).findByText('Mme Aïssata Traoré');
    expect(await screen.findByRole('button', { name: /exporter/i })).toBeTruthy();
    const labels = await menuLabels();
    expect(labels).toEqual(
      expect.arrayContaining(['Accueil', 'Collectivités', 'Contacts', 'Groupes-pays', 'Groupes thématiques']),
    );
    expect(labels).not.toContain('Utilisateurs');
  });
});

describe('API token creation', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('shows the secret once, with a copy button and a French warning, then goes back to the list', async () => {
    window.location.hash = '#/apiTokens/create';
    const dataProvider = renderApp(signedInAs('ADMIN'));
    const name = await screen.findByLabelText(/^Nom/, {}, { timeout: 10000 });
    await act(async () => {
      fireEvent.change(name, { target: { value: 'Site du réseau' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Jeton « Site du réseau » créé : copiez son secret')).toBeTruthy();
    expect((within(dialog).getByTestId('api-token-secret') as HTMLInputElement).value).toBe('trt_abc123-the-secret');
    expect(within(dialog).getByText(/Ce secret ne sera plus jamais affiché/)).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Copier' })).toBeTruthy();
    expect(dataProvider.create).toHaveBeenCalledWith(
      'apiTokens',
      expect.objectContaining({ data: expect.objectContaining({ name: 'Site du réseau', scopes: ['collectivities:read'] }) }),
    );
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: "J'ai copié le secret" }));
    });
    await waitFor(() => expect(window.location.hash).toBe('#/apiTokens'));
    expect(screen.queryByText('trt_abc123-the-secret')).toBeNull();
  });
});

describe('partners and dues in the menu, by role', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(cleanup);

  const menuOf = async (role: Parameters<typeof signedInAs>[0]) => {
    renderApp(signedInAs(role));
    await menuLabels();
    await settle();
    return menuLabels();
  };

  it('ADMIN: partners, partnerships, dues and the fee scale', async () => {
    expect(await menuOf('ADMIN')).toEqual(
      expect.arrayContaining(['Partenaires', 'Partenariats', 'Cotisations', 'Barème des cotisations']),
    );
  });

  it('STAFF: partners, partnerships and dues, not the fee scale', async () => {
    const menu = await menuOf('STAFF');
    expect(menu).toEqual(expect.arrayContaining(['Partenaires', 'Partenariats', 'Cotisations']));
    expect(menu).not.toContain('Barème des cotisations');
  });

  it('GROUP_PRESIDENT: none of it', async () => {
    const menu = await menuOf('GROUP_PRESIDENT');
    for (const name of ['Partenaires', 'Partenariats', 'Cotisations', 'Barème des cotisations']) expect(menu).not.toContain(name);
  });
});

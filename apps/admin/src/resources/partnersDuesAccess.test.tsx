import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { DataProvider } from 'react-admin';
import { dijonRecord } from '../../test/collectivityFixtures';
import { signedInAs } from '../../test/fakeAuth';
import { App } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import type { Role } from '../providers/authProvider';

const dijon = dijonRecord({ memberSince: '2020-10-01' });

function fakeDataProvider() {
  return {
    getList: jest.fn(async (resource: string) =>
      resource === 'membershipFees'
        ? {
            data: [
              {
                id: 'f1',
                year: 2021,
                amountCents: 450000,
                computation: 'Barème 2021',
                status: 'PAID',
                invoicedOn: '2021-01-15',
                dueOn: '2021-03-31',
                paidOn: '2021-04-02',
                paymentReference: 'VIR-2021-0042',
                waiverReason: null,
                version: 2,
                collectivity: { id: 'c1', name: 'Dijon' },
              },
            ],
            total: 1,
          }
        : { data: [], total: 0 },
    ),
    getOne: jest.fn(async () => ({ data: dijon })),
    getMany: jest.fn(async () => ({ data: [] })),
    getManyReference: jest.fn(async () => ({ data: [], total: 0 })),
    create: jest.fn(),
    update: jest.fn(),
    updateMany: jest.fn(),
    delete: jest.fn(),
    deleteMany: jest.fn(),
    runOperation: jest.fn(async (name: string) => {
      if (name === 'collectivityMembership') {
        return {
          data: {
            id: 'c1',
            membershipHistory: [
              {
                id: 'm1',
                fromStatus: 'NONE',
                toStatus: 'MEMBER',
                effectiveOn: '2020-10-01',
                deliberationDate: '2020-09-28',
                deliberationReference: 'DEL-2020-114',
                recordedAt: '2020-10-02T08:00:00.000Z',
              },
            ],
          },
        };
      }
      return { data: [] };
    }),
  } as unknown as DataProvider & Record<string, jest.Mock>;
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

const menuOf = async (role: Role) => {
  render(<App dataProvider={fakeDataProvider()} authProvider={signedInAs(role)} i18nProvider={createI18nProvider('fr')} />);
  await screen.findAllByRole('menuitem', {}, { timeout: 10000 });
  await waitFor(() => expect(screen.getAllByRole('menuitem').length).toBeGreaterThan(1));
  await settle();
  return screen.getAllByRole('menuitem').map((item) => item.textContent?.trim());
};

describe('partners and dues by role', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(cleanup);

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

  it("shows a collectivity's membership history and dues to STAFF, not to a group president", async () => {
    window.location.hash = '#/collectivities/c1/show';
    render(<App dataProvider={fakeDataProvider()} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const section = await screen.findByTestId('collectivity-dues-section', {}, { timeout: 10000 });
    expect(within(section).getByText('Adhésion et cotisations')).toBeTruthy();
    expect(await within(section).findByText('Non adhérent → Adhérent')).toBeTruthy();
    expect(within(section).getByText('Délibération DEL-2020-114 du 28 sept. 2020')).toBeTruthy();
    const dues = await within(section).findByTestId('collectivity-dues');
    expect(within(dues).getByText('Payée')).toBeTruthy();
    expect(within(dues).getByText('VIR-2021-0042')).toBeTruthy();
    cleanup();

    window.location.hash = '#/collectivities/c1/show';
    render(
      <App
        dataProvider={fakeDataProvider()}
        authProvider={signedInAs('GROUP_PRESIDENT')}
        i18nProvider={createI18nProvider('fr')}
      />,
    );
    await screen.findByTestId('collectivity-name', {}, { timeout: 10000 });
    await settle();
    expect(screen.queryByTestId('collectivity-dues-section')).toBeNull();
  });
});

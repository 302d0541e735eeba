import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { dijonFee, dijonRecord } from '../../../test/collectivityFixtures';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';

const dijon = dijonRecord({ memberSince: '2020-10-01' });

const provider = () =>
  fakeDataProvider({
    records: { collectivities: dijon },
    lists: {
      membershipFees: [dijonFee({ computation: 'Barème 2021', collectivity: { id: 'c1', name: 'Dijon' } })],
      membershipChanges: [
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
  });

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 300)));

describe("a collectivity's membership and dues", () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/collectivities/c1/show';
  });
  afterEach(cleanup);

  it('shows the membership history and dues to STAFF, each read in one request', async () => {
    const dataProvider = provider();
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const section = await screen.findByTestId('collectivity-dues-section', {}, { timeout: 10000 });
    expect(within(section).getByText('Adhésion et cotisations')).toBeTruthy();
    expect(await within(section).findByText('Non adhérent → Adhérent')).toBeTruthy();
    expect(within(section).getByText('Délibération DEL-2020-114 du 28 sept. 2020')).toBeTruthy();
    const dues = await within(section).findByTestId('collectivity-dues');
    expect(within(dues).getByText('Payée')).toBeTruthy();
    expect(within(dues).getByText('VIR-2021-0042')).toBeTruthy();
    const reads = (resource: string) => dataProvider.getManyReference.mock.calls.filter(([called]) => called === resource).length;
    expect(reads('membershipChanges')).toBe(1);
    expect(reads('membershipFees')).toBe(1);
  });

  it('hides them from a group president', async () => {
    render(
      <App dataProvider={provider()} authProvider={signedInAs('GROUP_PRESIDENT')} i18nProvider={createI18nProvider('fr')} />,
    );
    await screen.findByTestId('collectivity-name', {}, { timeout: 10000 });
    await settle();
    expect(screen.queryByTestId('collectivity-dues-section')).toBeNull();
  });
});

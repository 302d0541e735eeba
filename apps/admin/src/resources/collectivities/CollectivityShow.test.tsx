import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen, within } from '@testing-library/react';
import { dijonFee, dijonRecord } from '../../../test/collectivityFixtures';
import { award, participation } from '../../../test/eventFixtures';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { bodyRows } from '../../../test/tables';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';

const many = <T extends { id: string }>(count: number, record: T) =>
  Array.from({ length: count }, (_, index) => ({ ...record, id: `${record.id}-${index}` }));

describe("a collectivity's page and its nested lists", () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/collectivities/c1/show';
  });
  afterEach(cleanup);

  it('reads the record once and each nested list in one request, however many rows they hold', async () => {
    const dataProvider = fakeDataProvider({
      records: { collectivities: dijonRecord() },
      lists: {
        participationHistory: many(30, participation),
        labelAwards: many(12, award),
        membershipFees: many(20, dijonFee()),
        membershipChanges: [],
        contacts: [],
      },
      operations: { membersInArrears: [] },
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const events = await screen.findByTestId('collectivity-events', {}, { timeout: 15000 });
    expect(bodyRows(await within(events).findByTestId('participation-history'))).toHaveLength(30);
    expect(bodyRows(await within(events).findByTestId('label-awards'))).toHaveLength(12);
    expect(bodyRows(await screen.findByTestId('collectivity-dues'))).toHaveLength(20);

    const calls = (method: 'getOne' | 'getManyReference' | 'getList' | 'getMany') =>
      dataProvider[method].mock.calls.map(([resource]) => resource).sort();
    expect(calls('getOne')).toEqual(['collectivities']);
    expect(calls('getManyReference')).toEqual([
      'contacts',
      'history',
      'labelAwards',
      'membershipChanges',
      'membershipFees',
      'participationHistory',
    ]);
    expect(calls('getMany')).toEqual([]);
  }, 30000);
});

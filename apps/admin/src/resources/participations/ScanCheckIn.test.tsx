import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { eachTestStartsAt, registration as fixture } from '../../../test/participationFixtures';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { withErrorMapping } from '../../providers/dataProvider';
import { formatTime } from '../../util/dates';

const i18n = createI18nProvider('fr');
const EVENT = 'e12';

const registration = (id: string, displayName: string, eventId = EVENT) => fixture(id, displayName, { eventId, contactId: null });

// Badge codes are participation ids (UUIDs); the first two are of this edition, the third of another.
const MARIE = registration('3f0c2a4e-8b1d-4c6e-9a7f-1b2c3d4e5f60', 'Mme Marie Martin');
const MARC = registration('7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'M. Marc Marchand');
const FOREIGN = registration('0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', 'Mme Ada Lovelace', 'e11');
const UNKNOWN = 'c0ffee00-0000-4000-8000-000000000000';
const ARRIVED_AT = '2021-06-29T07:42:00.000Z';

function renderDesk({ alreadyAt }: { alreadyAt?: string } = {}) {
  const provider = fakeDataProvider({
    operations: {
      eventHeading: { id: EVENT, title: '12es Rencontres de l’AICT', startsOn: '2021-06-29' },
      eventAttendance: { eventId: EVENT, registered: 3, attended: 0, cancelled: 0, noShow: 0 },
    },
  });
  provider.getList.mockImplementation(async () => ({ data: [MARIE, MARC], total: 2 }));
  provider.getOne.mockImplementation(async (_resource: string, params: { id?: string }) => {
    const found = [MARIE, MARC, FOREIGN].find((row) => row.id === params.id);
    if (!found) {
      throw { graphQLErrors: [{ message: `Participation ${params.id} does not exist.`, extensions: { code: 'NOT_FOUND' } }] };
    }
    return { data: found };
  });
  provider.runAction.mockImplementation(async (_resource: string, params: { action?: string; id?: string }) => {
    if (params.action === 'checkIn') {
      const row = [MARIE, MARC].find((candidate) => candidate.id === params.id)!;
      return {
        data: {
          participation: { ...row, status: 'ATTENDED', checkedInAt: alreadyAt ?? ARRIVED_AT },
          alreadyCheckedIn: Boolean(alreadyAt),
        },
      };
    }
    return { data: [] };
  });
  render(<App dataProvider={withErrorMapping(provider, i18n)} authProvider={signedInAs('STAFF')} i18nProvider={i18n} />);
  return provider;
}

/** What a USB scanner does: types the code into the focused field, then Enter. */
async function scan(code: string) {
  const search = await screen.findByRole('textbox', { name: 'Nom, prénom ou organisation' }, { timeout: 10000 });
  expect(document.activeElement).toBe(search);
  await act(async () => {
    fireEvent.change(search, { target: { value: code } });
    fireEvent.keyDown(search, { key: 'Enter' });
  });
  return search as HTMLInputElement;
}

const checkIns = (provider: ReturnType<typeof renderDesk>) =>
  provider.runAction.mock.calls.filter(([, params]) => (params as { action: string }).action === 'checkIn');

describe('scanning a badge at the check-in desk', () => {
  eachTestStartsAt(`#/events/${EVENT}/check-in`);

  it('checks in exactly the participation the code names, says so, and clears the field for the next badge', async () => {
    const provider = renderDesk();
    const search = await scan(MARC.id);
    expect(await screen.findByTestId('check-in-scan')).toHaveTextContent('Badge lu : arrivée de M. Marc Marchand enregistrée.');
    expect(checkIns(provider)).toEqual([['participations', { action: 'checkIn', id: MARC.id }]]);
    expect(search.value).toBe('');
    // the code is not searched as a name
    expect(provider.runAction.mock.calls.some(([, params]) => (params as { action: string }).action === 'deskSearch')).toBe(
      false,
    );
  });

  it('says when the person had already arrived, without an error', async () => {
    const provider = renderDesk({ alreadyAt: '2021-06-29T07:40:00.000Z' });
    await scan(MARIE.id.toUpperCase());
    expect(await screen.findByTestId('check-in-scan')).toHaveTextContent(
      `Badge lu : Mme Marie Martin était déjà arrivé(e) à ${formatTime('2021-06-29T07:40:00.000Z', 'fr')}.`,
    );
    expect(checkIns(provider)).toEqual([['participations', { action: 'checkIn', id: MARIE.id }]]);
  });

  it('checks nobody in for an unknown code, and says so', async () => {
    const provider = renderDesk();
    await scan(UNKNOWN);
    expect(await screen.findByTestId('check-in-scan')).toHaveTextContent(
      "Badge inconnu : ce code n'est celui d'aucune inscription.",
    );
    expect(checkIns(provider)).toEqual([]);
  });

  it("checks nobody in for another edition's badge, and says so", async () => {
    const provider = renderDesk();
    await scan(FOREIGN.id);
    expect(await screen.findByTestId('check-in-scan')).toHaveTextContent(
      "Ce badge (Mme Ada Lovelace) est celui d'une autre édition. Personne n'a été enregistré.",
    );
    await waitFor(() => expect(provider.getOne).toHaveBeenCalled());
    expect(checkIns(provider)).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider as fakeApi, type CallParams } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { withErrorMapping } from '../../providers/dataProvider';
import { formatTime } from '../../util/dates';
import type { Participation } from './fields';
import { eachTestStartsAt, registration as fixture } from '../../../test/participationFixtures';

const i18n = createI18nProvider('fr');

const registration = (id: string, displayName: string, overrides: Partial<Participation> = {}) =>
  fixture(id, displayName, {
    organisationName: 'Mairie de Dijon',
    event: { id: 'e12', title: '12es Rencontres de l’AICT', year: 2021, editionNumber: 12 },
    ...overrides,
  });

const MARIE = registration('p1', 'Mme Marie Martin');
const MARC = registration('p2', 'M. Marc Marchand');
const ANNULEE = registration('p3', 'Mme Anne Annulée', { status: 'CANCELLED' });
const ARRIVED_AT = '2021-06-29T07:42:00.000Z';
const OTHER_DESK_AT = '2021-06-29T07:40:00.000Z';

/**
 * A fake API behind the real error mapping: the refusals reach the page as the console's own
 * data provider would throw them (French messages from providers/errors.ts).
 */
function fakeDataProvider({ checkIn }: { checkIn: (id: string) => unknown }) {
  let attended = 1;
  let absent = 0;
  const provider = fakeApi({
    operations: {
      eventHeading: { id: 'e12', title: '12es Rencontres de l’AICT', startsOn: '2021-06-29' },
      eventAttendance: () => ({ eventId: 'e12', registered: 3, attended, cancelled: 1, noShow: absent }),
    },
  });
  const { getList, runAction } = provider;
  getList.mockImplementation(async (_resource: string, params: CallParams) => {
    const search = String(params.filter?.q ?? '').toLowerCase();
    const data = [MARIE, MARC, ANNULEE].filter((row) => row.displayName.toLowerCase().includes(search));
    return { data, total: data.length };
  });
  runAction.mockImplementation(async (_resource: string, params: CallParams) => {
    // the desk's search tolerates typos: here, a letter left out
    if (params.action === 'deskSearch') {
      const typed = String(params.data!.search).toLowerCase();
      const close = (name: string) => [...typed].every((letter) => name.toLowerCase().includes(letter));
      return { data: [MARIE, MARC, ANNULEE].filter((row) => close(row.displayName)) };
    }
    if (params.action === 'walkIn') {
      attended += 1;
      const { firstName, lastName } = params.data!.input;
      return { data: registration('p9', `${firstName} ${lastName}`, { status: 'ATTENDED', checkedInAt: ARRIVED_AT }) };
    }
    if (params.action === 'checkIn') {
      const answer = checkIn(params.id) as { graphQLErrors?: unknown; alreadyCheckedIn?: boolean } | undefined;
      if (answer?.graphQLErrors) throw answer;
      if (!answer?.alreadyCheckedIn) attended += 1;
      return { data: answer };
    }
    if (params.action === 'markAbsentees') {
      absent = 3 - attended;
      return { data: { eventId: params.data!.eventId, markedAbsent: absent } };
    }
    if (params.action === 'undoCheckIn') {
      attended -= 1;
      return { data: { ...MARIE, status: 'REGISTERED', checkedInAt: null } };
    }
    throw new Error(`unexpected action ${params.action}`);
  });
  return { dataProvider: withErrorMapping(provider, i18n), getList, runAction };
}

const cancelledRefusal = {
  graphQLErrors: [
    {
      message: 'This registration was cancelled: the arrival cannot be recorded. Register the person again first.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'id',
        fields: [{ field: 'id', code: 'CANCELLED', message: 'This registration was cancelled.' }],
        reason: 'CANCELLED',
      },
    },
  ],
};

function renderDesk(checkIn: (id: string) => unknown) {
  const fake = fakeDataProvider({ checkIn });
  render(<App dataProvider={fake.dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
  return fake;
}

const rowOf = async (name: string) => {
  const cell = await screen.findByText(name, {}, { timeout: 10000 });
  return cell.closest('[data-testid="check-in-row"]') as HTMLElement;
};

describe('the check-in desk', () => {
  eachTestStartsAt('#/events/e12/check-in');

  it('searches as one types, checks a person in with one click and counts them', async () => {
    const { getList, runAction } = renderDesk((id) => ({
      participation: { ...MARIE, id, status: 'ATTENDED', checkedInAt: ARRIVED_AT },
      alreadyCheckedIn: false,
    }));
    const search = await screen.findByRole('textbox', { name: 'Nom, prénom ou organisation' }, { timeout: 10000 });
    expect(document.activeElement).toBe(search);
    expect(await screen.findByTestId('check-in-event')).toHaveTextContent('12es Rencontres de l’AICT');
    await waitFor(() => expect(screen.getByTestId('check-in-counter')).toHaveTextContent('1 présent(e)s sur 3 inscrit(e)s'));

    // everyone by name before anything is typed
    expect(getList.mock.calls.at(-1)![1]).toMatchObject({ filter: { eventId: 'e12' }, pagination: { perPage: 20 } });
    // a typo ("Mrie"): the closest names
    await act(async () => {
      fireEvent.change(search, { target: { value: 'mrie' } });
    });
    await waitFor(() =>
      expect(runAction).toHaveBeenCalledWith('participations', {
        action: 'deskSearch',
        data: { eventId: 'e12', search: 'mrie', limit: 20 },
      }),
    );
    await waitFor(() => expect(screen.getAllByTestId('check-in-row')).toHaveLength(1));

    const row = await rowOf('Mme Marie Martin');
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: "Enregistrer l'arrivée" }));
    });
    expect(runAction).toHaveBeenCalledWith('participations', { action: 'checkIn', id: 'p1' });
    expect(await within(row).findByText(`Présent(e) · ${formatTime(ARRIVED_AT, 'fr')}`)).toBeTruthy();
    expect(within(row).getByRole('button', { name: "Annuler l'arrivée" })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('check-in-counter')).toHaveTextContent('2 présent(e)s sur 3 inscrit(e)s'));

    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: "Annuler l'arrivée" }));
    });
    expect(runAction).toHaveBeenCalledWith('participations', { action: 'undoCheckIn', id: 'p1' });
    expect(await within(row).findByRole('button', { name: "Enregistrer l'arrivée" })).toBeTruthy();
  });

  it('says when another desk had checked the person in already, without an error', async () => {
    renderDesk((id) => ({
      participation: { ...MARC, id, status: 'ATTENDED', checkedInAt: OTHER_DESK_AT },
      alreadyCheckedIn: true,
    }));
    const row = await rowOf('M. Marc Marchand');
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: "Enregistrer l'arrivée" }));
    });
    expect(await within(row).findByText(`Déjà enregistré(e) à ${formatTime(OTHER_DESK_AT, 'fr')}`)).toBeTruthy();
    expect(within(row).queryByRole('alert')).toBeNull();
  });

  it('refuses a cancelled registration in French', async () => {
    renderDesk(() => cancelledRefusal);
    const row = await rowOf('Mme Anne Annulée');
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: "Enregistrer l'arrivée" }));
    });
    expect(await within(row).findByRole('alert')).toHaveTextContent("Inscription annulée : impossible d'enregistrer l'arrivée");
  });

  it('checks the first result in with Enter, even typed before the search answered', async () => {
    const { runAction } = renderDesk((id) => ({
      participation: { ...MARC, id, status: 'ATTENDED', checkedInAt: ARRIVED_AT },
      alreadyCheckedIn: false,
    }));
    const search = await screen.findByRole('textbox', { name: 'Nom, prénom ou organisation' }, { timeout: 10000 });
    await rowOf('Mme Marie Martin');
    await act(async () => {
      fireEvent.change(search, { target: { value: 'marc' } });
      fireEvent.keyDown(search, { key: 'Enter' });
    });
    await waitFor(() => expect(runAction).toHaveBeenCalledWith('participations', { action: 'checkIn', id: 'p2' }));
    expect(runAction.mock.calls.filter(([, params]) => params.action === 'checkIn')).toHaveLength(1);
  });

  it('warns that the edition is not today', async () => {
    renderDesk(() => ({}));
    expect(await screen.findByTestId('check-in-not-today', {}, { timeout: 10000 })).toHaveTextContent(
      "Cette édition a eu lieu le 29 juin 2021, pas aujourd'hui",
    );
  });

  it('registers and checks in someone who did not register, in one step', async () => {
    const { runAction } = renderDesk(() => ({}));
    await waitFor(() => expect(screen.getByTestId('check-in-counter')).toHaveTextContent('1 présent(e)s sur 3 inscrit(e)s'), {
      timeout: 10000,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Inscrire une personne non inscrite' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Prénom' }), { target: { value: 'Yannick' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nom' }), { target: { value: 'Bernard' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Adresse électronique' }), {
      target: { value: 'y.bernard@example.org' },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: "Inscrire et enregistrer l'arrivée" }));
    });
    await waitFor(() => expect(runAction.mock.calls.some(([, params]) => params.action === 'walkIn')).toBe(true));
    const walkIn = runAction.mock.calls.find(([, params]) => params.action === 'walkIn')![1];
    expect(walkIn.data!.input).toEqual({
      eventId: 'e12',
      firstName: 'Yannick',
      lastName: 'Bernard',
      email: 'y.bernard@example.org',
      collectivityId: null,
      organisationName: null,
      role: 'ATTENDEE',
    });
    expect(await screen.findByText('Arrivée enregistrée : Yannick Bernard')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('check-in-counter')).toHaveTextContent('2 présent(e)s sur 3 inscrit(e)s'));
  });

  it('closes the attendance after the day: those who never came are marked absent, once confirmed', async () => {
    const { runAction } = renderDesk(() => ({}));
    await waitFor(() => expect(screen.getByTestId('check-in-counter')).toHaveTextContent('1 présent(e)s sur 3 inscrit(e)s'), {
      timeout: 10000,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Clôturer l’émargement' }));
    expect(await screen.findByText(/2 inscriptions sans arrivée enregistrée passeront en « Absent\(e\) »/)).toBeTruthy();
    expect(runAction.mock.calls.some(([, params]) => params.action === 'markAbsentees')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    await waitFor(() =>
      expect(runAction).toHaveBeenCalledWith('participations', { action: 'markAbsentees', data: { eventId: 'e12' } }),
    );
    expect(await screen.findByText('2 inscriptions marquées absentes')).toBeTruthy();
    // nobody waits any more: the button goes
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Clôturer l’émargement' })).toBeNull());
  });
});

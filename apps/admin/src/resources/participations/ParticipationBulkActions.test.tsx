import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider as fakeApi, type CallParams } from '../../../test/fakeDataProvider';
import { eachTestStartsAt, registration as fixture } from '../../../test/participationFixtures';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { withErrorMapping } from '../../providers/dataProvider';

const i18n = createI18nProvider('fr');

const registration = (id: string, displayName: string) =>
  fixture(id, displayName, { event: { id: 'e12', title: '12es Rencontres', year: 2021, editionNumber: 12 } });

const PEOPLE = [registration('p1', 'Marie Martin'), registration('p2', 'Marc Marchand'), registration('p3', 'Anne Durand')];

function renderList(answer: (params: CallParams) => unknown) {
  const provider = fakeApi({ lists: { participations: PEOPLE, events: [] }, operations: { eventChoices: { nodes: [] } } });
  provider.runAction.mockImplementation(async (_resource: string, params: CallParams) => {
    const data = answer(params) as { graphQLErrors?: unknown } | null;
    if (data?.graphQLErrors) throw data;
    return { data };
  });
  render(
    <App
      dataProvider={withErrorMapping(provider, i18n)}
      authProvider={signedInAs('STAFF')}
      i18nProvider={createI18nProvider('fr')}
    />,
  );
  return provider;
}

async function select(names: string[]) {
  const table = await screen.findByRole('table', {}, { timeout: 10000 });
  await within(table).findByText('Marie Martin');
  for (const name of names) {
    const row = within(table).getByText(name).closest('tr')!;
    await act(async () => {
      fireEvent.click(within(row).getByRole('checkbox'));
    });
  }
}

describe('the participants list in bulk', () => {
  eachTestStartsAt('#/participations');

  it('marks the registrations selected present at once, after a confirmation', async () => {
    const provider = renderList((params) => (params.action === 'setStatus' ? { changed: 2, participations: [] } : null));
    await select(['Marie Martin', 'Anne Durand']);
    fireEvent.click(await screen.findByTestId('bulk-present'));
    expect(await screen.findByText('Les 2 inscriptions choisies passeront en « Présent(e) ».')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    });
    await waitFor(() =>
      expect(provider.runAction).toHaveBeenCalledWith('participations', {
        action: 'setStatus',
        data: { ids: ['p1', 'p3'], status: 'ATTENDED' },
      }),
    );
    expect(await screen.findByText('2 inscriptions passées en « Présent(e) »')).toBeTruthy();
  });

  it('deletes them all or none, and says in French when one is gone', async () => {
    const provider = renderList((params) =>
      params.action === 'deleteMany'
        ? {
            graphQLErrors: [
              {
                message: '1 of the 2 registrations chosen no longer exists: nothing was changed.',
                extensions: { code: 'NOT_FOUND', ids: ['p2'] },
              },
            ],
          }
        : null,
    );
    await select(['Marie Martin', 'Marc Marchand']);
    fireEvent.click(await screen.findByTestId('bulk-delete'));
    expect(await screen.findByText('Les 2 inscriptions choisies seront supprimées.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Confirmer' }));
    });
    await waitFor(() =>
      expect(provider.runAction).toHaveBeenCalledWith('participations', { action: 'deleteMany', data: { ids: ['p1', 'p2'] } }),
    );
    expect(
      await screen.findByText("Une des inscriptions choisies n'existe plus : rien n'a été modifié. Rechargez la liste."),
    ).toBeTruthy();
  });
});

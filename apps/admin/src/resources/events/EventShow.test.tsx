import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { award, edition12, sessions, statistics12, trend } from '../../../test/eventFixtures';
import { signedInAs } from '../../../test/fakeAuth';
import type { UpdateParams } from 'react-admin';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';

const provider = () =>
  fakeDataProvider({
    records: { events: edition12 },
    lists: { events: [edition12], eventSessions: sessions, labelAwards: [award] },
    operations: {
      eventStatistics: statistics12,
      eventTrend: trend,
    },
  });

const open = (path: string, dataProvider = provider()) => {
  window.location.hash = `#/events/e12/show${path}`;
  render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
  return dataProvider;
};

/** testing-library reads French numbers with their narrow no-break spaces. */
const text = (value: string) => new RegExp(`^${value.replace(/ /g, '\\s')}$`, 'u');

describe("an edition's page", () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('shows the figures of the edition, its breakdowns in French and the trend across editions', async () => {
    const dataProvider = open('/statistiques');
    const panel = await screen.findByTestId('event-statistics', {}, { timeout: 15000 });
    const figure = (name: string) => within(panel).findByTestId(`statistic-${name}`);
    expect(within(await figure('registered')).getByText('Inscrits')).toBeTruthy();
    expect(within(await figure('registered')).getByText('512')).toBeTruthy();
    expect(within(await figure('attended')).getByText('498')).toBeTruthy();
    expect(within(await figure('frenchCollectivities')).getByText('130')).toBeTruthy();
    expect(within(await figure('foreignCountries')).getByText('30')).toBeTruthy();
    expect(within(await figure('foreignDelegations')).getByText('15')).toBeTruthy();
    expect(within(await figure('embassies')).getByText('18')).toBeTruthy();
    expect(within(await figure('noShow')).getByText('Absents')).toBeTruthy();
    // kinds in the programme's order, roles and countries in French
    const kinds = within(screen.getByTestId('statistics-sessions-by-kind'))
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(kinds).toEqual(['Plénière1', 'Atelier9', 'Quiz1']);
    expect(within(screen.getByTestId('statistics-participants-by-role')).getByText('Délégation étrangère')).toBeTruthy();
    const countries = within(screen.getByTestId('statistics-top-countries'))
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(countries).toEqual(['France430', 'Sénégal12', 'Mali9']);
    // the trend of the series: one bar group per edition, labelled by year
    const chart = await screen.findByTestId('event-trend-chart');
    await waitFor(() => expect(within(chart).getByText('11 · 2019')).toBeTruthy());
    expect(within(chart).getByText('12 · 2021')).toBeTruthy();
    expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBe(4);
    expect(dataProvider.runOperation).toHaveBeenCalledWith('eventStatistics', { eventId: 'e12' });
    expect(dataProvider.runOperation).toHaveBeenCalledWith('eventTrend', { seriesId: 's1' });
  }, 30000);

  it('lists the programme by time, kinds in French and speakers as links; a session is added or changed in a dialog', async () => {
    const dataProvider = open('/programme');
    await screen.findByTestId('event-sessions', {}, { timeout: 15000 });
    // the body's rows, under the header's
    const sessionRows = () => within(screen.getByTestId('event-sessions')).getAllByRole('row').slice(1);
    const rows = sessionRows();
    expect(within(rows[0]!).getByText('Plénière')).toBeTruthy();
    expect(within(rows[0]!).getByText("L'AICT et le climat : une dynamique en construction")).toBeTruthy();
    expect(within(rows[0]!).getByRole('link', { name: 'François Rebsamen' }).getAttribute('href')).toBe('#/contacts/p1/show');
    expect(within(rows[0]!).getByText('120 min')).toBeTruthy();
    expect(within(rows[1]!).getByText('Atelier')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une session' }));
    const dialog = await screen.findByRole('dialog');
    await act(async () => {
      fireEvent.change(within(dialog).getByLabelText(/Titre/), { target: { value: 'Quizz AICT' } });
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter une session' }));
    });
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('eventSessions', {
      data: { title: 'Quizz AICT', kind: 'WORKSHOP', startsAt: '2021-06-29T09:00', speakerIds: [], eventId: 'e12' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // the session's own values, not the edition's (both have a title)
    fireEvent.click(within(sessionRows()[0]!).getByRole('button', { name: 'Éditer' }));
    const edit = await screen.findByRole('dialog');
    expect((within(edit).getByLabelText(/Titre/) as HTMLInputElement).value).toBe(
      "L'AICT et le climat : une dynamique en construction",
    );
    await act(async () => {
      fireEvent.change(within(edit).getByLabelText(/Salle/), { target: { value: 'Grand auditorium' } });
    });
    await act(async () => {
      fireEvent.click(within(edit).getByRole('button', { name: 'Enregistrer' }));
    });
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    const [resource, params] = dataProvider.update.mock.calls[0] as [string, UpdateParams];
    expect(resource).toBe('eventSessions');
    expect(params.id).toBe('ss1');
    expect(params.data.room).toBe('Grand auditorium');
    expect(params.previousData.speakerIds).toEqual(['p1']);
  }, 30000);

  it('lists the labels awarded at the edition, and links to participants, check-in and import', async () => {
    open('/labels');
    const awards = await screen.findByTestId('label-awards', {}, { timeout: 15000 });
    expect(within(awards).getByText('Territoires unis et solidaires face aux crises')).toBeTruthy();
    expect(within(awards).getByRole('link', { name: 'Dijon' }).getAttribute('href')).toBe('#/collectivities/c1/show');
    expect(within(awards).getByText('Pour sa solidarité avec les collectivités libanaises')).toBeTruthy();
    expect(within(awards).getByRole('button', { name: 'Supprimer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Décerner un label' })).toBeTruthy();
    const link = (name: string) => screen.getByRole('link', { name }).getAttribute('href');
    expect(link('Participants')).toBe(`#/participations?filter=${encodeURIComponent('{"eventId":"e12"}')}`);
    expect(link('Accueil / émargement')).toBe('#/events/e12/check-in');
    expect(link('Importer des inscriptions')).toBe('#/events/e12/import');
  }, 30000);

  it('shows what the edition is: dates, venue, fil rouge', async () => {
    open('');
    expect(await screen.findByText(text('29 juin 2021'), {}, { timeout: 15000 })).toBeTruthy();
    expect(screen.getByText('12e édition')).toBeTruthy();
    expect(screen.getByText("Cité des Sciences et de l'Industrie")).toBeTruthy();
    expect(screen.getByText('Fil rouge')).toBeTruthy();
  }, 30000);
});

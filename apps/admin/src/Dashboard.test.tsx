import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { edition12, statistics12, trend } from '../test/eventFixtures';
import { signedInAs } from '../test/fakeAuth';
import { fakeDataProvider } from '../test/fakeDataProvider';
import { App } from './App';
import { nextEdition } from './DashboardPanels';
import { createI18nProvider } from './i18n/i18nProvider';

const edition13 = {
  ...edition12,
  id: 'e13',
  editionNumber: 13,
  year: 2022,
  startsOn: '2022-07-05',
  endsOn: '2022-07-05',
  title: 'Rencontres 2022',
};
const edition14 = {
  ...edition12,
  id: 'e14',
  editionNumber: 14,
  year: 2023,
  startsOn: '2023-07-04',
  endsOn: '2023-07-04',
  title: 'Rencontres 2023',
};

/** A French amount as testing-library reads it (its spaces normalised). */
const euros = (text: string) => new RegExp(text.replace(/ /g, '\\s'), 'u');

describe('the staff dashboard', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/';
  });
  afterEach(cleanup);

  it('picks the soonest of the upcoming editions', () => {
    expect(nextEdition([edition14, edition13])?.id).toBe('e13');
    expect(nextEdition([])).toBeUndefined();
  });

  it("shows the member counts, dues collected against invoiced, the next edition's registrations and two charts", async () => {
    const year = new Date().getFullYear();
    const dataProvider = fakeDataProvider({
      lists: { events: [edition14, edition13], collectivities: [{ id: 'c1', name: 'Dijon' }] },
      operations: {
        duesTotals: {
          year,
          count: 120,
          invoicedCents: 45000000,
          paidCents: 30000050,
          waivedCents: 0,
          lateCount: 3,
          lateCents: 4500000,
        },
        eventStatistics: (variables) => ({ ...statistics12, eventId: variables.eventId, registered: 350, attended: 0 }),
        eventTrend: trend,
        memberCountsByRegion: [
          { regionCode: '27', regionName: 'Bourgogne-Franche-Comté', memberCount: 12 },
          { regionCode: '11', regionName: 'Île-de-France', memberCount: 40 },
        ],
      },
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);

    // the counts stay
    expect(await screen.findByText('Collectivités adhérentes', {}, { timeout: 15000 })).toBeTruthy();

    const dues = await screen.findByTestId('dashboard-dues');
    expect(within(dues).getByText(`Cotisations ${year}`)).toBeTruthy();
    expect(await within(dues).findByText(euros('300 000,50 € encaissés sur 450 000,00 € facturés'))).toBeTruthy();
    expect(within(dues).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('67');

    const next = screen.getByTestId('dashboard-next-edition');
    expect(await within(next).findByText('Rencontres 2022')).toBeTruthy();
    await waitFor(() => expect(within(within(next).getByTestId('next-edition-registered')).getByText('350')).toBeTruthy());
    expect(within(within(next).getByTestId('next-edition-attended')).getByText('0')).toBeTruthy();
    expect(next.closest('a')?.getAttribute('href') ?? within(next).getByRole('link').getAttribute('href')).toBe(
      '#/events/e13/show',
    );
    expect(dataProvider.getList).toHaveBeenCalledWith('events', expect.objectContaining({ filter: { upcoming: true } }));
    expect(dataProvider.runOperation).toHaveBeenCalledWith('eventStatistics', { eventId: 'e13' });

    const participation = screen.getByTestId('dashboard-participation');
    await waitFor(() => expect(within(participation).getByText('11 · 2019')).toBeTruthy());
    expect(within(participation).getByText('12 · 2021')).toBeTruthy();
    expect(participation.querySelectorAll('.recharts-bar-rectangle').length).toBe(4);

    const regions = screen.getByTestId('dashboard-regions');
    await waitFor(() => expect(within(regions).getByText('Île-de-France')).toBeTruthy());
    const names = within(regions)
      .getAllByText(/Île-de-France|Bourgogne-Franche-Comté/)
      .map((tick) => tick.textContent);
    // most members first
    expect(names).toEqual(['Île-de-France', 'Bourgogne-Franche-Comté']);
  }, 30000);

  it('says when no edition is coming', async () => {
    const dataProvider = fakeDataProvider({
      operations: {
        duesTotals: { year: 2030, count: 0, invoicedCents: 0, paidCents: 0, waivedCents: 0, lateCount: 0, lateCents: 0 },
        eventTrend: [],
        memberCountsByRegion: [],
      },
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('ADMIN')} i18nProvider={createI18nProvider('fr')} />);
    expect(await screen.findByText('Aucune édition à venir.', {}, { timeout: 15000 })).toBeTruthy();
    expect(screen.getByText('Aucune édition à comparer.')).toBeTruthy();
    expect(dataProvider.runOperation).not.toHaveBeenCalledWith('eventStatistics', expect.anything());
  }, 30000);
});

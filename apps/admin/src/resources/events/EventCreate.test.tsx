import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { endNotBeforeStart } from './validation';

describe('the edition form', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/events/create';
  });
  afterEach(cleanup);

  it('accepts a one-day edition and refuses an end before the start', () => {
    expect(endNotBeforeStart('2021-06-29', { startsOn: '2021-06-29' })).toBeUndefined();
    expect(endNotBeforeStart('2021-06-30', { startsOn: '2021-06-29' })).toBeUndefined();
    expect(endNotBeforeStart('2021-06-28', { startsOn: '2021-06-29' })).toBe('resources.events.errors.endsBeforeStart');
    // nothing to compare yet: "required" speaks for the empty field
    expect(endNotBeforeStart('', { startsOn: '2021-06-29' })).toBeUndefined();
  });

  it('says in French what is missing and that the end cannot precede the start, and saves nothing', async () => {
    const dataProvider = fakeDataProvider({
      operations: {
        eventSeries: [
          { id: 's1', name: "Rencontres de l'action internationale des collectivités territoriales", acronym: 'RAICT' },
        ],
      },
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const title = await screen.findByLabelText(/Titre/, {}, { timeout: 15000 });
    await act(async () => {
      fireEvent.change(title, { target: { value: 'Rencontres 2022' } });
      fireEvent.change(screen.getByLabelText(/Début/), { target: { value: '2022-07-05' } });
      fireEvent.change(screen.getByLabelText(/^Fin/), { target: { value: '2022-07-04' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    expect(await screen.findByText('La date de fin ne peut pas précéder la date de début.')).toBeTruthy();
    // the series and the edition number are required
    await waitFor(() => expect(screen.getAllByText('Ce champ est obligatoire.').length).toBeGreaterThanOrEqual(2));
    expect(dataProvider.create).not.toHaveBeenCalled();
  }, 30000);

  it('creates a series from its name when none fits, then the edition in it', async () => {
    const dataProvider = fakeDataProvider({
      operations: {
        eventSeries: [],
        createEventSeries: (variables) => ({ id: 's9', name: (variables.input as { name: string }).name, acronym: null }),
      },
    });
    render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
    const series = await screen.findByLabelText(/Série/, {}, { timeout: 15000 });
    await act(async () => {
      fireEvent.focus(series);
      fireEvent.change(series, { target: { value: 'Rencontres AICT' } });
    });
    fireEvent.click(await screen.findByText('Créer la série « Rencontres AICT »'));
    await waitFor(() =>
      expect(dataProvider.runOperation).toHaveBeenCalledWith('createEventSeries', { input: { name: 'Rencontres AICT' } }),
    );
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/Édition/), { target: { value: '13' } });
      fireEvent.change(screen.getByLabelText(/Titre/), { target: { value: 'Rencontres 2022' } });
      fireEvent.change(screen.getByLabelText(/Début/), { target: { value: '2022-07-05' } });
      fireEvent.change(screen.getByLabelText(/^Fin/), { target: { value: '2022-07-05' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    });
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create.mock.calls[0]![1].data).toMatchObject({
      seriesId: 's9',
      editionNumber: 13,
      year: new Date().getFullYear(),
      title: 'Rencontres 2022',
      startsOn: '2022-07-05',
      endsOn: '2022-07-05',
    });
  }, 30000);
});

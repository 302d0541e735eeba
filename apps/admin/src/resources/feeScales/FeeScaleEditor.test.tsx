import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MutationOptions, QueryOptions } from '@apollo/client';
import type { OperationDefinitionNode } from 'graphql';
import { type DataProvider } from 'react-admin';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { createOperationRunner } from '../../providers/operations';
import { quietRefusals } from '../../../test/quietRefusals';

const i18n = createI18nProvider('fr');
const year = new Date().getFullYear();

const SCALE = {
  year: year - 1,
  dueOn: `${year - 1}-03-31`,
  version: 2,
  brackets: [
    { minPopulation: 0, maxPopulation: 9999, amountCents: 30000 },
    { minPopulation: 10000, maxPopulation: 99999, amountCents: 150000 },
    { minPopulation: 100000, maxPopulation: null, amountCents: 450000 },
  ],
};

/** The real operation runner over a fake API: last year has a scale, this year none; saving is refused once. */
function feeScalesDataProvider(refusal: unknown) {
  const query = jest.fn(async ({ query: document, variables }: QueryOptions) => {
    const name = (document.definitions[0] as OperationDefinitionNode).name!.value;
    if (name === 'FeeScales') return { data: { data: [SCALE] } };
    if (name === 'FeeScale') return { data: { data: variables?.year === SCALE.year ? SCALE : null } };
    return { data: { data: null } };
  });
  let calls = 0;
  const mutate = jest.fn(async ({ variables }: MutationOptions) => {
    calls += 1;
    if (calls === 1) throw refusal;
    return { data: { data: { ...(variables?.input as object), version: 1 } } };
  });
  const dataProvider = {
    ...fakeDataProvider(),
    runOperation: createOperationRunner({ query, mutate } as never, i18n),
  } as unknown as DataProvider;
  return { dataProvider, mutate };
}

const apiRefusal = (fields: { field: string; code: string; message: string }[]) =>
  Object.assign(new Error('Invalid input'), {
    graphQLErrors: [
      {
        message: `Invalid input: ${fields.map((field) => field.message).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', field: fields[0]!.field, fields },
      },
    ],
  });

describe('Barème des cotisations', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '#/feeScales';
    quietRefusals();
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('starts a new year from the previous scale, and shows the API’s refusal on the bracket it names, in French', async () => {
    const { dataProvider, mutate } = feeScalesDataProvider(
      apiRefusal([{ field: 'brackets.1', code: 'OVERLAP', message: 'Brackets overlap at 9000 inhabitants.' }]),
    );
    render(<App dataProvider={dataProvider} authProvider={signedInAs('ADMIN')} i18nProvider={createI18nProvider('fr')} />);
    expect(
      await screen.findByText(
        `Aucun barème pour ${year} : saisissez-le ci-dessous (repris de l'année précédente quand elle en a un).`,
        {},
        { timeout: 10000 },
      ),
    ).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('Montant (€) 3') as HTMLInputElement).value).toBe('4 500'));
    expect((screen.getByLabelText('À (habitants) 3') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Échéance') as HTMLInputElement).value).toBe(`${year}-03-31`);

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Montant (€) 2'), { target: { value: '1 600,50' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le barème' }));
    });
    const error = await screen.findByTestId('bracket-error-1');
    expect(error.textContent).toBe('Cette tranche chevauche la précédente : elle doit commencer juste après.');
    expect(screen.queryByTestId('bracket-error-0')).toBeNull();
    expect(screen.getByLabelText('De (habitants) 2').getAttribute('aria-invalid')).toBe('true');
    expect(mutate.mock.calls[0]![0].variables).toEqual({
      input: {
        year,
        dueOn: `${year}-03-31`,
        brackets: [
          { minPopulation: 0, maxPopulation: 9999, amountCents: 30000 },
          { minPopulation: 10000, maxPopulation: 99999, amountCents: 160050 },
          { minPopulation: 100000, maxPopulation: null, amountCents: 450000 },
        ],
      },
    });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le barème' }));
    });
    expect(await screen.findByText(`Barème ${year} enregistré`)).toBeTruthy();
  });

  it('checks the scale before sending it: a gap is shown on its row, nothing is sent', async () => {
    const { dataProvider, mutate } = feeScalesDataProvider(new Error('not expected'));
    render(<App dataProvider={dataProvider} authProvider={signedInAs('ADMIN')} i18nProvider={createI18nProvider('fr')} />);
    await waitFor(() => expect((screen.getByLabelText('De (habitants) 3', {}) as HTMLInputElement).value).toBe('100 000'), {
      timeout: 10000,
    });
    await act(async () => {
      fireEvent.change(screen.getByLabelText('De (habitants) 3'), { target: { value: '150 000' } });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le barème' }));
    });
    expect((await screen.findByTestId('bracket-error-2')).textContent).toBe(
      "Trou entre la tranche précédente et celle-ci : certaines populations n'ont pas de montant.",
    );
    expect(mutate).not.toHaveBeenCalled();
    // the year of the stored scale shows it
    await act(async () => {
      fireEvent.click(within(screen.getByTestId('fee-scale-years')).getByText(String(year - 1)));
    });
    expect(
      await screen.findByText(`Barème ${year - 1} enregistré ; les cotisations déjà générées ne changent pas.`),
    ).toBeTruthy();
  });
});

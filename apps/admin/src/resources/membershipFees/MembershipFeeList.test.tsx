import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { MutationOptions, OperationVariables, QueryOptions } from '@apollo/client';
import type { OperationDefinitionNode } from 'graphql';
import { type DataProvider } from 'react-admin';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { createOperationRunner } from '../../providers/operations';
import type { MembershipFee } from './fields';
import { quietRefusals } from '../../../test/quietRefusals';
import { alreadyPaidFailure, noFeeScaleFailure } from '../../../test/collectivityFixtures';

const i18n = createI18nProvider('fr');

const fee = (id: string, name: string, overrides: Partial<MembershipFee> = {}): MembershipFee => ({
  id,
  year: 2021,
  amountCents: 450000,
  computation: 'Barème 2021',
  status: 'LATE',
  invoicedOn: '2021-01-15',
  dueOn: '2021-03-31',
  paidOn: null,
  paymentReference: null,
  waiverReason: null,
  version: 1,
  collectivity: { id: `c-${id}`, name, population: 100000 },
  ...overrides,
});

const ROWS = [
  fee('f1', 'Beaune', { amountCents: 150000 }),
  fee('f2', 'Dijon'),
  fee('f3', 'Talant', { status: 'PAID', paidOn: '2021-02-01' }),
];

/** The real operation runner over a fake Apollo client: the API's answers and refusals as they come. */
function duesDataProvider(mutate: (operation: string, variables: OperationVariables) => unknown) {
  const query = jest.fn(async ({ query: document }: QueryOptions) => {
    const name = (document.definitions[0] as OperationDefinitionNode).name!.value;
    if (name === 'DuesTotals')
      return {
        data: {
          data: {
            year: 2021,
            count: 3,
            invoicedCents: 750000,
            paidCents: 150000,
            waivedCents: 0,
            lateCount: 2,
            lateCents: 300000,
          },
        },
      };
    if (name === 'MembersInArrears') return { data: { data: [{ id: 'c-f2', name: 'Dijon' }] } };
    return { data: { data: [] } };
  });
  const mutateSpy = jest.fn(async ({ mutation, variables }: MutationOptions) =>
    mutate((mutation.definitions[0] as OperationDefinitionNode).name!.value, variables ?? {}),
  );
  const runOperation = createOperationRunner({ query, mutate: mutateSpy } as never, i18n);
  const getList = jest.fn(async (_resource: string, _params: unknown) => ({ data: ROWS, total: ROWS.length }));
  const dataProvider = { ...fakeDataProvider(), getList, runOperation } as unknown as DataProvider;
  return { dataProvider, getList, mutate: mutateSpy };
}

async function openList(dataProvider: DataProvider) {
  window.location.hash = `#/membershipFees?filter=${encodeURIComponent(JSON.stringify({ year: 2021 }))}`;
  render(<App dataProvider={dataProvider} authProvider={signedInAs('STAFF')} i18nProvider={createI18nProvider('fr')} />);
  const table = await screen.findByRole('table', {}, { timeout: 10000 });
  await within(table).findByText('Dijon', {}, { timeout: 10000 });
  return table;
}

/** A French amount as testing-library reads it (its spaces normalised). */
const euros = (text: string) => new RegExp(`^${text.replace(/ /g, '\\s')}$`, 'u');

const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByText(name))!;

describe('Cotisations', () => {
  beforeEach(() => {
    localStorage.clear();
    quietRefusals();
  });
  afterEach(() => {
    cleanup();
    jest.restoreAllMocks();
  });

  it('shows the year in French: amounts, statuses, totals, and flags the members in arrears', async () => {
    const { dataProvider, getList } = duesDataProvider(() => ({}));
    const table = await openList(dataProvider);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent?.trim())
      .filter(Boolean);
    expect(headers).toEqual([
      'Collectivité',
      'Année',
      'Montant',
      'Statut',
      'Facturée le',
      'Échéance',
      'Payée le',
      'Référence de paiement',
    ]);
    const dijon = rowOf(table, 'Dijon');
    expect(within(dijon).getByText(euros('4 500,00 €'))).toBeTruthy();
    expect(within(dijon).getByText('En retard')).toBeTruthy();
    expect(within(dijon).getByTestId('arrears-flag')).toBeTruthy();
    expect(within(rowOf(table, 'Beaune')).queryByTestId('arrears-flag')).toBeNull();
    expect(within(rowOf(table, 'Talant')).getByText('Payée')).toBeTruthy();
    expect(await screen.findByText('Cotisations 2021')).toBeTruthy();
    expect(within(screen.getByTestId('dues-total-invoiced')).getByText(euros('7 500,00 €'))).toBeTruthy();
    expect(within(screen.getByTestId('dues-total-paid')).getByText(euros('1 500,00 €'))).toBeTruthy();
    expect(within(screen.getByTestId('dues-total-late')).getByText('2 cotisations')).toBeTruthy();
    expect(within(screen.getByTestId('dues-total-late')).getByText('3 000,00 €')).toBeTruthy();
    expect(within(screen.getByTestId('arrears-panel')).getByText('Dijon')).toBeTruthy();
    expect(getList).toHaveBeenCalledWith('membershipFees', expect.objectContaining({ filter: { year: 2021 } }));
  });

  it('marks the selected dues paid with the date and reference, and says an already paid one stops it all', async () => {
    let attempt = 0;
    const { dataProvider, mutate } = duesDataProvider((operation) => {
      if (operation !== 'MarkFeesPaid') throw new Error(`unexpected ${operation}`);
      attempt += 1;
      if (attempt === 1) {
        throw alreadyPaidFailure();
      }
      return { data: { data: [{ id: 'f2' }, { id: 'f1' }] } };
    });
    const table = await openList(dataProvider);
    // a paid fee cannot be selected
    expect((within(rowOf(table, 'Talant')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.click(within(rowOf(table, 'Dijon')).getByRole('checkbox'));
      fireEvent.click(within(rowOf(table, 'Beaune')).getByRole('checkbox'));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Marquer payé' }));
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Marquer 2 cotisations payées')).toBeTruthy();
    await act(async () => {
      fireEvent.change(within(dialog).getByLabelText(/Payée le/), { target: { value: '2021-04-02' } });
      fireEvent.change(within(dialog).getByLabelText('Référence de paiement'), { target: { value: 'VIR-2021-0042' } });
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le paiement' }));
    });
    // the refusal in a notification, the dialog still open with its values
    expect(
      await screen.findByText(
        'Une des cotisations choisies est déjà payée : rien n’a été enregistré. Retirez-la de la sélection.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect((within(dialog).getByLabelText('Référence de paiement') as HTMLInputElement).value).toBe('VIR-2021-0042');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le paiement' }));
    });
    // shown once the refusal's notification has gone (4 s)
    expect(await screen.findByText('2 cotisations marquées payées', {}, { timeout: 8000 })).toBeTruthy();
    expect(mutate.mock.calls[1]![0].variables).toEqual({
      input: { ids: ['f2', 'f1'], paidOn: '2021-04-02', paymentReference: 'VIR-2021-0042' },
    });
    // closed, the selection cleared
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect((within(rowOf(table, 'Dijon')).getByRole('checkbox') as HTMLInputElement).checked).toBe(false));
  });

  it('asks for the payment date before sending anything', async () => {
    const { dataProvider, mutate } = duesDataProvider(() => ({ data: { data: [] } }));
    const table = await openList(dataProvider);
    await act(async () => {
      fireEvent.click(within(rowOf(table, 'Dijon')).getByRole('checkbox'));
    });
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Marquer payé' }));
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Marquer 1 cotisation payée')).toBeTruthy();
    await act(async () => {
      const paidOn = within(dialog).getByLabelText(/Payée le/);
      fireEvent.change(paidOn, { target: { value: '' } });
      // a date input commits an emptied value on blur
      fireEvent.blur(paidOn);
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le paiement' }));
    });
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(mutate).not.toHaveBeenCalled();
  });

  it('generates the dues of the year chosen and says how many were created', async () => {
    const { dataProvider, mutate } = duesDataProvider((operation, variables) => {
      if (operation !== 'GenerateDues') throw new Error(`unexpected ${operation}`);
      return { data: { data: { year: variables.year, created: 3, existing: 1 } } };
    });
    await openList(dataProvider);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: "Générer les cotisations de l'année" }));
    });
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('spinbutton', { name: /^Année/ }) as HTMLInputElement).value).toBe('2021');
    await act(async () => {
      fireEvent.change(within(dialog).getByLabelText('Facturées le'), { target: { value: '2021-01-15' } });
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Générer' }));
    });
    expect(await screen.findByText('3 cotisations créées, 1 existait déjà')).toBeTruthy();
    expect(mutate.mock.calls[0]![0].variables).toEqual({ year: 2021, invoicedOn: '2021-01-15' });
  });

  it('refuses a year out of range before sending anything, and shows the API refusal of a year under it', async () => {
    const { dataProvider, mutate } = duesDataProvider((operation) => {
      if (operation !== 'GenerateDues') throw new Error(`unexpected ${operation}`);
      throw noFeeScaleFailure();
    });
    await openList(dataProvider);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: "Générer les cotisations de l'année" }));
    });
    const dialog = await screen.findByRole('dialog');
    const year = within(dialog).getByRole('spinbutton', { name: /^Année/ });
    await act(async () => {
      fireEvent.change(year, { target: { value: '1900' } });
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Générer' }));
    });
    expect(await within(dialog).findByText('La valeur est trop petite.')).toBeTruthy();
    await act(async () => {
      fireEvent.change(year, { target: { value: '2021.5' } });
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Générer' }));
    });
    expect(await within(dialog).findByText('Un nombre entier est attendu.')).toBeTruthy();
    expect(mutate).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.change(year, { target: { value: '2031' } });
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Générer' }));
    });
    expect(
      await within(dialog).findByText("Aucun barème n'est défini pour cette année : un administrateur doit d'abord le saisir."),
    ).toBeTruthy();
    expect(mutate.mock.calls[0]![0].variables).toEqual(expect.objectContaining({ year: 2031 }));
  });

  it('waives a due with its reason, required', async () => {
    const { dataProvider, mutate } = duesDataProvider((operation, variables) => {
      if (operation !== 'WaiveFee') throw new Error(`unexpected ${operation}`);
      return { data: { data: { ...fee(variables.input.id, 'Dijon'), status: 'WAIVED', waiverReason: variables.input.reason } } };
    });
    const table = await openList(dataProvider);
    // a paid due cannot be waived
    expect(within(rowOf(table, 'Talant')).queryByRole('button', { name: 'Exonérer' })).toBeNull();
    await act(async () => {
      fireEvent.click(within(rowOf(table, 'Dijon')).getByRole('button', { name: 'Exonérer' }));
    });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Exonérer Dijon de sa cotisation 2021')).toBeTruthy();
    const reason = within(dialog).getByRole('textbox', { name: /Motif de l'exonération/ });
    // nothing: nothing sent
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Exonérer' }));
    });
    expect(await within(dialog).findByText("Le motif de l'exonération est obligatoire.")).toBeTruthy();
    // blanks are no reason either (checked again as it changes)
    await act(async () => {
      fireEvent.change(reason, { target: { value: '   ' } });
    });
    expect(within(dialog).getByText("Le motif de l'exonération est obligatoire.")).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(mutate).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.change(reason, { target: { value: ' Commune sinistrée (inondations de 2021) ' } });
    });
    expect(reason.getAttribute('aria-invalid')).toBe('false');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Exonérer' }));
    });
    // shown once the notification of the invalid form has gone (4 s)
    expect(await screen.findByText('Cotisation exonérée', {}, { timeout: 8000 })).toBeTruthy();
    expect(mutate.mock.calls[0]![0].variables).toEqual({
      input: { id: 'f2', reason: 'Commune sinistrée (inondations de 2021)' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { signedInAs } from '../../../test/fakeAuth';
import { fakeDataProvider } from '../../../test/fakeDataProvider';
import { App } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import type { WebhookDelivery, WebhookEndpoint } from './fields';

const endpoint: WebhookEndpoint = {
  id: 'w1',
  url: 'https://site.cites-unies.example/hooks/crm',
  description: 'Site public',
  eventTypes: ['collectivity.updated', 'membership.changed'],
  scopes: ['collectivities:read'],
  enabled: false,
  disabledReason: 'GONE',
  createdAt: '2026-11-30T09:00:00Z',
  version: 1,
};

const deliveries: WebhookDelivery[] = [
  {
    id: 'd1',
    eventType: 'membership.changed',
    entityType: 'Collectivity',
    entityId: 'c1',
    status: 'FAILED',
    attempts: 4,
    lastStatusCode: 500,
    lastError: 'HTTP_500',
    lastAttemptAt: '2026-12-01T10:00:00Z',
    nextAttemptAt: null,
    createdAt: '2026-12-01T09:00:00Z',
  },
  {
    id: 'd2',
    eventType: 'collectivity.updated',
    entityType: 'Collectivity',
    entityId: 'c1',
    status: 'PENDING',
    attempts: 1,
    lastStatusCode: null,
    lastError: 'TIMEOUT',
    lastAttemptAt: '2026-12-01T09:00:00Z',
    nextAttemptAt: '2026-12-01T09:00:30Z',
    createdAt: '2026-12-01T08:59:59Z',
  },
];

const provider = () => {
  const dataProvider = fakeDataProvider({ records: { webhookEndpoints: endpoint }, lists: { webhookEndpoints: [endpoint] } });
  dataProvider.runAction.mockImplementation(async (_resource: string, params: { action?: string }) =>
    params.action === 'deliveries'
      ? { data: { nodes: deliveries, totalCount: 2 } }
      : { data: { ...deliveries[0], status: 'PENDING' } },
  );
  return dataProvider;
};

const open = (path: string, dataProvider = provider()) => {
  window.location.hash = `#/webhookEndpoints${path}`;
  render(<App dataProvider={dataProvider} authProvider={signedInAs('ADMIN')} i18nProvider={createI18nProvider('fr')} />);
  return dataProvider;
};

describe('webhook endpoints in the console', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('lists the endpoints with their events in French and why one is disabled', async () => {
    open('');
    expect(await screen.findByText(endpoint.url, {}, { timeout: 15000 })).toBeTruthy();
    expect(screen.getByText("Statut d'adhésion changé")).toBeTruthy();
    expect(screen.getByText(/l'adresse a répondu 410/)).toBeTruthy();
  }, 30000);

  it("shows an endpoint's deliveries (status, attempts, answer, next try) and sends one again", async () => {
    const dataProvider = open('/w1/show');
    const table = await screen.findByTestId('webhook-deliveries', {}, { timeout: 15000 });
    const rows = within(table).getAllByTestId('webhook-delivery');
    expect(within(rows[0]!).getByText('Échoué')).toBeTruthy();
    expect(within(rows[0]!).getByText('4')).toBeTruthy();
    expect(within(rows[0]!).getByText('500 · HTTP_500')).toBeTruthy();
    expect(within(rows[1]!).getByText('En attente')).toBeTruthy();
    expect(within(rows[1]!).getByText('TIMEOUT')).toBeTruthy();
    // created, and tried again at: both shown
    expect(within(rows[1]!).getAllByText(/01\/12\/2026/)).toHaveLength(2);
    expect(within(rows[0]!).getAllByText(/01\/12\/2026/)).toHaveLength(1);
    expect(dataProvider.runAction).toHaveBeenCalledWith('webhookEndpoints', {
      action: 'deliveries',
      id: 'w1',
      data: { page: { offset: 0, limit: 50 } },
    });

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Renvoyer' }));
    await waitFor(() => expect(dataProvider.runAction).toHaveBeenCalledWith('webhookEndpoints', { action: 'replay', id: 'd1' }));
    // the deliveries are read again, showing the replayed one as pending
    await waitFor(() =>
      expect(dataProvider.runAction.mock.calls.filter(([, params]) => params.action === 'deliveries')).toHaveLength(2),
    );
  }, 30000);
});

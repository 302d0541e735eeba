import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { Collectivity } from '../src/modules/collectivities/collectivity.entity.js';
import { SYSTEM_ACTOR } from '../src/common/access/actor.js';
import { AuditedWrites } from '../src/modules/audit/audited-writes.js';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestReceiver, waitFor } from './support/webhook-receiver.js';

/** The client package's example receiver (outside this package's sources: imported by path, its shape restated). */
const EXAMPLE_RECEIVER = '../../../packages/client/examples/webhook-receiver.js';
interface WebhookEvent {
  type: string;
  data: { id: string };
}
interface ExampleReceiver {
  createWebhookReceiver(options: { secret: string; onEvent: (event: WebhookEvent) => void }): Server;
}

interface DeliveryRow {
  id: string;
  eventType: string;
  entityId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
}

const ENDPOINT_FIELDS = 'id url eventTypes scopes enabled disabledReason version';

describe('webhooks', () => {
  let api: TestApp;
  const receiver = new TestReceiver();

  beforeAll(async () => {
    await receiver.start();
    api = await startTestApp({
      JOBS_POLLING_SECONDS: '0.5',
      WEBHOOKS_RETRY_BASE_SECONDS: '0.2',
      WEBHOOKS_TIMEOUT_MS: '1000',
      WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
    });
  });

  afterAll(async () => {
    await api?.close();
    await receiver.stop();
  });

  async function register(path: string, eventTypes: string[], scopes: string[] = ['collectivities:read']) {
    const response = await api.graphql<{ createWebhookEndpoint: { endpoint: { id: string }; secret: string } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { ${ENDPOINT_FIELDS} } secret } }`,
      { input: { url: receiver.url(path), eventTypes, scopes } },
    );
    expect(response.errors).toBeUndefined();
    return { id: response.data!.createWebhookEndpoint.endpoint.id, secret: response.data!.createWebhookEndpoint.secret };
  }

  async function createCollectivity(name: string): Promise<string> {
    const response = await api.graphql<{ createCollectivity: { id: string } }>(
      'mutation($name: String!) { createCollectivity(input: { name: $name, kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id } }',
      { name },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createCollectivity.id;
  }

  async function deliveries(endpointId: string) {
    const response = await api.graphql<{ webhookDeliveries: { nodes: DeliveryRow[] } }>(
      `query($id: ID!) { webhookDeliveries(endpointId: $id) { nodes { id eventType entityId status attempts lastStatusCode lastError nextAttemptAt } } }`,
      { id: endpointId },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.webhookDeliveries.nodes;
  }

  it('delivers a committed change, signed as Standard Webhooks says, within 2 seconds; a rolled-back change sends nothing', async () => {
    const { secret } = await register('/ok', ['collectivity.created', 'collectivity.updated']);
    // A change rolled back after its audit (and outbox) rows were written.
    await expect(
      api.dataSource.transaction(async (manager) => {
        await api.app
          .get(AuditedWrites)
          .create(
            Collectivity,
            'Collectivity',
            { name: 'Jamais créée', kind: 'FOREIGN_LOCAL_GOVERNMENT', countryCode: 'ML' } as never,
            SYSTEM_ACTOR,
            manager,
          );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const committedAt = Date.now();
    const id = await createCollectivity('Ville de Tombouctou');
    const request = await waitFor(() => receiver.calls('/ok')[0], 2_000, 'the delivery');
    expect(request.at - committedAt).toBeLessThan(2_000);

    const payload = new Webhook(secret).verify(request.body, {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    }) as { type: string; data: { id: string; object: { name: string } } };
    expect(payload.type).toBe('collectivity.created');
    expect(payload.data.id).toBe(id);
    expect(payload.data.object.name).toBe('Ville de Tombouctou');
    // The signature does not verify with another secret, nor for another body.
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret of 24 byt').toString('base64')}`).verify(
        request.body,
        request.headers as Record<string, string>,
      ),
    ).toThrow();

    // Only the committed change: the rolled-back one left no event, no delivery.
    const events = await api.dataSource.query(`SELECT count(*)::int AS n FROM webhook_events WHERE entity_type = 'Collectivity'`);
    expect(events[0].n).toBe(1);
    const updatedResponse = await api.graphql(
      'mutation($id: ID!) { updateCollectivity(id: $id, input: { population: 54000, version: 1 }) { id } }',
      { id },
    );
    expect(updatedResponse.errors).toBeUndefined();
    const update = await waitFor(() => receiver.calls('/ok')[1], 2_000, 'the update delivery');
    const updated = JSON.parse(update.body) as { type: string; data: { changedFields: string[] } };
    expect(updated.type).toBe('collectivity.updated');
    expect(updated.data.changedFields).toEqual(['population']);
    expect(receiver.calls('/ok').map((call) => JSON.parse(call.body).data.object.name)).not.toContain('Jamais créée');
  });

  it('retries after a 500 with growing delays, keeping the same webhook-id, until it succeeds', async () => {
    receiver.on('/flaky', (response, calls) => response.writeHead(calls <= 2 ? 500 : 200).end('ok'));
    const endpoint = await register('/flaky', ['collectivity.created']);
    await createCollectivity('Ville de Ségou');
    const [delivery] = await waitFor(
      async () => {
        const rows = await deliveries(endpoint.id);
        return rows[0]?.status === 'SUCCEEDED' ? rows : undefined;
      },
      10_000,
      'the third attempt',
    );
    expect(delivery).toMatchObject({ attempts: 3, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    const calls = receiver.calls('/flaky');
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.headers['webhook-id'])).size).toBe(1);
    // Backoff: base 0.2 s, then 0.4 s, each with jitter between half and all of it.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(100);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(200);
  });

  it('disables an endpoint that answers 410 Gone, and sends it nothing more', async () => {
    receiver.on('/gone', (response) => response.writeHead(410).end());
    const endpoint = await register('/gone', ['collectivity.created']);
    await createCollectivity('Ville de Kayes');
    await waitFor(async () => (await deliveries(endpoint.id))[0]?.status === 'FAILED', 5_000, 'the failed delivery');
    const read = await api.graphql<{ webhookEndpoint: { enabled: boolean; disabledReason: string } }>(
      `query($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT_FIELDS} } }`,
      { id: endpoint.id },
    );
    expect(read.data!.webhookEndpoint).toMatchObject({ enabled: false, disabledReason: 'GONE' });
    await createCollectivity('Ville de Mopti');
    expect(await deliveries(endpoint.id)).toHaveLength(1);
  });

  it('counts a timeout, a redirect and a huge answer as failed attempts, without holding up other deliveries', async () => {
    receiver.on('/slow', () => undefined); // never answers
    receiver.on('/redirect', (response) => response.writeHead(302, { location: receiver.url('/redirect-target') }).end());
    receiver.on('/huge', (response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const write = () => {
        while (sent < 50 && response.write(chunk)) sent++;
        if (sent < 50) response.once('drain', write);
        else response.end();
      };
      write();
    });
    receiver.on('/fast', (response) => response.writeHead(200).end());
    const slow = await register('/slow', ['collectivity.created']);
    const redirect = await register('/redirect', ['collectivity.created']);
    const huge = await register('/huge', ['collectivity.created']);
    const fast = await register('/fast', ['collectivity.created']);
    await createCollectivity('Ville de Gao');
    await waitFor(async () => (await deliveries(fast.id))[0]?.status === 'SUCCEEDED', 3_000, 'the fast delivery');
    const firstFailure = async (id: string) =>
      waitFor(
        async () => {
          const [row] = await deliveries(id);
          return row && row.attempts >= 1 ? row : undefined;
        },
        5_000,
        'a failed attempt',
      );
    expect(await firstFailure(slow.id)).toMatchObject({ status: 'PENDING', lastError: 'TIMEOUT', lastStatusCode: null });
    expect(await firstFailure(redirect.id)).toMatchObject({ status: 'PENDING', lastError: 'REDIRECT', lastStatusCode: 302 });
    expect(await firstFailure(huge.id)).toMatchObject({ status: 'PENDING', lastError: 'HTTP_500', lastStatusCode: 500 });
    expect(receiver.calls('/redirect-target')).toHaveLength(0); // the redirect was not followed
    for (const id of [slow.id, redirect.id, huge.id, fast.id]) {
      await api.graphql('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }', { id });
    }
  });

  it('shows no personal data to an endpoint without a contacts scope; an erasure says only that', async () => {
    receiver.on('/public', (response) => response.writeHead(200).end());
    receiver.on('/crm', (response) => response.writeHead(200).end());
    const events = ['contact.created', 'contact.erased'];
    await register('/public', events, ['collectivities:read']);
    await register('/crm', events, ['contacts:all']);
    const fixtures = crmFixtures(api);
    const dijon = await fixtures.communeId('21231');
    const contactId = await fixtures.contact('Nathalie', 'Koenders', dijon, { email: 'n.koenders@dijon.example' });
    const publicCall = await waitFor(() => receiver.calls('/public')[0], 3_000, 'the public delivery');
    const crmCall = await waitFor(() => receiver.calls('/crm')[0], 3_000, 'the CRM delivery');
    expect(JSON.parse(publicCall.body)).toEqual({
      type: 'contact.created',
      timestamp: expect.any(String),
      data: { id: contactId, entityType: 'Contact' },
    });
    expect(publicCall.body).not.toMatch(/Koenders|Nathalie|dijon\.example/);
    expect(JSON.parse(crmCall.body).data.object).toMatchObject({ lastName: 'Koenders', email: 'n.koenders@dijon.example' });

    await api.graphql('mutation($id: ID!) { eraseContact(id: $id) { id } }', { id: contactId });
    const erased = await waitFor(() => receiver.calls('/crm')[1], 3_000, 'the erasure delivery');
    expect(JSON.parse(erased.body)).toEqual({
      type: 'contact.erased',
      timestamp: expect.any(String),
      data: { id: contactId, entityType: 'Contact' },
    });
  });

  it('replays a delivery on demand', async () => {
    const endpoint = await register('/replayed', ['collectivity.created']);
    await createCollectivity('Ville de Sikasso');
    const [delivery] = await waitFor(
      async () => {
        const rows = await deliveries(endpoint.id);
        return rows[0]?.status === 'SUCCEEDED' ? rows : undefined;
      },
      3_000,
      'the delivery',
    );
    const replay = await api.graphql<{ replayWebhookDelivery: { status: string } }>(
      'mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }',
      { id: delivery!.id },
    );
    expect(replay.data!.replayWebhookDelivery.status).toBe('PENDING');
    await waitFor(() => receiver.calls('/replayed').length === 2, 3_000, 'the replay');
    expect(receiver.calls('/replayed')[1]!.headers['webhook-id']).toBe(delivery!.id);
  });

  it("the README's example receiver accepts the signed deliveries and refuses a forged one", async () => {
    const events: WebhookEvent[] = [];
    // A free port, for the URL registered before the receiver starts.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    // Registered first (the secret comes with the registration), then started with that secret.
    const response = await api.graphql<{ createWebhookEndpoint: { secret: string } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      { input: { url: `http://127.0.0.1:${port}/`, eventTypes: ['collectivity.created'], scopes: ['collectivities:read'] } },
    );
    const secret = response.data!.createWebhookEndpoint.secret;
    const { createWebhookReceiver } = (await import(EXAMPLE_RECEIVER)) as ExampleReceiver;
    const receiver = createWebhookReceiver({ secret, onEvent: (event) => void events.push(event) });
    await new Promise<void>((resolve) => receiver.listen(port, '127.0.0.1', resolve));
    try {
      const id = await createCollectivity('Ville de Bamako');
      await waitFor(() => events.find((event) => event.data.id === id), 3_000, 'the verified event');
      const forged = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: {
          'webhook-id': 'msg_1',
          'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
          'webhook-signature': 'v1,Zm9yZ2Vk',
        },
        body: JSON.stringify({ type: 'contact.erased', data: { id } }),
      });
      expect(forged.status).toBe(401);
      expect(events.filter((event) => event.type === 'contact.erased')).toHaveLength(0);
    } finally {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('webhook endpoints refused at registration', () => {
  let api: TestApp;

  beforeAll(async () => {
    // As in production: private addresses refused.
    api = await startTestApp({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'false' });
  });

  afterAll(async () => {
    await api?.close();
  });

  const refused: [string, string, string[]][] = [
    ['ftp://files.example.org/hook', 'WEBHOOK_URL_SCHEME', ['collectivity.created']],
    ['javascript:alert(1)', 'WEBHOOK_URL_SCHEME', ['collectivity.created']],
    ['not a url', 'WEBHOOK_URL_INVALID', ['collectivity.created']],
    ['http://127.0.0.1:8080/hook', 'WEBHOOK_URL_PRIVATE', ['collectivity.created']],
    ['http://localhost/hook', 'WEBHOOK_URL_PRIVATE', ['collectivity.created']],
    ['http://10.0.0.7/hook', 'WEBHOOK_URL_PRIVATE', ['collectivity.created']],
    ['http://169.254.169.254/latest/meta-data', 'WEBHOOK_URL_PRIVATE', ['collectivity.created']],
    ['http://[::1]/hook', 'WEBHOOK_URL_PRIVATE', ['collectivity.created']],
    ['http://[::ffff:192.168.1.1]/hook', 'WEBHOOK_URL_PRIVATE', ['collectivity.created']],
    [`https://93.184.215.14/${'a'.repeat(2000)}`, 'WEBHOOK_URL_TOO_LONG', ['collectivity.created']],
    ['https://93.184.215.14/hook', 'WEBHOOK_EVENT_TYPE_UNKNOWN', ['collectivity.exploded']],
  ];
  it.each(
    refused.map(([url, code, eventTypes]) => [
      `${url.length > 80 ? `${url.slice(0, 40)}… (${url.length} characters)` : url} → ${code}`,
      url,
      code,
      eventTypes,
    ]),
  )('%s: a typed error, nothing registered', async (_title, url, code, eventTypes) => {
    const response = await api.graphql(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
      { input: { url, eventTypes, scopes: [] } },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ code })],
    });
    const rows = await api.dataSource.query('SELECT count(*)::int AS n FROM webhook_endpoints');
    expect(rows[0].n).toBe(0);
  });

  it('accepts a public address, and refuses to deliver to one that turns private (checked again when connecting)', async () => {
    const response = await api.graphql<{ createWebhookEndpoint: { secret: string } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }',
      { input: { url: 'https://93.184.215.14/hook', eventTypes: ['collectivity.created'], scopes: [] } },
    );
    expect(response.data!.createWebhookEndpoint.secret).toMatch(/^whsec_/);
    // Delivery time: the address connected to is checked whatever registration saw.
    await api.dataSource.query(`UPDATE webhook_endpoints SET url = 'http://127.0.0.1:9/hook'`);
    const { WebhookSender } = await import('../src/modules/webhooks/webhook-sender.js');
    const sender = new WebhookSender({ timeoutMs: 1000, allowPrivateAddresses: false });
    expect(await sender.send('http://127.0.0.1:9/hook', '{}', {})).toMatchObject({ ok: false, error: 'PRIVATE_ADDRESS' });
    sender.close();
  });
});

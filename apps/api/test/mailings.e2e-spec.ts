import { createTestDatabase } from './support/test-database.js';
import { crmFixtures } from './support/crm-fixtures.js';
import { SmtpSink } from './support/smtp-sink.js';
import { until } from './support/until.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const MAILING = `id status version recipientCount sentCount waitingCount failedCount`;

describe('Mailings, through a real SMTP server', () => {
  const sink = new SmtpSink();
  let database: { url: string; drop(): Promise<void> };
  let environment: Record<string, string>;
  let api: TestApp;
  let fixtures: ReturnType<typeof crmFixtures>;
  let groupId: string;
  const people: Record<string, string> = {};

  const call = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await api.graphql<T>(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };
  const mailingState = (id: string) =>
    call<{ mailing: Record<string, unknown> }>(`query($id: ID!) { mailing(id: $id) { ${MAILING} } }`, { id }).then(
      (data) => data.mailing,
    );
  const createMailing = (input: Record<string, unknown>) =>
    call<{ createMailing: { id: string; version: number } }>(
      'mutation($input: CreateMailingInput!) { createMailing(input: $input) { id version } }',
      { input },
    ).then((data) => data.createMailing);
  const send = (mailing: { id: string; version: number }) =>
    call(`mutation($id: ID!, $v: Int!) { sendMailing(id: $id, version: $v) { ${MAILING} } }`, {
      id: mailing.id,
      v: mailing.version,
    });
  const sentTo = (subjectPart: string) =>
    sink.received.filter((mail) => mail.subject.includes(subjectPart)).flatMap((mail) => mail.to);

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    database = await createTestDatabase();
    environment = {
      SMTP_URL: smtpUrl,
      MAILING_RATE_PER_MINUTE: '6000',
      MAILING_RETRY_SECONDS: '1',
      MAIL_FROM: 'Réseau <reseau@example.org>',
    };
    api = await startTestApp(environment, [], { databaseUrl: database.url });
    fixtures = crmFixtures(api);
    const dijon = await fixtures.communeId('21231');
    const lyon = await fixtures.communeId('69123');
    const nantes = await fixtures.communeId('44109');
    await api.dataSource.query(`UPDATE collectivities SET membership_status = 'MEMBER' WHERE id = ANY($1::uuid[])`, [
      [dijon, lyon, nantes],
    ]);
    groupId = await fixtures.countryGroup('Mali', ['ML']);
    await fixtures.addMembers(groupId, [dijon, lyon]);
    const consenting = { consentStatus: 'GIVEN' };
    people.awa = await fixtures.contact('Awa', 'Koné', dijon, { ...consenting, civility: 'MS', email: 'awa@dijon.example' });
    people.bruno = await fixtures.contact('Bruno', 'Martin', lyon, {
      ...consenting,
      civility: 'MR',
      email: 'Bruno@Lyon.example',
    });
    people.unknown = await fixtures.contact('Claire', 'Sans', dijon, { email: 'claire@dijon.example' });
    people.erased = await fixtures.contact('Denis', 'Efface', dijon, { ...consenting, email: 'denis@dijon.example' });
    people.elsewhere = await fixtures.contact('Emma', 'Ailleurs', nantes, { ...consenting, email: 'emma@nantes.example' });
    // Reached twice: a position in both members.
    people.twice = await fixtures.contact('Fatou', 'Diallo', dijon, {
      ...consenting,
      civility: 'MS',
      email: 'fatou@example.org',
    });
    await call('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: { contactId: people.twice, collectivityId: lyon, title: 'Conseillère', kind: 'ELECTED', startedOn: '2021-01-01' },
    });
    await call('mutation($id: ID!) { eraseContact(id: $id) { id } }', { id: people.erased });
  });

  afterAll(async () => {
    await api.close();
    await database.drop();
    await sink.stop();
  });

  it("reaches exactly the group's consenting members, once each, with the merge fields filled and French spacing kept", async () => {
    const mailing = await createMailing({
      subject: 'Invitation : {{contact.civility}} {{contact.lastName}}',
      body: 'Bonjour {{contact.firstName}} !\n\nLa commune de {{collectivity.name}} est invitée\u00a0: « venez ».',
      audience: { groupId },
    });
    const preview = await call<{ mailingPreview: Record<string, unknown> }>(
      'query($id: ID!) { mailingPreview(id: $id) { recipientCount email subject text html } }',
      {
        id: mailing.id,
      },
    );
    expect(preview.mailingPreview).toMatchObject({
      recipientCount: 3,
      email: 'awa@dijon.example',
      subject: 'Invitation\u00a0: Madame Koné',
    });

    const test = await call<{ sendTestMailing: string }>('mutation($id: ID!) { sendTestMailing(id: $id) }', { id: mailing.id });
    expect(test.sendTestMailing).toBe('admin@test.local');
    await sink.until(() => sentTo('[Test]').length === 1);
    expect(sentTo('[Test]')).toEqual(['admin@test.local']);

    await send(mailing);
    const done = await until(
      () => mailingState(mailing.id),
      (state) => state.status === 'SENT',
    );
    expect(done).toMatchObject({ recipientCount: 3, sentCount: 3, waitingCount: 0, failedCount: 0 });
    const received = sink.received.filter((mail) => mail.subject.startsWith('Invitation'));
    expect(received.flatMap((mail) => mail.to).sort()).toEqual(['awa@dijon.example', 'bruno@lyon.example', 'fatou@example.org']);
    const awa = received.find((mail) => mail.to[0] === 'awa@dijon.example')!;
    expect(awa.subject).toBe('Invitation\u00a0: Madame Koné');
    expect(awa.text).toContain('Bonjour Awa\u202f!');
    expect(awa.text).toContain('La commune de Dijon est invitée\u00a0: «\u00a0venez\u00a0».');
    expect(awa.html).toContain('Bonjour Awa\u202f!');
    expect(awa.headers.get('list-unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/unsubscribe\/[^>]+>$/);
    expect(awa.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const recipients = await call<{ mailingRecipients: { nodes: { email: string; status: string; lastResponse: string }[] } }>(
      'query($id: ID!) { mailingRecipients(mailingId: $id) { nodes { email status lastResponse } } }',
      { id: mailing.id },
    );
    expect(recipients.mailingRecipients.nodes.map((row) => row.status)).toEqual(['SENT', 'SENT', 'SENT']);
    expect(recipients.mailingRecipients.nodes[0]!.lastResponse).toMatch(/^250/);
  });

  it('unsubscribes in one click (RFC 8058 POST), audited; a tampered link is refused, a replayed one harmless', async () => {
    const awa = sink.received.find((mail) => mail.subject.startsWith('Invitation') && mail.to[0] === 'awa@dijon.example')!;
    const url = awa.headers.get('list-unsubscribe')!.slice(1, -1);
    const oneClick = (target: string) =>
      fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });

    const tampered = url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await oneClick(tampered)).status).toBe(400);
    expect((await fetch(url)).status).toBe(200); // the confirmation page changes nothing
    expect(
      (
        await call<{ contact: { consentStatus: string } }>('query($id: ID!) { contact(id: $id) { consentStatus } }', {
          id: people.awa,
        })
      ).contact.consentStatus,
    ).toBe('GIVEN');

    const first = await oneClick(url);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('vous ne recevrez plus');
    expect((await oneClick(url)).status).toBe(200);

    const history = await call<{ history: { nodes: { actorLabel: string; changes: { field: string; after: string }[] }[] } }>(
      'query($id: ID!) { history(entityType: "Contact", entityId: $id) { nodes { actorLabel changes { field after } } } }',
      { id: people.awa },
    );
    const withdrawals = history.history.nodes.filter((entry) =>
      entry.changes.some((change) => change.field === 'consentStatus' && change.after === '"WITHDRAWN"'),
    );
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]!.actorLabel).toContain('unsubscribe link');

    const next = await createMailing({ subject: 'Deuxième envoi', body: 'Bonjour {{contact.firstName}}', audience: { groupId } });
    await send(next);
    await until(
      () => mailingState(next.id),
      (state) => state.status === 'SENT',
    );
    expect(sentTo('Deuxième envoi').sort()).toEqual(['bruno@lyon.example', 'fatou@example.org']);
  });

  it('refuses bad input with typed errors and changes nothing', async () => {
    const refused = async (query: string, variables: Record<string, unknown>) =>
      (await api.graphql(query, variables)).errors?.[0]?.extensions;
    const create = 'mutation($input: CreateMailingInput!) { createMailing(input: $input) { id } }';
    expect(await refused(create, { input: { subject: 'Objet', body: 'Bonjour {{contact.surnom}}' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
      fields: [{ field: 'body', code: 'MERGE_FIELD_UNKNOWN' }],
      mergeFields: ['contact.surnom'],
    });
    expect(await refused(create, { input: { subject: 'Objet', body: 'é'.repeat(600_000) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'body', code: 'MAILING_BODY_TOO_LARGE' }],
      limit: 1024 * 1024,
    });
    expect(await refused(create, { input: { subject: 'Objet', body: 'Le {{edition.date}}' } })).toMatchObject({
      fields: [{ field: 'editionId', code: 'MERGE_FIELD_NEEDS_EDITION' }],
    });
    const nobody = await createMailing({
      subject: 'Personne',
      body: 'Bonjour',
      audience: { collectivityId: await fixtures.communeId('75056') },
    });
    expect(
      await refused('mutation($id: ID!, $v: Int!) { sendMailing(id: $id, version: $v) { id } }', {
        id: nobody.id,
        v: nobody.version,
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'audience', code: 'MAILING_NO_RECIPIENT' }],
    });
    expect((await mailingState(nobody.id)).status).toBe('DRAFT');
  });

  it('records a refused address as bounced and the others as sent', async () => {
    sink.refuse.set('bruno@lyon.example', '550 5.1.1 No such user');
    const mailing = await createMailing({ subject: 'Refus', body: 'Bonjour', audience: { groupId } });
    await send(mailing);
    await until(
      () => mailingState(mailing.id),
      (state) => state.status === 'SENT',
    );
    const rows = await call<{ mailingRecipients: { nodes: { email: string; status: string; lastResponse: string }[] } }>(
      'query($id: ID!) { mailingRecipients(mailingId: $id) { nodes { email status lastResponse } } }',
      { id: mailing.id },
    );
    expect(rows.mailingRecipients.nodes).toEqual([
      { email: 'bruno@lyon.example', status: 'BOUNCED', lastResponse: expect.stringContaining('No such user') },
      { email: 'fatou@example.org', status: 'SENT', lastResponse: expect.stringMatching(/^250/) },
    ]);
    sink.refuse.clear();
  });

  it('keeps the messages while the SMTP server is down, retries them, and sends each once when it is back', async () => {
    type Row = { email: string; status: string; attempts: number; lastResponse: string };
    const recipientsOf = (id: string) =>
      call<{ mailingRecipients: { nodes: Row[] } }>(
        'query($id: ID!) { mailingRecipients(mailingId: $id) { nodes { email status attempts lastResponse } } }',
        { id },
      ).then((data) => data.mailingRecipients.nodes);
    const mailing = await createMailing({ subject: 'Panne', body: 'Bonjour {{contact.firstName}}', audience: { groupId } });
    await sink.down();
    await send(mailing);
    const waiting = await until(
      () => recipientsOf(mailing.id),
      (rows) => rows.length === 2 && rows.every((row) => row.status === 'QUEUED' && row.attempts >= 1),
    );
    expect(waiting.map((row) => row.lastResponse)).toEqual([
      expect.stringContaining('ECONNREFUSED'),
      expect.stringContaining('ECONNREFUSED'),
    ]);
    expect(await mailingState(mailing.id)).toMatchObject({ status: 'SENDING', waitingCount: 2, failedCount: 0 });
    expect(sentTo('Panne')).toEqual([]);

    await sink.up();
    await until(
      () => mailingState(mailing.id),
      (state) => state.status === 'SENT',
    );
    expect(sentTo('Panne').sort()).toEqual(['bruno@lyon.example', 'fatou@example.org']);
    const rows = await recipientsOf(mailing.id);
    expect(rows.map((row) => row.status)).toEqual(['SENT', 'SENT']);
    expect(rows.every((row) => row.attempts >= 2)).toBe(true);
  });

  it('stopped mid-way and started again, sends the rest and nothing twice', async () => {
    const lyon = await fixtures.communeId('69123');
    for (let index = 1; index <= 5; index++) {
      await fixtures.contact(`Personne${index}`, `Lyon${index}`, lyon, {
        consentStatus: 'GIVEN',
        email: `p${index}@lyon.example`,
      });
    }
    const mailing = await createMailing({
      subject: 'Reprise',
      body: 'Bonjour {{contact.firstName}}',
      audience: { collectivityId: lyon },
    });
    const before = sink.received.length;
    sink.holdFrom(before + 3); // the third message waits at the server
    await send(mailing);
    await sink.until(() => sink.held === 1);
    const stopping = api.app.close();
    sink.release();
    await stopping;
    const [{ sent }] = await (async () => {
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (
          await client.query(
            `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM mailing_recipients WHERE mailing_id = $1`,
            [mailing.id],
          )
        ).rows;
      } finally {
        await client.end();
      }
    })();
    expect(sent).toBe(3);
    expect(sentTo('Reprise')).toHaveLength(3);

    api = await startTestApp(environment, [], { databaseUrl: database.url });
    const done = await until(
      () => mailingState(mailing.id),
      (state) => state.status === 'SENT',
    );
    expect(done).toMatchObject({ recipientCount: 7, sentCount: 7 });
    const addresses = sentTo('Reprise');
    expect(addresses).toHaveLength(7);
    expect(new Set(addresses).size).toBe(7);
  });
});

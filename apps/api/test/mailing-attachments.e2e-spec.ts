import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures } from './support/crm-fixtures.js';
import { pdfPages } from './support/pdf-reading.js';
import { SmtpSink } from './support/smtp-sink.js';
import { until } from './support/until.js';
import { startTestApp, type Credentials, type TestApp } from './support/test-app.js';

const MAX = 10 * 1024 * 1024;

describe('mailing attachments: files for everyone, and each collectivity its own dues letter', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let admin: { cookie: string };
  let groupId: string;
  let dijonFee: { id: string; amountCents: number };

  const call = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await api.graphql<T>(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };
  const createMailing = (input: Record<string, unknown>) =>
    call<{ createMailing: { id: string; version: number } }>(
      'mutation($input: CreateMailingInput!) { createMailing(input: $input) { id version } }',
      { input },
    ).then((data) => data.createMailing);
  const attachmentsOf = (id: string) =>
    call<{ mailing: { attachments: { id: string; fileName: string; contentType: string; sizeBytes: number }[] } }>(
      'query($id: ID!) { mailing(id: $id) { attachments { id fileName contentType sizeBytes } } }',
      { id },
    ).then((data) => data.mailing.attachments);
  /** Uploads as the console does: the file as the body, its name and type in the address. */
  const upload = async (
    mailingId: string,
    content: Buffer | string,
    query: string,
    credentials: Credentials = admin,
    contentType = 'application/octet-stream',
  ) => {
    const response = await fetch(`${api.baseUrl}/mailings/${mailingId}/attachments?${query}`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        ...('cookie' in credentials ? { cookie: credentials.cookie } : {}),
      },
      body: typeof content === 'string' ? content : new Uint8Array(content),
    });
    const body = (await response.json()) as Record<string, unknown> & { errors?: { extensions: Record<string, unknown> }[] };
    return { status: response.status, body, refusal: body.errors?.[0]?.extensions };
  };
  const programme = Buffer.from('%PDF-1.4\n% Programme des Rencontres\n'.padEnd(4096, '.'));

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    api = await startTestApp({ SMTP_URL: smtpUrl, MAILING_RATE_PER_MINUTE: '6000' });
    admin = (await api.signIn('admin@test.local', 'correct horse battery staple'))!;
    const fixtures = crmFixtures(api);
    const dijon = await fixtures.communeId('21231');
    const lyon = await fixtures.communeId('69123');
    await api.dataSource.query(
      `UPDATE collectivities SET membership_status = 'MEMBER', member_since = '2020-10-01' WHERE id = ANY($1::uuid[])`,
      [[dijon, lyon]],
    );
    await call('mutation($input: SetFeeScaleInput!) { setFeeScale(input: $input) { year } }', {
      input: { year: 2026, dueOn: '2026-03-31', brackets: [{ minPopulation: 0, maxPopulation: null, amountCents: 123_450 }] },
    });
    await call('mutation { generateDues(year: 2026, invoicedOn: "2026-01-15") { created } }');
    const fees = await call<{ membershipFees: { nodes: { id: string; amountCents: number; collectivity: { id: string } }[] } }>(
      'query { membershipFees(filter: { year: 2026 }) { nodes { id amountCents collectivity { id } } } }',
    );
    dijonFee = fees.membershipFees.nodes.find((fee) => fee.collectivity.id === dijon)!;
    const lyonFee = fees.membershipFees.nodes.find((fee) => fee.collectivity.id === lyon)!;
    // Lyon has paid: it gets no call.
    await call('mutation($input: MarkFeesPaidInput!) { markFeesPaid(input: $input) { id } }', {
      input: { ids: [lyonFee.id], paidOn: '2026-02-01', paymentReference: 'VIR-1' },
    });
    groupId = await fixtures.countryGroup('Sénégal', ['SN']);
    await fixtures.addMembers(groupId, [dijon, lyon]);
    await fixtures.contact('Awa', 'Koné', dijon, { consentStatus: 'GIVEN', email: 'awa@dijon.example', civility: 'MS' });
    await fixtures.contact('Bruno', 'Martin', lyon, { consentStatus: 'GIVEN', email: 'bruno@lyon.example' });
  });

  afterAll(async () => {
    await api.close();
    await sink.stop();
  });

  it("sends the files to everyone and each collectivity's dues call to its own people only", async () => {
    const mailing = await createMailing({
      subject: 'Cotisation {{dues.year}}',
      body: 'Bonjour {{contact.firstName}}, veuillez trouver ci-joint votre appel de cotisation.',
      audience: { groupId },
      duesLetter: 'CALL',
      duesYear: 2026,
    });
    const uploaded = await upload(mailing.id, programme, 'fileName=programme%20des%20Rencontres.pdf&contentType=application/pdf');
    expect(uploaded.status).toBe(201);
    expect(await attachmentsOf(mailing.id)).toEqual([
      {
        id: uploaded.body.id,
        fileName: 'programme des Rencontres.pdf',
        contentType: 'application/pdf',
        sizeBytes: programme.length,
      },
    ]);
    const readBack = await fetch(`${api.baseUrl}/mailings/attachments/${uploaded.body.id}`, {
      headers: { cookie: admin.cookie },
    });
    expect(Buffer.from(await readBack.arrayBuffer()).equals(programme)).toBe(true);

    // Lyon's dues are paid: only Dijon's contact gets a call.
    const preview = await call<{ mailingPreview: { recipientCount: number; email: string } }>(
      'query($id: ID!) { mailingPreview(id: $id) { recipientCount email } }',
      { id: mailing.id },
    );
    expect(preview.mailingPreview).toEqual({ recipientCount: 1, email: 'awa@dijon.example' });

    await call('mutation($id: ID!, $v: Int!) { sendMailing(id: $id, version: $v) { id } }', {
      id: mailing.id,
      v: mailing.version,
    });
    await until(
      () => call<{ mailing: { status: string } }>('query($id: ID!) { mailing(id: $id) { status } }', { id: mailing.id }),
      (data) => data.mailing.status === 'SENT',
    );
    const received = sink.received.filter((mail) => mail.subject === 'Cotisation 2026');
    expect(received.map((mail) => mail.to)).toEqual([['awa@dijon.example']]);
    const [files] = received.map((mail) => mail.attachments);
    expect(files!.map((file) => [file.fileName, file.contentType])).toEqual([
      ['programme des Rencontres.pdf', 'application/pdf'],
      [expect.stringMatching(/^appel-cotisation-2026-dijon\.pdf$/), 'application/pdf'],
    ]);
    expect(files![0]!.content.equals(programme)).toBe(true);
    const [letter] = await pdfPages(files![1]!.content);
    expect(letter).toContain('Dijon');
    expect(letter).toContain('1 234,50 €');
    expect(letter).toContain(`COT-2026-${dijonFee.id.slice(0, 8).toUpperCase()}`);

    // Sent: its files can no longer change.
    const late = await upload(mailing.id, programme, 'fileName=encore.pdf');
    expect(late).toMatchObject({ status: 409, refusal: { code: 'CONFLICT', reason: 'MAILING_NOT_DRAFT' } });
    const removal = await api.graphql('mutation($id: ID!) { deleteMailingAttachment(id: $id) { id } }', {
      id: uploaded.body.id,
    });
    expect(removal.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MAILING_NOT_DRAFT' });
  });

  it('refuses a file over 10 MB, files over 15 MB in all, a missing name or a body that is not a file, storing nothing', async () => {
    const mailing = await createMailing({ subject: 'Pièces', body: 'Bonjour', audience: { groupId } });
    const tooLarge = await upload(mailing.id, Buffer.alloc(MAX + 1, 1), 'fileName=video.mp4');
    expect(tooLarge).toMatchObject({
      status: 413,
      refusal: { code: 'PAYLOAD_TOO_LARGE', reason: 'ATTACHMENT_TOO_LARGE', maximum: MAX },
    });
    expect(await attachmentsOf(mailing.id)).toEqual([]);

    expect((await upload(mailing.id, Buffer.alloc(9 * 1024 * 1024, 1), 'fileName=un.pdf')).status).toBe(201);
    const second = await upload(mailing.id, Buffer.alloc(7 * 1024 * 1024, 1), 'fileName=deux.pdf');
    expect(second).toMatchObject({
      status: 413,
      refusal: { code: 'PAYLOAD_TOO_LARGE', reason: 'ATTACHMENTS_TOO_LARGE', maximum: 15 * 1024 * 1024 },
    });
    expect((await attachmentsOf(mailing.id)).map((file) => file.fileName)).toEqual(['un.pdf']);

    expect(await upload(mailing.id, programme, '')).toMatchObject({
      status: 400,
      refusal: { code: 'BAD_USER_INPUT', field: 'fileName', reason: 'REQUIRED' },
    });
    expect(await upload(mailing.id, '{"file": 1}', 'fileName=a.json', admin, 'application/json')).toMatchObject({
      status: 400,
      refusal: { code: 'BAD_USER_INPUT', field: 'content' },
    });
    const president = { cookie: (await api.userWithRole('GROUP_PRESIDENT')).cookie };
    expect((await upload(mailing.id, programme, 'fileName=p.pdf', president)).status).toBe(403);

    const noYear = await api.graphql('mutation($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
      input: { subject: 'Appel', body: 'Bonjour', duesLetter: 'CALL' },
    });
    expect(noYear.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'duesYear', reason: 'REQUIRED' });
  });

  it('removes a file from a draft, and the audit trail records it without its content', async () => {
    const mailing = await createMailing({ subject: 'Retrait', body: 'Bonjour', audience: { groupId } });
    const uploaded = await upload(mailing.id, programme, 'fileName=ancien.pdf&contentType=application/pdf');
    await call('mutation($id: ID!) { deleteMailingAttachment(id: $id) { id } }', { id: uploaded.body.id });
    expect(await attachmentsOf(mailing.id)).toEqual([]);
    const entries = (await api.dataSource.query(
      `SELECT action, changes FROM audit_entries WHERE entity_type = 'MailingAttachment' AND entity_id = $1 ORDER BY at`,
      [uploaded.body.id],
    )) as { action: string; changes: Record<string, unknown> }[];
    expect(entries.map((entry) => entry.action)).toEqual(['CREATE', 'DELETE']);
    expect(entries[0]!.changes).toMatchObject({ fileName: [null, 'ancien.pdf'], sizeBytes: [null, programme.length] });
    expect(JSON.stringify(entries)).not.toContain('Programme des Rencontres');
  });
});

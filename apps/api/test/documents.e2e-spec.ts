import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import QRCode from 'qrcode';
import { crmFixtures } from './support/crm-fixtures.js';
import { pdfPages, pdfQrCodes } from './support/pdf-reading.js';
import { startTestApp, TEST_ADMIN, type Credentials, type TestApp } from './support/test-app.js';

const LETTERHEAD = `{ letterhead { organisationName address signatory version logo { contentType byteSize dataUrl } signature { contentType byteSize } } }`;
const UPDATE_LETTERHEAD = `mutation($input: UpdateLetterheadInput!) { updateLetterhead(input: $input) {
  organisationName address signatory version logo { contentType byteSize } signature { contentType byteSize } } }`;
const FEES = `query($year: Int!) { membershipFees(filter: { year: $year }, page: { limit: 100 }) {
  nodes { id amountCents computation collectivity { name } } } }`;

interface Fee {
  id: string;
  amountCents: number;
  computation: string;
  collectivity: { name: string };
}

describe('printed documents: letterhead, dues calls and receipts, badges', () => {
  let api: TestApp;
  let admin: Credentials;
  let president: Credentials;
  let fees: Fee[];
  let feeOf: (name: string) => Fee;

  /** A download as a browser (session cookie) or an integration (bearer token) makes it. */
  const download = async (path: string, credentials: Credentials) => {
    const response = await fetch(`${api.baseUrl}${path}`, {
      headers: {
        ...('cookie' in credentials ? { cookie: credentials.cookie } : {}),
        ...('token' in credentials ? { authorization: `Bearer ${credentials.token}` } : {}),
      },
    });
    const body = new Uint8Array(await response.arrayBuffer());
    const json = () => JSON.parse(Buffer.from(body).toString('utf8')) as { errors: { extensions: Record<string, unknown> }[] };
    return { status: response.status, headers: response.headers, body, json };
  };
  const png = (text: string) => QRCode.toBuffer(text, { type: 'png' });
  const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;
  const letterheadVersion = async () =>
    (await api.graphql<{ letterhead: { version: number } }>(LETTERHEAD)).data!.letterhead.version;

  beforeAll(async () => {
    api = await startTestApp();
    admin = (await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password))!;
    const fixtures = crmFixtures(api);
    const [dijon, paris, lyon] = await Promise.all(['21231', '75056', '69123'].map((code) => fixtures.communeId(code)));
    for (const id of [dijon!, paris!, lyon!]) {
      const [{ version }] = await api.dataSource.query('SELECT version FROM collectivities WHERE id = $1', [id]);
      const updated = await api.graphql(
        'mutation($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { id } }',
        {
          id,
          input: {
            membershipStatus: 'MEMBER',
            memberSince: '2020-10-01',
            deliberationDate: '2020-09-28',
            deliberationReference: 'DEL-2020-114',
            version,
          },
        },
      );
      expect(updated.errors).toBeUndefined();
    }
    await api.dataSource.query(
      `UPDATE collectivities SET address = 'Hôtel de ville, place de la Libération, 21000 Dijon' WHERE id = $1`,
      [dijon],
    );
    const scale = await api.graphql('mutation($input: SetFeeScaleInput!) { setFeeScale(input: $input) { year } }', {
      input: {
        year: 2021,
        dueOn: '2021-03-31',
        brackets: [
          { minPopulation: 0, maxPopulation: 99_999, amountCents: 30_000 },
          { minPopulation: 100_000, maxPopulation: 999_999, amountCents: 123_450 },
          { minPopulation: 1_000_000, maxPopulation: null, amountCents: 450_000 },
        ],
      },
    });
    expect(scale.errors).toBeUndefined();
    await api.graphql('mutation { generateDues(year: 2021, invoicedOn: "2021-01-15") { created } }');
    fees = (await api.graphql<{ membershipFees: { nodes: Fee[] } }>(FEES, { year: 2021 })).data!.membershipFees.nodes;
    expect(fees).toHaveLength(3);
    feeOf = (name) => fees.find((fee) => fee.collectivity.name === name)!;
    // A group president whose group holds Dijon and Paris, not Lyon.
    const group = await fixtures.countryGroup('Groupe-pays Mali', ['ML']);
    await fixtures.addMembers(group, [dijon!, paris!]);
    const contact = await fixtures.contact('Nathalie', 'Koenders', dijon!);
    await fixtures.officer(group, contact, 'PRESIDENT');
    president = { cookie: (await api.userWithRole('GROUP_PRESIDENT', contact)).cookie };
  });
  afterAll(async () => {
    await api.close();
  });

  it('lets an administrator set the letterhead, images included, and records the change without the bytes', async () => {
    const logo = await png('logo');
    const updated = await api.graphql(UPDATE_LETTERHEAD, {
      input: {
        version: await letterheadVersion(),
        organisationName: 'Cités Unies France',
        address: '9 rue Christiani\n75018 Paris',
        signatory: 'Le président, François Rebsamen',
        logo: dataUrl('image/png', logo),
        signature: dataUrl('image/png', await png('signature')),
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateLetterhead).toMatchObject({
      organisationName: 'Cités Unies France',
      logo: { contentType: 'image/png', byteSize: logo.length },
      signature: { contentType: 'image/png' },
    });
    const staff = { cookie: (await api.userWithRole('STAFF')).cookie };
    const read = await api.graphql(LETTERHEAD, {}, staff);
    expect(read.data!.letterhead.logo.dataUrl).toBe(dataUrl('image/png', logo));
    const refused = await api.graphql(UPDATE_LETTERHEAD, { input: { version: 2, organisationName: 'x' } }, staff);
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const [entry] = await api.dataSource.query(
      `SELECT changes FROM audit_entries WHERE entity_type = 'Letterhead' ORDER BY at DESC LIMIT 1`,
    );
    expect(entry.changes.organisationName).toEqual(['', 'Cités Unies France']);
    expect(entry.changes.logo[1]).toMatch(new RegExp(`^image/png, ${logo.length} bytes, sha256 [0-9a-f]{16}$`));
  });

  it('refuses an image too large, of another type or not what it claims, with a typed error, changing nothing', async () => {
    const version = await letterheadVersion();
    const pngHeader = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const cases = [
      { logo: dataUrl('image/png', Buffer.concat([pngHeader, Buffer.alloc(600 * 1024)])), code: 'IMAGE_TOO_LARGE' },
      { logo: dataUrl('image/gif', Buffer.from('GIF89a')), code: 'IMAGE_TYPE_NOT_ALLOWED' },
      { logo: dataUrl('image/svg+xml', Buffer.from('<svg/>')), code: 'IMAGE_TYPE_NOT_ALLOWED' },
      { logo: dataUrl('image/jpeg', Buffer.from('not a picture at all')), code: 'IMAGE_CONTENT_MISMATCH' },
      { logo: 'https://example.org/logo.png', code: 'IMAGE_NOT_DATA_URL' },
    ];
    for (const { logo, code } of cases) {
      const response = await api.graphql(UPDATE_LETTERHEAD, { input: { version, organisationName: 'Changed', logo } });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'logo', reason: code });
      expect(response.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'logo', code })]);
    }
    const tooLarge = await api.graphql(UPDATE_LETTERHEAD, { input: { version, signature: cases[0]!.logo } });
    expect(tooLarge.errors![0]!.extensions).toMatchObject({ field: 'signature', limit: 512 * 1024 });
    const after = (await api.graphql(LETTERHEAD)).data!.letterhead;
    expect(after).toMatchObject({ version, organisationName: 'Cités Unies France' });
  });

  it("prints a collectivity's dues call: its name and address, the amount in figures and words, the scale line, the reference", async () => {
    const dijon = feeOf('Dijon');
    const response = await download(`/documents/dues-letters/${dijon.id}.pdf`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="appel-cotisation-2021-dijon.pdf"');
    const [page, ...others] = await pdfPages(response.body);
    expect(others).toEqual([]);
    expect(page).toContain('Cités Unies France');
    expect(page).toContain('Dijon');
    expect(page).toContain('place de la Libération, 21000 Dijon');
    expect(page).toContain('1 234,50 €');
    expect(page).toContain('mille deux cent trente-quatre euros et cinquante centimes');
    expect(page).toContain(dijon.computation);
    expect(page).toContain(`Référence : COT-2021-${dijon.id.slice(0, 8).toUpperCase()}`);
    expect(page).toContain('Le président, François Rebsamen');
  });

  it("prints the year's calls in one file, a letter for every collectivity due; receipts once paid", async () => {
    const year = await download('/documents/dues-letters?year=2021', admin);
    expect(year.status).toBe(200);
    expect(year.headers.get('content-disposition')).toBe('attachment; filename="appels-cotisation-2021.pdf"');
    const pages = await pdfPages(year.body);
    expect(pages).toHaveLength(fees.length);
    for (const fee of fees) {
      expect(pages.filter((page) => page.includes(`COT-2021-${fee.id.slice(0, 8).toUpperCase()}`))).toHaveLength(1);
    }
    expect(
      pages.map((page) => ['Dijon', 'Lyon', 'Paris'].find((name) => page.includes(`Cotisation 2021`) && page.includes(name))),
    ).toEqual(['Dijon', 'Lyon', 'Paris']);

    const paris = feeOf('Paris');
    const unpaid = await download(`/documents/dues-receipts/${paris.id}.pdf`, admin);
    expect(unpaid.status).toBe(400);
    expect(unpaid.json().errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FEE_NOT_PAID' });
    const paid = await api.graphql('mutation($input: MarkFeesPaidInput!) { markFeesPaid(input: $input) { id } }', {
      input: { ids: [paris.id], paidOn: '2021-02-10', paymentReference: 'VIR-8841' },
    });
    expect(paid.errors).toBeUndefined();
    const receipt = await pdfPages((await download(`/documents/dues-receipts/${paris.id}.pdf`, admin)).body);
    expect(receipt[0]).toContain('reconnaît avoir reçu de Paris la somme de 4 500,00 € (quatre mille cinq cents euros)');
    expect(receipt[0]).toContain('10 février 2021 (paiement VIR-8841)');
    const calls = await pdfPages((await download('/documents/dues-letters?year=2021', admin)).body);
    expect(calls).toHaveLength(fees.length - 1);
    expect(calls.some((page) => page.includes(`COT-2021-${paris.id.slice(0, 8).toUpperCase()}`))).toBe(false);
  });

  it('refuses the letters to whoever may not read the dues, and says why', async () => {
    const lyon = feeOf('Lyon');
    const dijon = feeOf('Dijon');
    // Lyon is outside his groups; even his own groups' dues are the staff's business only.
    for (const fee of [lyon, dijon]) {
      const refused = await download(`/documents/dues-letters/${fee.id}.pdf`, president);
      expect(refused.status).toBe(403);
      expect(refused.json().errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    }
    expect((await download('/documents/dues-letters?year=2021', president)).status).toBe(403);
    const anonymous = await download(`/documents/dues-letters/${lyon.id}.pdf`, { anonymous: true });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json().errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const expired = await download(`/documents/dues-letters/${lyon.id}.pdf`, { cookie: 'territoria_session=forged' });
    expect(expired.status).toBe(401);
    const token = await api.apiToken(['collectivities:read', 'contacts:all', 'events:read']);
    expect((await download(`/documents/dues-letters/${lyon.id}.pdf`, { token: token.token })).status).toBe(403);
    const unknown = await download('/documents/dues-letters/7d1e6c1e-3c3b-4f7e-9a53-1f2a3b4c5d6e.pdf', admin);
    expect(unknown.status).toBe(404);
    expect(unknown.json().errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect((await download('/documents/dues-letters/not-an-id.pdf', admin)).status).toBe(400);
    expect((await download('/documents/dues-letters?year=21', admin)).status).toBe(400);
  });

  it("prints an edition's badges, each QR code carrying its participation's id", async () => {
    const series = await api.graphql(
      'mutation { createEventSeries(input: { name: "Rencontres AICT", acronym: "RAICT" }) { id } }',
    );
    const event = await api.graphql('mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }', {
      input: {
        seriesId: series.data!.createEventSeries.id,
        editionNumber: 12,
        year: 2021,
        title: '12e Rencontres AICT',
        startsOn: '2021-06-29',
        endsOn: '2021-06-29',
      },
    });
    const eventId = event.data!.createEvent.id as string;
    const register = async (input: Record<string, unknown>) =>
      (
        await api.graphql('mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id } }', {
          input: { eventId, ...input },
        })
      ).data!.createParticipation.id as string;
    const fixtures = crmFixtures(api);
    const participants = [
      await register({
        contactId: await fixtures.contact('François', 'Rebsamen', await fixtures.communeId('21231')),
        role: 'SPEAKER',
      }),
      await register({ organisationName: 'Ambassade du Sénégal', countryCode: 'SN', role: 'EMBASSY' }),
    ];
    for (let extra = 0; extra < 8; extra++)
      await register({ organisationName: `Délégation ${extra + 1}`, countryCode: 'ML', role: 'FOREIGN_DELEGATION' });
    const cancelled = await register({ organisationName: 'Absent excusé', status: 'CANCELLED' });

    const response = await download(`/documents/badges/${eventId}.pdf`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pages = await pdfPages(response.body);
    expect(pages).toHaveLength(2); // ten badges, eight a sheet
    expect(pages[0]).toContain('Ambassade du Sénégal');
    expect(pages[0]).toContain('Sénégal');
    expect(pages.join(' ')).toContain('François Rebsamen');
    expect(pages.join(' ')).not.toContain('Absent excusé');
    const codes = [...(await pdfQrCodes(response.body, 1)), ...(await pdfQrCodes(response.body, 2))];
    expect(codes).toHaveLength(10);
    expect(codes).toEqual(expect.arrayContaining(participants));
    expect(codes).not.toContain(cancelled);

    expect((await download(`/documents/badges/${eventId}.pdf`, president)).status).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE_PARTNER = 'mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id name kind } }';
const CREATE_PARTNERSHIP =
  'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id year kind amountCents } }';

describe('partners and partnerships', () => {
  let api: TestApp;
  let platforma: string;
  let afd: string;
  const count = async (table: string) => Number((await api.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    platforma = (
      await api.graphql<{ createPartner: { id: string } }>(CREATE_PARTNER, {
        input: { name: 'PLATFORMA', kind: 'EU_PROGRAMME', website: 'https://platforma-dev.eu' },
      })
    ).data!.createPartner.id;
    afd = (
      await api.graphql<{ createPartner: { id: string } }>(CREATE_PARTNER, {
        input: { name: 'Agence française de développement', acronym: 'AFD', kind: 'AGENCY' },
      })
    ).data!.createPartner.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it("records partnerships per year and lists a partner's by year, with totals by year and kind", async () => {
    const partnerships = [
      { partnerId: platforma, year: 2021, kind: 'FINANCIAL', amountCents: 9_500_000, agreementReference: 'PLATFORMA-2021' },
      { partnerId: platforma, year: 2020, kind: 'FINANCIAL', amountCents: 9_000_000 },
      { partnerId: afd, year: 2021, kind: 'FINANCIAL', amountCents: 15_000_000 },
      { partnerId: afd, year: 2021, kind: 'IN_KIND', amountCents: 1_200_000 },
      { partnerId: afd, year: 2021, kind: 'INSTITUTIONAL' },
    ];
    for (const input of partnerships) expect((await api.graphql(CREATE_PARTNERSHIP, { input })).errors).toBeUndefined();
    const partner = await api.graphql<{ partner: { partnerships: { year: number }[]; y2021: { amountCents: number }[] } }>(
      'query($id: ID!) { partner(id: $id) { partnerships { year } y2021: partnerships(year: 2021) { amountCents } } }',
      { id: platforma },
    );
    expect(partner.data!.partner.partnerships.map((row) => row.year)).toEqual([2021, 2020]);
    expect(partner.data!.partner.y2021).toEqual([{ amountCents: 9_500_000 }]);
    const totals = await api.graphql<{ partnershipTotals: unknown[] }>(
      '{ partnershipTotals(year: 2021) { year kind count totalCents } }',
    );
    expect(totals.data!.partnershipTotals).toEqual([
      { year: 2021, kind: 'FINANCIAL', count: 2, totalCents: 24_500_000 },
      { year: 2021, kind: 'INSTITUTIONAL', count: 1, totalCents: 0 },
      { year: 2021, kind: 'IN_KIND', count: 1, totalCents: 1_200_000 },
    ]);
    const list = await api.graphql<{ partnerships: { totalCount: number; nodes: { partner: { name: string } }[] } }>(
      '{ partnerships(filter: { year: 2021, kinds: [FINANCIAL] }) { totalCount nodes { partner { name } } } }',
    );
    expect(list.data!.partnerships.nodes.map((node) => node.partner.name)).toEqual([
      'Agence française de développement',
      'PLATFORMA',
    ]);
  });

  it('refuses a negative amount and a partnership without an existing partner, changing nothing', async () => {
    const before = await count('partnerships');
    const negative = await api.graphql(CREATE_PARTNERSHIP, {
      input: { partnerId: platforma, year: 2021, kind: 'FINANCIAL', amountCents: -100 },
    });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    const orphan = await api.graphql(CREATE_PARTNERSHIP, {
      input: { partnerId: '00000000-0000-4000-8000-000000000000', year: 2021, kind: 'FINANCIAL' },
    });
    expect(orphan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partnerId' });
    const missing = await api.graphql('mutation { createPartnership(input: { year: 2021, kind: FINANCIAL }) { id } }');
    expect(missing.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await count('partnerships')).toBe(before);
  });

  it('attaches contacts to partners through their positions', async () => {
    const created = await api.graphql<{ createContact: { id: string } }>(
      'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
      {
        input: {
          firstName: 'Rémy',
          lastName: 'Rioux',
          position: { partnerId: afd, title: 'Directeur général', kind: 'STAFF', startedOn: '2016-06-02' },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const partner = await api.graphql<{
      partner: { contacts: { lastName: string; positions: { partner: { acronym: string } }[] }[] };
    }>('query($id: ID!) { partner(id: $id) { contacts { lastName positions { partner { acronym } } } } }', { id: afd });
    expect(partner.data!.partner.contacts).toEqual([{ lastName: 'Rioux', positions: [{ partner: { acronym: 'AFD' } }] }]);
    const both = await api.graphql('mutation($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: {
        firstName: 'X',
        lastName: 'Y',
        confirmNotDuplicate: true,
        position: {
          partnerId: afd,
          collectivityId: (await api.dataSource.query(`SELECT id FROM collectivities LIMIT 1`))[0].id,
          title: 'T',
          kind: 'STAFF',
          startedOn: '2020-01-01',
        },
      },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('updates and deletes, refusing to delete a partner still in use', async () => {
    const updated = await api.graphql<{ updatePartner: { acronym: string; version: number } }>(
      'mutation($id: ID!) { updatePartner(id: $id, input: { version: 1, acronym: "PF" }) { acronym version } }',
      { id: platforma },
    );
    expect(updated.data!.updatePartner).toEqual({ acronym: 'PF', version: 2 });
    const inUse = await api.graphql('mutation($id: ID!) { deletePartner(id: $id) { id } }', { id: platforma });
    expect(inUse.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const duplicate = await api.graphql(CREATE_PARTNER, { input: { name: 'PLATFORMA', kind: 'NETWORK' } });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'name' });
    const [partnership] = await api.dataSource.query('SELECT id, version FROM partnerships WHERE partner_id = $1 LIMIT 1', [
      platforma,
    ]);
    const read = await api.graphql<{ partnership: { id: string; partner: { name: string } } }>(
      'query($id: ID!) { partnership(id: $id) { id partner { name } } }',
      { id: partnership.id },
    );
    expect(read.data!.partnership).toEqual({ id: partnership.id, partner: { name: 'PLATFORMA' } });
    const edited = await api.graphql<{ updatePartnership: { amountCents: number } }>(
      'mutation($id: ID!, $v: Int!) { updatePartnership(id: $id, input: { amountCents: 100, version: $v }) { amountCents } }',
      { id: partnership.id, v: partnership.version },
    );
    expect(edited.data!.updatePartnership.amountCents).toBe(100);
    expect(
      (await api.graphql('mutation($id: ID!) { deletePartnership(id: $id) { id } }', { id: partnership.id })).errors,
    ).toBeUndefined();
  });

  it('reads several partners by id in one request', async () => {
    const picked = await api.graphql('query($ids: [ID!]) { partners(filter: { ids: $ids }) { totalCount nodes { name } } }', {
      ids: [afd],
    });
    expect(picked.data!.partners).toEqual({ totalCount: 1, nodes: [{ name: 'Agence française de développement' }] });
  });
});

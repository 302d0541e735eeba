import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql';
import { READ_MARK, ReadService } from '../src/common/read/read.service.js';
import { crmFixtures } from './support/crm-fixtures.js';
import { untilChangesSyncable } from './support/until.js';
import { startTestApp, type Credentials, type TestApp } from './support/test-app.js';

/**
 * A query the read road answers whole is sent as the database wrote it (common/read/answer.ts):
 * the same answer graphql-js would give, without graphql-js walking its rows. Each query below is
 * asked alone (answered in SQL) and beside `me` (a root field in code, so graphql-js answers the
 * whole operation): both answers must be equal.
 */
describe('answers straight from SQL', () => {
  let api: TestApp;
  let president: Credentials & { cookie: string };
  let reader: Credentials;
  let group: string;
  let since: string;
  const COLLECTIVITY_FIELDS = `__typename id name kind inseeCode siren membershipStatus memberSince updatedAt postalCodes population fromReferential`;

  beforeAll(async () => {
    api = await startTestApp();
    const fixtures = crmFixtures(api);
    [{ since }] = (await api.dataSource.query(
      `SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS since`,
    )) as { since: string }[];
    const communes = (await api.dataSource.query(
      `SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND department_code = '21' ORDER BY insee_code LIMIT 12`,
    )) as { id: string }[];
    await api.dataSource.query(
      `UPDATE collectivities SET membership_status = 'MEMBER', member_since = '2019-03-01', updated_at = now() WHERE id = ANY($1)`,
      [communes.map((row) => row.id)],
    );
    group = await fixtures.countryGroup('Groupe-pays Japon', ['JP']);
    await fixtures.addMembers(
      group,
      communes.slice(0, 6).map((row) => row.id),
    );
    const mayor = await fixtures.contact('Claire', 'Dumont', communes[0]!.id, {
      consentStatus: 'GIVEN',
      email: 'claire@dijon.test',
    });
    await fixtures.officer(group, mayor, 'PRESIDENT');
    president = (await api.userWithRole('GROUP_PRESIDENT', mayor)) as never;
    reader = { token: (await api.apiToken(['collectivities:read', 'contacts:all'])).token };
    for (const label of ['Territoires unis', 'Coopération décentralisée']) {
      await api.graphql('mutation($input: LabelInput!) { createLabel(input: $input) { id } }', { input: { name: label } });
    }
    await api.graphql('mutation { createEventSeries(input: { name: "Rencontres" }) { id } }');
    const partner = await api.graphql<{ createPartner: { id: string } }>(
      'mutation { createPartner(input: { name: "PLATFORMA", acronym: "PF", kind: EU_PROGRAMME, website: "https://platforma.test" }) { id } }',
    );
    await api.graphql(
      'mutation($p: ID!) { createPartnership(input: { partnerId: $p, year: 2021, kind: FINANCIAL, amountCents: 1250050, agreementReference: "CONV-1" }) { id } }',
      { p: partner.data!.createPartner.id },
    );
  });
  afterAll(async () => {
    await api.close();
  });

  /** The operation's data answered in SQL, and the same operation answered by graphql-js. */
  async function bothWays(operation: string, variables: Record<string, unknown>, credentials?: Credentials) {
    const answered = await api.graphql(`query Answered${operation}`, variables, credentials);
    const walked = await api.graphql(`query Walked${operation.replace(/\{/, '{ me { id } ')}`, variables, credentials);
    return { answered, walked };
  }

  const CASES: [string, string, Record<string, unknown>][] = [
    [
      'an offset page with its total, aliases, fragments, @include and nested fields',
      `($withGroups: Boolean!) { collectivities(filter: { membershipStatuses: [MEMBER] }, sort: { field: NAME }, page: { limit: 5, offset: 2 }) {
        __typename count: totalCount hasNextPage endCursor
        nodes { ...Named ... on Collectivity { label: name department { __typename name } }
          groups @include(if: $withGroups) { __typename id name } region @skip(if: $withGroups) { name } } } }
        fragment Named on Collectivity { ${COLLECTIVITY_FIELDS} }`,
      { withGroups: true },
    ],
    [
      'a page past the end: no row, yet its total',
      `{ collectivities(filter: { membershipStatuses: [MEMBER] }, page: { offset: 100000, limit: 5 }) { totalCount hasNextPage endCursor nodes { id } } }`,
      {},
    ],
    [
      'a synced page since a date',
      `($since: DateTime!) { collectivities(page: { updatedSince: $since, limit: 5 }) { hasNextPage endCursor nodes { ${COLLECTIVITY_FIELDS} } } }`,
      {},
    ],
    [
      'one collectivity by id, with its groups and their officers',
      `($id: ID!) { collectivity(id: $id) { ${COLLECTIVITY_FIELDS} groups { name officers { role } } } }`,
      {},
    ],
    ['root lists', `{ labels { __typename id name description } eventSeries { id name } membersInArrears { id } }`, {}],
    [
      'a search (its matches ranked once)',
      `{ contacts(filter: { search: "dumont" }) { totalCount nodes { id firstName lastName email } } }`,
      {},
    ],
    [
      'groups of both kinds, each with its own type name',
      `{ groups { totalCount nodes { __typename id name ... on CountryGroup { countries } } } }`,
      {},
    ],
  ];

  it.each(CASES)('%s: the same answer as graphql-js gives', async (_name, operation, extra) => {
    const [{ id }] = (await api.dataSource.query(
      `SELECT id FROM collectivities WHERE membership_status = 'MEMBER' ORDER BY insee_code LIMIT 1`,
    )) as { id: string }[];
    const variables = { since, id, ...extra };
    // Only the variables an operation declares are sent.
    const declared = Object.fromEntries(Object.entries(variables).filter(([name]) => operation.includes(`$${name}`)));
    const { answered, walked } = await bothWays(operation, declared);
    expect(answered.errors).toBeUndefined();
    expect(walked.errors).toBeUndefined();
    const { me, ...walkedData } = walked.data as Record<string, unknown>;
    expect(me).toBeDefined();
    expect(answered.data).toEqual(walkedData);
    expect(JSON.stringify(answered.data).length).toBeGreaterThan(40);
  });

  it('writes any text as graphql-js does: quotes, backslashes, tabs, line breaks, control characters, accents, emoji', async () => {
    const names = [
      'Saint-"Quoted" \\ back\\slash',
      'Tab\there, line\nbreak, return\r, \u0001\u000b\u001f controls',
      'Aÿ-sur-Œuvre, 漢字, 😀, \u2028 separator',
    ];
    const instants = ['2026-01-02 03:04:05+00', '2026-01-02 03:04:05.5+00', '2026-01-02 03:04:05.123456+00'];
    const inserted: string[] = [];
    for (const [index, name] of names.entries()) {
      const [row] = (await api.dataSource.query(
        `INSERT INTO collectivities (name, kind, country_code, notes, website, updated_at) VALUES ($1, 'FOREIGN_LOCAL_GOVERNMENT', 'JP', $2, NULL, $3) RETURNING id`,
        [name, name, instants[index]],
      )) as { id: string }[];
      inserted.push(row!.id);
    }
    // Served once no transaction begun before them is still running (the sync horizon).
    await untilChangesSyncable(api.dataSource);
    const operation = `($since: DateTime!) { collectivities(page: { updatedSince: $since, limit: 100 }) { nodes { id name notes website updatedAt population fromReferential postalCodes } } }`;
    const { answered, walked } = await bothWays(operation, { since });
    expect(answered.errors).toBeUndefined();
    const { me: _me, ...walkedData } = walked.data as Record<string, unknown>;
    expect(answered.data).toEqual(walkedData);
    const nodes = (answered.data!['collectivities'] as { nodes: { name: string; notes: string; updatedAt: string }[] }).nodes;
    for (const [index, name] of names.entries()) {
      expect(nodes).toContainEqual(
        expect.objectContaining({
          name,
          notes: name,
          updatedAt: new Date(instants[index]!.replace(' ', 'T').replace('+00', 'Z')).toISOString(),
        }),
      );
    }
    // Gone again, so that the other tests' syncs see only their own rows.
    await api.dataSource.query(`DELETE FROM collectivities WHERE id = ANY($1)`, [inserted]);
  });

  it('gives every answered root list the same values as graphql-js, field by field', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const query = schema.getQueryType()!;
    const answeredRoots = api.app.get(ReadService).answeredRoots();
    const compared: string[] = [];
    for (const root of Object.values(query.getFields())) {
      if (!answeredRoots.has(root.name)) continue;
      if (root.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const named = getNamedType(root.type);
      if (!isObjectType(named)) continue;
      const nodes = named.getFields()['nodes'];
      const rowType = getNamedType(nodes ? nodes.type : root.type);
      if (!isObjectType(rowType) || !rowType.getFields()['id']) continue;
      const leaves = Object.values(rowType.getFields())
        .filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0)
        .map((field) => field.name);
      const selection = `${leaves.join(' ')} __typename`;
      const operation = `{ ${root.name}${nodes ? ` { totalCount hasNextPage nodes { ${selection} } }` : ` { ${selection} }`} }`;
      const { answered, walked } = await bothWays(operation, {});
      expect(answered.errors).toBeUndefined();
      const { me: _me, ...walkedData } = walked.data as Record<string, unknown>;
      expect({ [root.name]: answered.data }).toEqual({ [root.name]: walkedData });
      compared.push(root.name);
    }
    expect(compared).toEqual(
      expect.arrayContaining(['collectivities', 'contacts', 'partners', 'partnerships', 'labels', 'events']),
    );
  });

  it('pages through a sync with the cursors it writes in code, the same as the database writes them', async () => {
    const SYNC = `query Sync($page: PageInput) { collectivities(page: $page) { hasNextPage endCursor nodes { id } } }`;
    let page: Record<string, unknown> = { updatedSince: since, limit: 5 };
    const seen: string[] = [];
    for (let round = 0; round < 10; round++) {
      const response = await api.graphql(SYNC, { page }, reader);
      expect(response.errors).toBeUndefined();
      const result = response.data!['collectivities'] as { hasNextPage: boolean; endCursor: string; nodes: { id: string }[] };
      seen.push(...result.nodes.map((node) => node.id));
      if (!result.hasNextPage) break;
      page = { after: result.endCursor, limit: 5 };
    }
    const changed = (await api.dataSource.query(`SELECT id FROM collectivities WHERE updated_at >= $1::timestamptz`, [
      since,
    ])) as {
      id: string;
    }[];
    expect(seen.length).toBeGreaterThanOrEqual(12);
    expect([...seen].sort()).toEqual(changed.map((row) => row.id).sort());
    // A page's cursor, written in code when answered, in SQL when walked.
    const { answered, walked } = await bothWays(`($page: PageInput) { collectivities(page: $page) { endCursor nodes { id } } }`, {
      page: { updatedSince: since, limit: 3 },
    });
    expect(answered.data!['collectivities']).toEqual((walked.data as Record<string, unknown>)['collectivities']);
  });

  it("keeps each caller's visibility: a president reads his group's members only, answered or walked", async () => {
    const operation = `{ collectivities(filter: { membershipStatuses: [MEMBER] }) { totalCount nodes { id name } } }`;
    const { answered, walked } = await bothWays(operation, {}, president);
    expect(answered.errors).toBeUndefined();
    const { me: _me, ...walkedData } = walked.data as Record<string, unknown>;
    expect(answered.data).toEqual(walkedData);
    expect((answered.data!['collectivities'] as { totalCount: number }).totalCount).toBe(6);
  });

  it('answers errors as before: an unknown id is NOT_FOUND, a tampered cursor BAD_USER_INPUT', async () => {
    const missing = await api.graphql(`{ collectivity(id: "00000000-0000-4000-8000-000000000000") { id name } }`);
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(missing.data).toBeNull();
    const tampered = await api.graphql(`{ collectivities(page: { after: "bm90LWEtY3Vyc29y", limit: 2 }) { nodes { id } } }`);
    expect(tampered.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('does not walk the rows of an answered query in graphql-js, and walks them when a field needs its resolver', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const name = (schema.getType('Collectivity') as GraphQLObjectType).getFields()['name']!;
    const resolve = name.resolve!;
    let walkedRows = 0;
    name.resolve = (...args) => {
      walkedRows++;
      return resolve(...args);
    };
    try {
      const page = `{ collectivities(sort: { field: NAME }, page: { limit: 50 }) { nodes { id name } } }`;
      const statements = api.queryCounter.queries.length;
      const answered = await api.graphql(page);
      expect((answered.data!['collectivities'] as { nodes: unknown[] }).nodes).toHaveLength(50);
      expect(walkedRows).toBe(0);
      expect(api.queryCounter.queries.slice(statements).filter((query) => query.startsWith(READ_MARK))).toHaveLength(1);
      // Sent as JSON, as graphql-js's answers are.
      const raw = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${(reader as { token: string }).token}` },
        body: JSON.stringify({ query: page }),
      });
      expect(raw.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(((await raw.json()) as { data: { collectivities: { nodes: unknown[] } } }).data.collectivities.nodes).toHaveLength(
        50,
      );

      // `me` is answered in code: the whole operation goes through graphql-js, which reads each row's fields.
      await api.graphql(`{ collectivities(sort: { field: NAME }, page: { limit: 50 }) { nodes { id name } } me { id } }`);
      expect(walkedRows).toBe(50);
    } finally {
      name.resolve = resolve;
    }
  });
});

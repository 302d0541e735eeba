import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QUERY_COST_BUDGET } from '../src/common/limits/query-limits.js';
import { loadAppConfig } from '../src/config/app-config.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The query of the issue: each of 1000 participations' edition's sessions' speakers' participations. */
const ABUSIVE = '{ participations(page: {limit: 1000}) { nodes { event { sessions { speakers { participations { id } } } } } } }';

/** A collectivity as the console lists and exports it. */
const COLLECTIVITY_FIELDS = `id name kind countryCode inseeCode siren regionCode departmentCode postalCodes population address
  website email phone membershipStatus memberSince memberUntil notes fromReferential version createdAt updatedAt
  region { id name inseeCode } department { id name inseeCode }`;

describe('bounded answers', () => {
  let api: TestApp;
  const collectivityCount = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM collectivities'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    // The administrator's session is remembered from now on: a refusal then costs no statement at all.
    await api.graphql('{ me { id } }');
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses the abusive query before running it, saying by how much it is over', async () => {
    api.queryCounter.reset();
    const response = await api.graphql(ABUSIVE);
    expect(api.queryCounter.queries).toEqual([]);
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toHaveLength(1);
    const { extensions, message } = response.errors![0]!;
    expect(extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: QUERY_COST_BUDGET });
    const { cost, over } = extensions as unknown as { cost: number; over: number };
    expect(cost).toBeGreaterThan(1000 * 200 * 100 * 100);
    expect(over).toBe(cost - QUERY_COST_BUDGET);
    expect(message).toContain(over.toLocaleString('en'));

    const anonymous = await api.graphql(ABUSIVE, {}, { anonymous: true });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(api.queryCounter.queries).toEqual([]);
  });

  it('counts the page asked for, in a variable too', async () => {
    const query =
      'query($page: PageInput) { participations(page: $page) { totalCount nodes { event { sessions { speakers { id } } } } } }';
    const small = await api.graphql(query, { page: { limit: 10 } });
    expect(small.errors).toBeUndefined();
    expect(small.data).toMatchObject({ participations: { nodes: [] } });
    const large = await api.graphql(query, { page: { limit: 1000 } });
    expect(large.status).toBe(400);
    expect(large.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses a page over 1000 before anything runs, whichever field asks it', async () => {
    api.queryCounter.reset();
    const literal = await api.graphql(
      '{ a: collectivities(page: { limit: 1 }) { totalCount } b: contacts(page: { limit: 2000 }) { totalCount } }',
    );
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.limit' });
    expect(literal.errors?.[0]?.message).toMatch(/b: page\.limit is at most 1000 \(2000 asked\)/);
    const variable = await api.graphql('query($page: PageInput) { collectivities(page: $page) { totalCount } }', {
      page: { limit: 5000 },
    });
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.limit' });
    expect(api.queryCounter.queries).toEqual([]);
  });

  it('refuses a page inside a list that does not say its limit', async () => {
    api.queryCounter.reset();
    const unsaid = await api.graphql('{ groups(page: { limit: 5 }) { nodes { members { nodes { id } } } } }');
    expect(unsaid.status).toBe(400);
    expect(unsaid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'page.limit',
      fields: [{ code: 'REQUIRED' }],
    });
    expect(unsaid.errors?.[0]?.message).toContain('groups.nodes.members');
    expect(api.queryCounter.queries).toEqual([]);
    const said = await api.graphql('{ groups(page: { limit: 5 }) { nodes { members(page: { limit: 10 }) { nodes { id } } } } }');
    expect(said.errors).toBeUndefined();
  });

  it('refuses a costly mutation without changing anything', async () => {
    const before = await collectivityCount();
    api.queryCounter.reset();
    const response = await api.graphql(`mutation {
      createCollectivity(input: { name: "Costly", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) {
        participations { event { sessions { speakers { participations { id } } } } }
      }
    }`);
    expect(response.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(api.queryCounter.queries).toEqual([]);
    expect(await collectivityCount()).toBe(before);
  });

  it('refuses too many aliases with a 400 and a typed error, like a query too deep', async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: me { id }`).join(' ');
    const response = await api.graphql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', aliases: 31, maxAliases: 30 },
    });
    expect(response.errors?.[0]?.message).not.toMatch(/Syntax Error/);
    const deep = await api.graphql(`{ collectivities { nodes { ${'region { '.repeat(12)}name${' }'.repeat(12)} } } }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves the largest page the console asks for', async () => {
    const response = await api.graphql<{ collectivities: { nodes: unknown[] } }>(
      `query($page: PageInput) { collectivities(page: $page) { totalCount nodes { ${COLLECTIVITY_FIELDS} } } }`,
      { page: { offset: 0, limit: 1000 } },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.collectivities.nodes).toHaveLength(1000);
  });

  it('refuses many pages in one request: one page of 1000 rows at most', async () => {
    // 30 aliases of 1000 collectivities: 20 MB to build and serialise, seconds of work
    const pages = Array.from(
      { length: 30 },
      (_, index) =>
        `a${index}: collectivities(page: { offset: ${index * 1000}, limit: 1000 }) { nodes { ${COLLECTIVITY_FIELDS} } }`,
    );
    api.queryCounter.reset();
    const response = await api.graphql(`{ ${pages.join(' ')} }`);
    expect(api.queryCounter.queries).toEqual([]);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY', pageRows: 30_000, maxPageRows: 1000 } });
    const split = await api.graphql(
      `{ ${pages
        .slice(0, 2)
        .join(' ')
        .replace(/limit: 1000/g, 'limit: 500')} }`,
    );
    expect(split.errors).toBeUndefined();
  });
});

describe('a response ceiling', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ RESPONSE_LIMIT_BYTES: '20000' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('replaces an answer over it with a typed error', async () => {
    const response = await api.graphql('{ collectivities(page: { limit: 1000 }) { nodes { id name inseeCode } } }');
    expect(response.status).toBe(200);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The answer is \d+ KB, more than a response may hold \(20 KB\)/),
        extensions: {
          code: 'RESPONSE_TOO_LARGE',
          reason: 'RESPONSE_TOO_LARGE',
          size: expect.any(Number),
          maxSize: 20000,
          maximum: 20000,
        },
      }),
    ]);
    expect(response.errors![0]!.extensions.size as number).toBeGreaterThan(20000);
    const small = await api.graphql('{ collectivities(page: { limit: 10 }) { nodes { id name } } }');
    expect(small.errors).toBeUndefined();
  });

  it('measures an answer that may be large before serialising it, stopping at the ceiling', async () => {
    // 1000 collectivities, each with up to 500 participations: a cost of half a million values
    const response = await api.graphql('{ collectivities(page: { limit: 1000 }) { nodes { id name participations { id } } } }');
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The answer is over 20 KB/),
        extensions: { code: 'RESPONSE_TOO_LARGE', reason: 'RESPONSE_TOO_LARGE', maxSize: 20000, maximum: 20000 },
      }),
    ]);
  });

  it('is configured by RESPONSE_LIMIT_BYTES, checked at start', () => {
    expect(() => loadAppConfig({ RESPONSE_LIMIT_BYTES: 'ten megabytes' })).toThrow(/RESPONSE_LIMIT_BYTES/);
    expect(() => loadAppConfig({ RESPONSE_LIMIT_BYTES: '100' })).toThrow(/RESPONSE_LIMIT_BYTES/);
    expect(loadAppConfig({}).RESPONSE_LIMIT_BYTES).toBe(10 * 1024 * 1024);
  });
});

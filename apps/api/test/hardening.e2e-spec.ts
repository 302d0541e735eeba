import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('a hardened GraphQL endpoint', () => {
  let api: TestApp;
  const collectivityCount = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM collectivities'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a 50-level deep query', async () => {
    const deep = `{ collectivities { nodes { ${'region { '.repeat(49)}name${' }'.repeat(49)} } } }`;
    const response = await api.graphql(deep);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/depth|cost/i);
  });

  it('refuses 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}: collectivities { totalCount }`).join(' ');
    const response = await api.graphql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses an expensive query', async () => {
    const costly = '{ collectivities(page: { limit: 1000 }) { nodes { participations { event { sessions { title } } } } } }';
    const response = await api.graphql(costly);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('refuses 500 batched operations and changes nothing', async () => {
    const before = await collectivityCount();
    const cookie = (await api.signIn('admin@test.local', 'correct horse battery staple'))!.cookie;
    const batch = Array.from({ length: 500 }, () => ({
      query:
        'mutation { createCollectivity(input: { name: "Batch", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id } }',
    }));
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(batch),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBeDefined();
    expect(await collectivityCount()).toBe(before);
  });

  it('refuses a page size of 1,000,000', async () => {
    const response = await api.graphql('{ collectivities(page: { limit: 1000000 }) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'page.limit' });
  });

  it('refuses a 10 MB body with a typed error and changes nothing', async () => {
    const before = await collectivityCount();
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($n: String!) { createCollectivity(input: { name: $n, kind: COMMUNE }) { id } }',
        variables: { n: 'x'.repeat(10 * 1024 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(await collectivityCount()).toBe(before);
  });

  it('sends security headers and a request id', async () => {
    const response = await fetch(`${api.baseUrl}/health/live`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps introspection and GraphiQL on outside production', async () => {
    const response = await api.graphql('{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('in production', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('turns introspection and the GraphQL IDE off', async () => {
    const response = await api.graphql('{ __schema { queryType { name } } }');
    expect(response.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    const ide = await fetch(`${api.baseUrl}/graphiql`, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(404);
  });

  it('masks internal errors: no stack, no SQL', async () => {
    await api.dataSource.query('ALTER TABLE collectivities RENAME COLUMN name TO name_renamed');
    try {
      const response = await api.graphql<unknown>('{ collectivities(page: { limit: 1 }) { nodes { name } } }');
      expect(response.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(response)).not.toMatch(/name_renamed|SELECT|QueryFailed|\.ts:\d/);
    } finally {
      await api.dataSource.query('ALTER TABLE collectivities RENAME COLUMN name_renamed TO name');
    }
  });
});

describe('hostile text in every filter', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const HOSTILE = ["'; DROP TABLE collectivities; --", '%_\\', '\u202Eevil', '👩🏽‍⚖️', 'a'.repeat(300), '\u0000', '$1 OR 1=1'];
  const FILTERS: [string, (value: string) => Record<string, unknown>][] = [
    ['collectivities', (value) => ({ search: value })],
    ['collectivities', (value) => ({ regionCode: value })],
    ['collectivities', (value) => ({ departmentCode: value })],
    ['collectivities', (value) => ({ countryCode: value })],
    ['collectivities', (value) => ({ ids: [value] })],
    ['users', (value) => ({ search: value })],
    ['auditEntries', (value) => ({ entityType: value })],
  ];

  it('answers every filter with results or a typed error, never an internal error', async () => {
    const before = (await api.dataSource.query('SELECT count(*) AS n FROM collectivities'))[0].n;
    const internal: string[] = [];
    for (const [query, filter] of FILTERS) {
      for (const value of HOSTILE) {
        const response = await api.graphql(
          `query($filter: ${query === 'collectivities' ? 'CollectivityFilter' : query === 'users' ? 'UserFilter' : 'AuditFilterInput'}) {
          ${query}(filter: $filter) { totalCount } }`,
          { filter: filter(value) },
        );
        const code = response.errors?.[0]?.extensions.code;
        if (code !== undefined && code !== 'BAD_USER_INPUT') internal.push(`${query} ${JSON.stringify(filter(value))}: ${code}`);
      }
    }
    expect(internal).toEqual([]);
    expect((await api.dataSource.query('SELECT count(*) AS n FROM collectivities'))[0].n).toBe(before);
  });
});

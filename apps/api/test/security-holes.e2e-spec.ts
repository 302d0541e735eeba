import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const CONSOLE = 'https://crm.example.org';
const FOREIGN = 'https://evil.example';
const CREATE = 'mutation { createCollectivity(input: { name: "Forged", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id } }';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('cross-site request forgery', () => {
  let api: TestApp;
  let cookie: string;
  const forged = async () => Number((await api.dataSource.query(`SELECT count(*) AS n FROM collectivities WHERE name = 'Forged'`))[0].n);
  const send = async (init: { method?: string; headers?: Record<string, string>; body?: BodyInit; query?: string }) => {
    const response = await fetch(`${api.baseUrl}/graphql${init.query ? `?query=${encodeURIComponent(init.query)}` : ''}`, {
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
    });
    return { status: response.status, body: (await response.json()) as Body };
  };

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL: `${CONSOLE}, http://localhost:5173` });
    cookie = (await api.signIn('admin@test.local', 'correct horse battery staple'))!.cookie;
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a POST that is not JSON, whatever its origin, and runs nothing', async () => {
    const multipart = new FormData();
    multipart.set('query', CREATE);
    const bodies: [string, Record<string, string>, BodyInit][] = [
      ['form', { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ query: CREATE }).toString()],
      ['text', { 'content-type': 'text/plain' }, JSON.stringify({ query: CREATE })],
      ['text with charset', { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify({ query: CREATE })],
      ['multipart', {}, multipart],
      ['graphql', { 'content-type': 'application/graphql' }, CREATE],
      ['none', {}, JSON.stringify({ query: CREATE })],
    ];
    for (const origin of [FOREIGN, CONSOLE]) {
      for (const [name, headers, body] of bodies) {
        const answer = await send({ headers: { ...headers, cookie, origin }, body });
        expect({ name, origin, status: answer.status, error: answer.body.errors?.[0]?.extensions }).toEqual({
          name,
          origin,
          status: 415,
          error: { code: 'CSRF_REFUSED', reason: 'CONTENT_TYPE' },
        });
        expect(answer.body.data ?? null).toBeNull();
      }
    }
    expect(await forged()).toBe(0);
  });

  it('refuses a cookie-signed JSON request from another origin, and runs nothing', async () => {
    const json = { 'content-type': 'application/json', cookie };
    const refused: Record<string, string>[] = [
      { origin: FOREIGN },
      { origin: 'null' },
      { origin: `${CONSOLE}.evil.example` },
      { origin: 'http://crm.example.org' },
      { referer: `${FOREIGN}/page.html` },
      { referer: 'not a url' },
    ];
    for (const headers of refused) {
      const answer = await send({ headers: { ...json, ...headers }, body: JSON.stringify({ query: CREATE }) });
      expect({ headers, status: answer.status, error: answer.body.errors?.[0]?.extensions }).toEqual({
        headers,
        status: 403,
        error: { code: 'CSRF_REFUSED', reason: 'ORIGIN' },
      });
    }
    // a query too, and signing in (a forged sign-in would put the victim in someone else's account)
    expect((await send({ headers: { ...json, origin: FOREIGN }, body: JSON.stringify({ query: '{ me { id } }' }) })).status).toBe(403);
    const signIn = await send({
      headers: { 'content-type': 'application/json', origin: FOREIGN },
      body: JSON.stringify({ query: 'mutation { signIn(email: "admin@test.local", password: "correct horse battery staple") { id } }' }),
    });
    expect(signIn.status).toBe(403);
    expect(await forged()).toBe(0);
  });

  it("accepts the console's own origin, named by Origin or by Referer, and requests that name none", async () => {
    const json = { 'content-type': 'application/json; charset=utf-8', cookie };
    for (const headers of [{ origin: CONSOLE }, { origin: 'http://localhost:5173' }, { referer: `${CONSOLE}/#/collectivities` }, {}]) {
      const answer = await send({ headers: { ...json, ...headers }, body: JSON.stringify({ query: CREATE }) });
      expect({ headers, status: answer.status, errors: answer.body.errors }).toEqual({ headers, status: 200, errors: undefined });
    }
    expect(await forged()).toBe(4);
    await api.dataSource.query(`DELETE FROM collectivities WHERE name = 'Forged'`);
  });

  it('does not check the origin of a bearer token: the browser never adds one by itself', async () => {
    const { token } = await api.apiToken(['collectivities:read']);
    const answer = await send({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: FOREIGN, cookie },
      body: JSON.stringify({ query: '{ collectivities(page: { limit: 1 }) { totalCount } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('runs queries over GET, never a mutation', async () => {
    const query = await send({ method: 'GET', headers: { cookie }, query: '{ me { email } }' });
    expect(query).toMatchObject({ status: 200, body: { data: { me: { email: 'admin@test.local' } } } });
    const foreign = await send({ method: 'GET', headers: { cookie, referer: `${FOREIGN}/` }, query: '{ me { email } }' });
    expect(foreign.status).toBe(403);
    const mutation = await send({ method: 'GET', headers: { cookie, origin: CONSOLE }, query: CREATE });
    expect(mutation.status).toBe(405);
    expect(mutation.body.data ?? null).toBeNull();
    expect(mutation.body.errors?.[0]?.message).toMatch(/GET/);
    expect(await forged()).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { migrations } from '../src/database/migrations/index.js';
import { STARTUP_LOCK_KEY } from '../src/database/startup-lock.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { createTestDatabase } from './support/test-database.js';

const ADMIN = { email: 'admin@two.test', password: 'a long enough password' };

/** Two API processes (`node dist/main.js`) on one new, empty database, as behind a load balancer. */
describe('two servers on one database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  let servers: ServerProcess[] = [];

  const graphql = async (server: ServerProcess, query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data: Record<string, unknown> | null; errors?: { extensions: { code: string } }[] };
    return { ...body, cookie: response.headers.get('set-cookie')?.split(';')[0] };
  };
  const signIn = (server: ServerProcess, email: string, password: string, clientAddress: string) =>
    graphql(server, `mutation { signIn(email: "${email}", password: "${password}") { email } }`, {
      'x-forwarded-for': clientAddress,
    });

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    // The test holds the startup lock while both servers start, so that they surely meet at it.
    await client.query('SELECT pg_advisory_lock($1::bigint)', [STARTUP_LOCK_KEY]);
    const environment = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      LOG_LEVEL: 'info',
      SEED_DEMO_DATA: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // As behind the reverse proxy: the client's address comes from X-Forwarded-For.
      TRUST_PROXY: 'loopback',
    };
    servers = await Promise.all([startServerProcess(environment), startServerProcess(environment)]);
    // Both wait for the lock (a first try failed, then a blocking request): then it is let go.
    for (;;) {
      const [{ waiting }] = (
        await client.query(
          `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        )
      ).rows;
      if (waiting === 2) break;
      const stopped = servers.find((server) => server.hasExited());
      if (stopped) throw new Error(`A server stopped while starting:\n${stopped.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [STARTUP_LOCK_KEY]);
    await Promise.all(servers.map((server) => server.ready));
  }, 180_000);

  afterAll(async () => {
    const codes = await Promise.all(servers.map((server) => server.stop()));
    await client?.end();
    await database?.drop();
    expect(codes).toEqual([0, 0]);
  });

  it('start together: both wait for the lock, one migrates and imports, both serve', async () => {
    for (const server of servers) {
      expect(server.output()).toContain('Another process is preparing the database');
      expect((await fetch(`${server.baseUrl}/health/ready`)).status).toBe(200);
    }
    const applied = (await client.query('SELECT name, count(*)::int AS times FROM migrations GROUP BY name ORDER BY name')).rows;
    expect(applied).toHaveLength(migrations.length);
    expect(applied.every((row: { times: number }) => row.times === 1)).toBe(true);
    const [{ admins, referential }] = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM users) AS admins, (SELECT count(*)::int FROM collectivities WHERE from_referential) AS referential`,
      )
    ).rows;
    expect(admins).toBe(1);
    expect(referential).toBeGreaterThan(30_000);
    // The referential once: its codes are unique per kind, and none appears twice.
    const [{ duplicates }] = (
      await client.query(
        `SELECT count(*)::int AS duplicates FROM (SELECT kind, insee_code FROM collectivities WHERE insee_code IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d`,
      )
    ).rows;
    expect(duplicates).toBe(0);
  });

  it('share the sign-in rate limit: six failed attempts split across the two, the sixth is refused', async () => {
    const codes = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const answer = await signIn(servers[attempt % 2]!, 'guessed@two.test', 'wrong guess', '203.0.113.7');
      codes.push(answer.errors?.[0]?.extensions.code);
    }
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'TOO_MANY_REQUESTS',
    ]);
    // Counted per client address (read through the trusted proxy), not per proxy.
    const fromElsewhere = await signIn(servers[0]!, 'guessed@two.test', 'wrong guess', '203.0.113.8');
    expect(fromElsewhere.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('share sessions: opened on one, valid on the other; closed on the other, gone on the first', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const opened = await signIn(first, ADMIN.email, ADMIN.password, '203.0.113.9');
    expect(opened.data).toEqual({ signIn: { email: ADMIN.email } });
    const cookie = opened.cookie!;
    expect((await graphql(second, '{ me { email } }', { cookie })).data).toEqual({ me: { email: ADMIN.email } });
    expect((await graphql(second, 'mutation { signOut }', { cookie })).data).toEqual({ signOut: true });
    expect((await graphql(first, '{ me { email } }', { cookie })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

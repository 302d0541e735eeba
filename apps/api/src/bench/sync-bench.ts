import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { repositoryRoot } from '../config/app-config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { formatTable, percentile, round } from './bench-stats.js';
import { readDatasetMarker } from './full-dataset.js';
import { postgresCpuMs, postmasterOf, processCpuMs, startServer } from './server-process.js';

/**
 * `npm run bench -- --only sync`: an integration's incremental sync on the full-scale data set
 * (load it first: `npm run bench -- --dataset full`). 2,000 collectivities are changed, in 20
 * transactions, after a date; then a page of 1,000 changed since that date, and the page after
 * it by its cursor, are read one request at a time, as an integration's sync loop does.
 */
const CHANGED = 2_000;
const PAGE = 1_000;
const WARM_UPS = 5;
const RUNS = 40;
const SYNC_QUERY = `query SyncBench($page: PageInput) {
  collectivities(page: $page) { hasNextPage endCursor nodes { id name kind inseeCode siren membershipStatus memberSince updatedAt } }
}`;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export async function runSyncBench(): Promise<number> {
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.resolve(process.env.BENCH_POSTGRES_DIR || path.join(repositoryRoot, '.data', 'bench-postgres')),
        port: Number(process.env.BENCH_POSTGRES_PORT || 54339),
        databaseName: 'territoria',
        log: () => undefined,
      });
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (!(await readDatasetMarker(client)))
      throw new Error('No full-scale data set here: npm run bench -- --dataset full first.');
    const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main.js');
    const server = await startServer({ entry, databaseUrl, log });
    try {
      return await measure(client, server.url, server.pid);
    } finally {
      await server.stop();
    }
  } finally {
    await client.end();
    await embedded?.stop();
  }
}

async function measure(client: pg.Client, url: string, serverPid: number): Promise<number> {
  const secret = `trt_${randomBytes(32).toString('base64url')}`;
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO api_tokens (name, secret_hash, prefix, scopes, expires_at, last_used_at)
     VALUES ('bench sync', $1, $2, '{collectivities:read}', now() + interval '1 hour', now() + interval '1 hour') RETURNING id`,
    [createHash('sha256').update(secret).digest('hex'), secret.slice(0, 10)],
  );
  try {
    // From the same state on every run: earlier runs' changes cleaned up, as autovacuum would have.
    await client.query(`VACUUM (ANALYZE) collectivities, sync_changes`);
    const { rows: since } = await client.query<{ at: Date }>(`SELECT now() AS at`);
    const { rows: total } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM collectivities`);
    for (let start = 0; start < CHANGED; start += CHANGED / 20) {
      await client.query(
        `UPDATE collectivities SET updated_at = now() WHERE id IN (SELECT id FROM collectivities ORDER BY md5(id::text) OFFSET $1 LIMIT $2)`,
        [start, CHANGED / 20],
      );
    }
    log(`${CHANGED} of ${total[0]!.n} collectivities changed since ${since[0]!.at.toISOString()}`);
    const post = async (page: Record<string, unknown>) => {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: SYNC_QUERY, variables: { page } }),
      });
      const body = (await response.json()) as {
        data?: { collectivities: { nodes: unknown[]; hasNextPage: boolean; endCursor: string } };
        errors?: unknown[];
      };
      if (!body.data) throw new Error(`Sync page refused: ${JSON.stringify(body.errors)}`);
      return { ms: performance.now() - started, page: body.data.collectivities };
    };
    const { rows: backend } = await client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
    const postmaster = postmasterOf(backend[0]!.pid);
    const first = { updatedSince: since[0]!.at.toISOString(), limit: PAGE };
    const next = { after: (await post(first)).page.endCursor, limit: PAGE };
    const table: (string | number)[][] = [];
    for (const [name, page] of [
      ['first page since the date', first],
      ['next page by its cursor', next],
    ] as const) {
      for (let run = 0; run < WARM_UPS; run++) await post(page);
      const samples: number[] = [];
      let answer = await post(page);
      // CPU per request (all threads), steadier than latency on a shared machine.
      const serverBefore = processCpuMs(serverPid);
      const databaseBefore = postmaster ? postgresCpuMs(postmaster) : null;
      for (let run = 0; run < RUNS; run++) {
        answer = await post(page);
        samples.push(answer.ms);
      }
      const perRequest = (before: number | null, after: number | null) =>
        before !== null && after !== null ? round((after - before) / RUNS) : '?';
      table.push([
        name,
        answer.page.nodes.length,
        String(answer.page.hasNextPage),
        round(percentile(samples, 50)),
        round(percentile(samples, 95)),
        perRequest(serverBefore, processCpuMs(serverPid)),
        perRequest(databaseBefore, postmaster ? postgresCpuMs(postmaster) : null),
      ]);
    }
    process.stdout.write(
      `${formatTable(['sync read (1 connection)', 'rows', 'more', 'p50 ms', 'p95 ms', 'server cpu ms/req', 'db cpu ms/req'], table)}\n`,
    );
    return 0;
  } finally {
    await client.query(`DELETE FROM api_tokens WHERE id = $1`, [rows[0]!.id]);
  }
}

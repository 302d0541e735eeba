/** The full-scale bench's database: the bench's own embedded PostgreSQL or DATABASE_URL, its data set, the token it reads with. */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { repositoryRoot } from '../config/app-config.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { DATASET_FINGERPRINT, loadFullDataset, readDatasetMarker, recordLoadTime, type DatasetMarker } from './full-dataset.js';
import { postmasterOf, processCpuMs, startServer } from './server-process.js';

const TOKEN_NAME = 'bench full-scale';
const BENCH_ADMIN_PASSWORD = 'bench-full-scale';

export interface BenchDatabase {
  url: string;
  description: string;
  /** The bench's own embedded cluster (which --reload-dataset may drop). */
  owned: boolean;
  postmasterPid: number | null;
  stop(): Promise<void>;
}

export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

/** DATABASE_URL when set; else the bench's own embedded cluster (kept between runs, started when needed). */
export async function openBenchDatabase(progress: (message: string) => void): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return {
      url,
      description: 'DATABASE_URL',
      owned: false,
      postmasterPid: await findPostmaster(url),
      stop: async () => undefined,
    };
  }
  const dataDir = path.resolve(process.env.BENCH_POSTGRES_DIR || path.join(repositoryRoot, '.data', 'bench-postgres'));
  const port = Number(process.env.BENCH_POSTGRES_PORT || 54339);
  const description = `embedded, ${dataDir}, port ${port}`;
  if (existsSync(path.join(dataDir, 'postmaster.pid')) && (await isListening(port))) {
    progress(`the bench's PostgreSQL (${dataDir}) is already running on port ${port}: using it`);
    const url = `postgres://postgres:postgres@localhost:${port}/territoria`;
    return { url, description, owned: true, postmasterPid: await findPostmaster(url), stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port,
    databaseName: 'territoria',
    log: (message) => {
      for (const line of message.split('\n')) if (/\b(ERROR|FATAL|PANIC):/.test(line)) progress(line.trim());
    },
  });
  progress(`the bench's PostgreSQL is running on port ${port}, data in ${dataDir}`);
  return {
    url: embedded.url,
    description,
    owned: true,
    postmasterPid: await findPostmaster(embedded.url),
    stop: () => embedded.stop(),
  };
}

export async function findPostmaster(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
    // Only a server on this machine has its processes in /proc.
    const pid = postmasterOf(rows[0].pid);
    return pid && processCpuMs(pid) !== null ? pid : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/**
 * Loads the data set unless this version of it is there already. The build measured first starts
 * once on the empty database to create its schema and import the referential, as on a first
 * start; a newer build migrates the rest when it starts.
 */
export async function ensureDataset(
  database: BenchDatabase,
  entry: string,
  reload: boolean,
  progress: (message: string) => void,
): Promise<DatasetMarker> {
  let client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const marker = await readDatasetMarker(client);
    if (marker?.fingerprint === DATASET_FINGERPRINT && !reload) {
      progress(`data set ${DATASET_FINGERPRINT} already loaded (${marker.loadedAt.toISOString()}): kept`);
      return marker;
    }
    if (marker && !reload) {
      throw new Error(
        `The database holds the data set ${marker.fingerprint}, not ${DATASET_FINGERPRINT}: run with --reload-dataset.`,
      );
    }
    if (reload) {
      if (!database.owned)
        throw new Error('--reload-dataset drops the database: only the bench-owned embedded one (unset DATABASE_URL).');
      await client.end();
      await recreateDatabase(database.url, progress);
      client = new pg.Client({ connectionString: database.url });
      await client.connect();
    }
    const started = performance.now();
    progress(`loading the data set ${DATASET_FINGERPRINT}: ${entry} migrates and imports the referential first`);
    // A known password, so that the console can show the data set (a local database only).
    const server = await startServer({
      entry,
      databaseUrl: database.url,
      importReferential: true,
      adminPassword: BENCH_ADMIN_PASSWORD,
      log: progress,
    });
    await server.stop();
    const loaded = await loadFullDataset(client, progress);
    const loadMs = performance.now() - started;
    await recordLoadTime(client, loadMs);
    progress(`data set ${DATASET_FINGERPRINT} loaded in ${(loadMs / 1000).toFixed(1)} s`);
    return { ...loaded, loadMs: Math.round(loadMs) };
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(url: string, progress: (message: string) => void): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    progress(`database ${name} dropped and created again`);
  } finally {
    await admin.end();
  }
}

/**
 * A read-only token like an integration's, written as the app writes them (sha-256 of the
 * secret). Its last use is set ahead: the app records a use at most once a minute, and that write
 * would land in one run or another at random.
 */
export async function createToken(url: string): Promise<{ id: string; secret: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM api_tokens WHERE name = $1 AND expires_at < now()`, [TOKEN_NAME]);
    const secret = `trt_${randomBytes(32).toString('base64url')}`;
    const { rows } = await client.query(
      `INSERT INTO api_tokens (name, secret_hash, prefix, scopes, expires_at, last_used_at)
       VALUES ($1, $2, $3, $4, now() + interval '1 day', now() + interval '1 day') RETURNING id`,
      [
        TOKEN_NAME,
        createHash('sha256').update(secret).digest('hex'),
        secret.slice(0, 10),
        ['collectivities:read', 'contacts:all', 'events:read'],
      ],
    );
    return { id: rows[0].id, secret };
  } finally {
    await client.end();
  }
}

export async function deleteToken(url: string, id: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DELETE FROM api_tokens WHERE id = $1', [id]);
  } finally {
    await client.end();
  }
}

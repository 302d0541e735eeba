import { link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { BackupError, findTool, libpqConnection, runTool, toolMessage } from './postgres-tools.js';

/** territoria-2026-12-02T0530Z.dump: the time in UTC, so that names sort in time order. */
export function backupFileName(at: Date, attempt = 1): string {
  const stamp = at
    .toISOString()
    .replace(/:\d\d\.\d+Z$/, 'Z')
    .replace(':', '');
  return `territoria-${stamp}${attempt > 1 ? `-${attempt}` : ''}.dump`;
}

const BACKUP_FILE = /^territoria-\d{4}-\d\d-\d\dT\d{4}Z(-\d+)?\.dump$/;

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0]!.server_version_num) / 10000);
  } catch (error) {
    throw new BackupError(`Cannot reach the database: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
}

/**
 * pg_dump in its custom format (compressed, restored by pg_restore): one transaction's snapshot,
 * so the file is consistent while the servers keep serving. Written beside its final name first,
 * so that a failed dump never leaves a file that looks like a backup.
 */
export async function backupDatabase(url: string, directory: string, at = new Date()): Promise<BackupResult> {
  const major = await serverMajor(url);
  const { executable } = await findTool('pg_dump', major);
  const restoreTool = await findTool('pg_restore', major);
  await mkdir(directory, { recursive: true });
  const partial = path.join(directory, `.${backupFileName(at)}.${process.pid}.partial`);
  const { dbname, env } = libpqConnection(url);
  try {
    // The job queue's own schema (pg-boss) is left out: pg-boss creates it on start, and its
    // partitioned tables cannot be replaced by pg_restore --clean.
    const dump = await runTool(
      executable,
      ['--format=custom', '--exclude-schema=pgboss', `--file=${partial}`, `--dbname=${dbname}`],
      env,
    );
    if (dump.code !== 0) throw new BackupError(`pg_dump failed: ${toolMessage(dump)}`);
    const tables = await archiveTables(restoreTool.executable, partial);
    if ('unreadable' in tables) throw new BackupError(`pg_dump wrote a file that pg_restore cannot read: ${tables.unreadable}`);
    // link() takes the final name only if it is free: two backups in one minute get -2, -3…
    for (let attempt = 1; ; attempt++) {
      const file = path.join(directory, backupFileName(at, attempt));
      try {
        await link(partial, file);
        return { file, bytes: (await stat(file)).size, tables: tables.length };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    await rm(partial, { force: true });
  }
}

/** The tables an archive holds, from its table of contents; or why it is no pg_dump archive. */
async function archiveTables(executable: string, file: string): Promise<string[] | { unreadable: string }> {
  const list = await runTool(executable, ['--list', file]);
  if (list.code !== 0) return { unreadable: toolMessage(list) };
  return [...list.stdout.matchAll(/^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) /gm)].map((match) => `${match[1]}.${match[2]}`);
}

/** Keeps the `keep` newest backups of the folder (by their time in the name), deletes older ones. */
export async function pruneBackups(directory: string, keep: number): Promise<string[]> {
  if (keep <= 0) return [];
  const files = (await readdir(directory)).filter((name) => BACKUP_FILE.test(name));
  const byAge = await Promise.all(
    files.map(async (name) => ({ name, modified: (await stat(path.join(directory, name))).mtimeMs })),
  );
  byAge.sort(
    (a, b) => b.name.replace(/(-\d+)?\.dump$/, '').localeCompare(a.name.replace(/(-\d+)?\.dump$/, '')) || b.modified - a.modified,
  );
  const removed = byAge.slice(keep).map(({ name }) => path.join(directory, name));
  await Promise.all(removed.map((file) => rm(file, { force: true })));
  return removed;
}

export interface RestoreOptions {
  /** Replace what the database holds instead of refusing a database that is not empty. */
  force?: boolean;
}

/**
 * pg_restore into the database at `url`, in one transaction: a file that is not a complete backup
 * of this application, or any failure on the way, leaves the database as it was. An empty
 * database is expected; `force` replaces the objects the backup holds (--clean).
 */
export async function restoreDatabase(file: string, url: string, options: RestoreOptions = {}): Promise<{ tables: number }> {
  try {
    if (!(await stat(file)).isFile()) throw new Error();
  } catch {
    throw new BackupError(`No backup file at ${file}.`);
  }
  const major = await serverMajor(url);
  const { executable } = await findTool('pg_restore', major);
  const tables = await archiveTables(executable, file);
  if ('unreadable' in tables) {
    throw new BackupError(
      `${file} is not a backup made by npm run backup (pg_restore cannot read it: ${tables.unreadable}): nothing was restored.`,
    );
  }
  if (!tables.includes('public.migrations') || !tables.includes('public.collectivities')) {
    throw new BackupError(`${file} is a PostgreSQL backup, but not of this application's database: nothing was restored.`);
  }
  // Reading the whole archive before touching the database finds a truncated file.
  const read = await runTool(executable, ['--file=/dev/null', file]);
  if (read.code !== 0) {
    throw new BackupError(`${file} is not a complete backup (${toolMessage(read)}): nothing was restored.`);
  }
  const present = await tablesIn(url);
  if (present > 0 && !options.force) {
    throw new BackupError(
      `The database is not empty (${present} tables): nothing was restored. Restore into a new, empty database, ` +
        `or add --force to replace what it holds with the backup.`,
    );
  }
  const { dbname, env } = libpqConnection(url);
  const restore = await runTool(
    executable,
    [
      '--single-transaction',
      '--exit-on-error',
      // Objects belong to the user who restores, whoever owned them where the backup was made.
      '--no-owner',
      '--no-privileges',
      ...(options.force ? ['--clean', '--if-exists'] : []),
      `--dbname=${dbname}`,
      file,
    ],
    env,
  );
  if (restore.code !== 0) {
    throw new BackupError(`The restore failed and was rolled back, the database is as it was: ${toolMessage(restore)}`);
  }
  return { tables: tables.length };
}

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number }>(
      `SELECT count(*)::int AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return rows[0]!.tables;
  } finally {
    await client.end();
  }
}

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { snapshotDatabase, type DatabaseSnapshot } from './support/database-snapshot.js';
import { startServerProcess } from './support/server-process.js';
import { startTestApp, TEST_ADMIN } from './support/test-app.js';
import { createTestDatabase, testServerUrl, withAdminClient } from './support/test-database.js';

const CLI = (name: string) => fileURLToPath(new URL(`../dist/database/backup/${name}.cli.js`, import.meta.url));

/** npm run backup / npm run restore, as the built commands, on the database at `databaseUrl`. */
function run(
  command: 'backup' | 'restore',
  args: string[],
  databaseUrl: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI(command), ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

type Database = Awaited<ReturnType<typeof createTestDatabase>>;

describe('backup and restore', () => {
  let folder: string;
  let source: { url: string; drop(): Promise<void> };
  let sourceSnapshot: DatabaseSnapshot;
  let backupFile: string;
  let restored: Database;
  const databases: Database[] = [];
  const emptyDatabase = async () => {
    const database = await createTestDatabase({ empty: true });
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'territoria-backups-'));
    // A CRM with the referential, the demo data and a session; then stopped, so that nothing writes.
    const app = await startTestApp({ SEED_DEMO_DATA: 'true' });
    const url = (app.dataSource.options as DataSourceOptions & { url: string }).url;
    await app.app.close();
    const name = new URL(url).pathname.slice(1);
    source = {
      url,
      drop: () =>
        withAdminClient(testServerUrl(), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
          () => undefined,
        ),
    };
    sourceSnapshot = await snapshotDatabase(source.url);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([source?.drop(), ...databases.map((database) => database.drop())]);
    await rm(folder, { recursive: true, force: true });
  });

  it('backs up to a dated file of the folder', async () => {
    const backup = await run('backup', ['--dir', folder], source.url);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const files = await readdir(folder);
    expect(files).toEqual([expect.stringMatching(/^territoria-\d{4}-\d\d-\d\dT\d{4}Z\.dump$/)]);
    backupFile = path.join(folder, files[0]!);
    expect(backup.stdout).toContain(`Backup written: ${backupFile}`);
  });

  it('restores into a new database every row of every table, and the app starts on it', async () => {
    restored = await emptyDatabase();
    const restore = await run('restore', [backupFile], restored.url);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    const snapshot = await snapshotDatabase(restored.url);
    expect(Object.keys(snapshot).length).toBeGreaterThan(20);
    expect(snapshot.collectivities).toMatchObject({ rows: expect.any(Number) });
    expect((snapshot.collectivities as { rows: number }).rows).toBeGreaterThan(30_000);
    expect((snapshot.contacts as { rows: number }).rows).toBeGreaterThan(0);
    expect((snapshot.sessions as { rows: number }).rows).toBeGreaterThan(0);
    expect(snapshot).toEqual(sourceSnapshot);

    const server = await startServerProcess({ NODE_ENV: 'production', DATABASE_URL: restored.url, LOG_LEVEL: 'warn' });
    try {
      await server.ready;
      const signIn = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { signIn(email: "${TEST_ADMIN.email}", password: "${TEST_ADMIN.password}") { email } }`,
        }),
      });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const answer = await fetch(`${server.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ contacts { totalCount } }' }),
      });
      expect(await answer.json()).toEqual({ data: { contacts: { totalCount: (snapshot.contacts as { rows: number }).rows } } });
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('refuses a database that is not empty unless forced, then replaces what it holds', async () => {
    const before = await snapshotDatabase(restored.url);
    // The app's start and sign-in on it wrote a session: the snapshot sees it.
    expect(before).not.toEqual(sourceSnapshot);
    const refused = await run('restore', [backupFile], restored.url);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/The database is not empty \(\d+ tables\): nothing was restored\..*--force/);
    expect(await snapshotDatabase(restored.url)).toEqual(before);

    const forced = await run('restore', [backupFile, '--force'], restored.url);
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    expect(await snapshotDatabase(restored.url)).toEqual(sourceSnapshot);
  }, 120_000);

  it('refuses a truncated file or a foreign one, leaving the database as it was', async () => {
    const whole = await readFile(backupFile);
    const truncated = path.join(folder, 'truncated.dump');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const foreign = path.join(folder, 'foreign.dump');
    await writeFile(foreign, 'CREATE TABLE collectivities (id int);\n');

    const empty = await emptyDatabase();
    const intoEmpty = await run('restore', [truncated], empty.url);
    expect(intoEmpty.code).not.toBe(0);
    expect(intoEmpty.stderr).toMatch(
      /^Restore failed: .*truncated\.dump is not a complete backup \(.+\): nothing was restored\./,
    );
    expect(await snapshotDatabase(empty.url)).toEqual({});

    const before = await snapshotDatabase(restored.url);
    const truncatedForced = await run('restore', [truncated, '--force'], restored.url);
    expect(truncatedForced.stderr).toMatch(/not a complete backup/);
    const foreignForced = await run('restore', [foreign, '--force'], restored.url);
    expect(foreignForced.code).not.toBe(0);
    expect(foreignForced.stderr).toMatch(
      /^Restore failed: .*foreign\.dump is not a backup made by npm run backup \(pg_restore cannot read it: .+\)/,
    );
    expect(await snapshotDatabase(restored.url)).toEqual(before);
  }, 120_000);

  it('restores in one transaction: a failure halfway leaves nothing of it behind', async () => {
    // An empty database (no table) holding a function the backup also creates, after its extensions.
    const clashing = await emptyDatabase();
    const client = new pg.Client({ connectionString: clashing.url });
    await client.connect();
    const extensions = () => client.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`).then(({ rows }) => rows);
    try {
      await client.query(`CREATE FUNCTION public.search_normalize(value text) RETURNS text LANGUAGE sql AS 'SELECT value'`);
      const restore = await run('restore', [backupFile], clashing.url);
      expect(restore.code).not.toBe(0);
      expect(restore.stderr).toMatch(
        /^Restore failed: The restore failed and was rolled back, the database is as it was: .*search_normalize.*already exists/s,
      );
      expect(await extensions()).toEqual([]);
      expect(await snapshotDatabase(clashing.url)).toEqual({});
    } finally {
      await client.end();
    }
  }, 120_000);
});

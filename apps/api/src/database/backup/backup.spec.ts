import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { backupFileName, pruneBackups } from './backup.js';
import { libpqConnection } from './postgres-tools.js';

describe('backup files', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'territoria-prune-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('are named by their UTC minute, with a number when a minute has several', () => {
    const at = new Date('2026-12-02T06:30:59.123+01:00');
    expect(backupFileName(at)).toBe('territoria-2026-12-02T0530Z.dump');
    expect(backupFileName(at, 2)).toBe('territoria-2026-12-02T0530Z-2.dump');
  });

  it('keep the newest N when pruned, and nothing else of the folder is touched', async () => {
    const names = [
      'territoria-2026-11-30T0530Z.dump',
      'territoria-2026-12-01T0530Z.dump',
      'territoria-2026-12-02T0530Z.dump',
      'territoria-2026-12-02T0530Z-2.dump',
      'notes.txt',
    ];
    for (const name of names) await writeFile(path.join(folder, name), name);
    const removed = await pruneBackups(folder, 2);
    expect(removed.map((file) => path.basename(file)).sort()).toEqual([
      'territoria-2026-11-30T0530Z.dump',
      'territoria-2026-12-01T0530Z.dump',
    ]);
    expect((await readdir(folder)).sort()).toEqual([
      'notes.txt',
      'territoria-2026-12-02T0530Z-2.dump',
      'territoria-2026-12-02T0530Z.dump',
    ]);
    expect(await pruneBackups(folder, 0)).toEqual([]);
  });

  it('pass the password to pg_dump outside its command line', () => {
    expect(libpqConnection('postgres://crm:s%40cret@db:5432/crm?sslmode=require')).toEqual({
      dbname: 'postgres://crm@db:5432/crm?sslmode=require',
      env: { PGPASSWORD: 's@cret' },
    });
  });
});

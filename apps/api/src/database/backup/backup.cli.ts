import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAppConfig } from '../../config/app-config.js';
import { backupDatabase, pruneBackups } from './backup.js';
import { openDatabase } from './cli-database.js';
import { BackupError } from './postgres-tools.js';

const USAGE = `npm run backup [-- --dir FOLDER] [-- --keep N]
  Writes a pg_dump archive of the database (DATABASE_URL, else the embedded one) to
  FOLDER/territoria-<UTC date and time>.dump (FOLDER: BACKUP_DIR, by default backups/).
  --keep N  then deletes all but the N newest backups of FOLDER (BACKUP_KEEP; 0 keeps all).`;

const { values } = parseArgs({ options: { dir: { type: 'string' }, keep: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const keep = values.keep === undefined ? undefined : Number(values.keep);
if (keep !== undefined && !(Number.isInteger(keep) && keep >= 0)) {
  console.error(`--keep takes a whole number, 0 or more.\n${USAGE}`);
  process.exit(2);
}

try {
  const config = loadAppConfig();
  // npm runs scripts from the project's folder: a relative path is the caller's (INIT_CWD).
  const directory = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.dir ?? config.BACKUP_DIR);
  const database = await openDatabase(config, 'backup');
  try {
    const backup = await backupDatabase(database.url, directory);
    console.log(`Backup written: ${backup.file} (${(backup.bytes / 1024 / 1024).toFixed(1)} MiB, ${backup.tables} tables)`);
    for (const removed of await pruneBackups(directory, keep ?? config.BACKUP_KEEP))
      console.log(`Older backup deleted: ${removed}`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof BackupError ? `Backup failed: ${error.message}` : error);
  process.exitCode = 1;
}

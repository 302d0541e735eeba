import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAppConfig } from '../../config/app-config.js';
import { restoreDatabase } from './backup.js';
import { openDatabase } from './cli-database.js';
import { BackupError } from './postgres-tools.js';

const USAGE = `npm run restore -- FILE [--force]
  Restores a backup made by npm run backup into the database (DATABASE_URL, else the embedded
  one), in one transaction. The database must be empty; --force replaces what it holds.
  Stop the API servers on that database first.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) {
  console.error(`Name one backup file.\n${USAGE}`);
  process.exit(2);
}
// npm runs scripts from the project's folder: a relative path is the caller's (INIT_CWD).
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);

try {
  const config = loadAppConfig();
  const database = await openDatabase(config, 'restore');
  try {
    const restored = await restoreDatabase(file, database.url, { force: values.force });
    console.log(
      `Restored ${file} (${restored.tables} tables). The API migrates it further on its next start if the backup is older than the code.`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(error instanceof BackupError ? `Restore failed: ${error.message}` : error);
  process.exitCode = 1;
}

import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../../config/app-config.js';
import { connectDatabase, type DatabaseConnection } from '../database-connection.js';
import { BackupError } from './postgres-tools.js';

/**
 * The database a backup or restore works on: DATABASE_URL's; else the embedded one, through the
 * server `npm start` runs when it runs (its folder is locked), otherwise started for the command.
 */
export async function openDatabase(config: AppConfig, purpose: 'backup' | 'restore'): Promise<DatabaseConnection> {
  if (config.DATABASE_URL) return connectDatabase(config, console.log);
  if (purpose === 'backup' && !existsSync(path.join(config.EMBEDDED_POSTGRES_DIR, 'PG_VERSION'))) {
    throw new BackupError(`No DATABASE_URL, and no embedded database in ${config.EMBEDDED_POSTGRES_DIR}: nothing to back up.`);
  }
  const { embeddedDatabaseUrl } = await import('../embedded-postgres.js');
  const url = embeddedDatabaseUrl(config.EMBEDDED_POSTGRES_PORT, 'territoria');
  const running = await runningDataDirectory(url);
  if (running === undefined) return connectDatabase(config, console.log);
  if (!existsSync(config.EMBEDDED_POSTGRES_DIR) || running !== realpathSync(config.EMBEDDED_POSTGRES_DIR)) {
    throw new BackupError(
      `Port ${config.EMBEDDED_POSTGRES_PORT} is served by another PostgreSQL (data in ${running}), not this one's (${config.EMBEDDED_POSTGRES_DIR}): ` +
        `stop it, or set EMBEDDED_POSTGRES_PORT or DATABASE_URL.`,
    );
  }
  return { url, embedded: true, close: async () => undefined };
}

/** The data folder of the server answering at `url`, or undefined when none answers. */
async function runningDataDirectory(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch {
    return undefined;
  }
  try {
    const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
    return realpathSync(rows[0]!.data_directory);
  } finally {
    await client.end();
  }
}

import type { DataSource } from 'typeorm';

/**
 * The key of the advisory lock under which a process prepares the database (migrations,
 * referential import, first administrator, demo data): an arbitrary constant, the same in every
 * process and version.
 */
export const STARTUP_LOCK_KEY = '7236520010';

/**
 * Runs `work` while holding a PostgreSQL session-level advisory lock, so that of several
 * processes starting together on one database, one prepares it and the others wait, then find
 * it ready. The lock lives on one dedicated connection: it is released when `work` ends, or by
 * the server if the process dies.
 */
export async function withStartupLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  log: (message: string) => void = () => undefined,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [attempt] = (await runner.query('SELECT pg_try_advisory_lock($1::bigint) AS locked', [STARTUP_LOCK_KEY])) as {
      locked: boolean;
    }[];
    if (!attempt?.locked) {
      log('Another process is preparing the database: waiting for it to finish');
      await runner.query('SELECT pg_advisory_lock($1::bigint)', [STARTUP_LOCK_KEY]);
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1::bigint)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

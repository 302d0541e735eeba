import pg from 'pg';

/** Where the test cluster is: set by the global setup for every test file. */
export function testServerUrl(): string {
  const url = process.env.TERRITORIA_TEST_SERVER_URL;
  if (!url) throw new Error('The jest global setup did not run: no test database server.');
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export const TEMPLATE_DATABASE = 'territoria_test_template';

export async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, copied from the template (migrated, referential loaded) or empty. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = testServerUrl();
  const name = `territoria_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name}${options.empty ? '' : ` TEMPLATE ${TEMPLATE_DATABASE}`}`),
  );
  return {
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

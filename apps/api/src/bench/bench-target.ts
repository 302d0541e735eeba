/** The server a bench measures: started here (with its database), or one already running (--url). */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, prepareDatabase } from '../bootstrap.js';
import { SYSTEM_ACTOR } from '../common/access/actor.js';
import { loadAppConfig, type AppConfig } from '../config/app-config.js';
import { connectDatabase, type DatabaseConnection } from '../database/database-connection.js';
import { ApiTokensService } from '../modules/api-tokens/api-tokens.service.js';

/** Sent with every request; with --url, give a token with collectivities:read in BENCH_API_TOKEN. */
export const requestHeaders: Record<string, string> = {
  'content-type': 'application/json',
  ...(process.env.BENCH_API_TOKEN ? { authorization: `Bearer ${process.env.BENCH_API_TOKEN}` } : {}),
};

export const WARM_UP_RUNS = 5;
export const MEASURED_RUNS = 30;

export interface GraphQLBody {
  data?: ({ collectivities?: { totalCount: number } } & Record<string, unknown>) | null;
  errors?: { message: string }[];
}

/** Progress goes to stderr, so that stdout holds only the tables (and the JSON). */
export const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export interface Target {
  url: string;
  /** The app, when the bench started it (the events scenario writes its data through it). */
  app?: NestFastifyApplication;
  database: 'embedded' | 'embedded (already running, reused)' | 'DATABASE_URL' | 'external server';
  startupMs: number | null;
  stop(): Promise<void>;
}

export function externalTarget(url: string): Target {
  return { url, database: 'external server', startupMs: null, stop: async () => undefined };
}

export async function startServer(): Promise<Target> {
  // Request logs at info would dominate the measure: quiet unless asked otherwise.
  process.env['LOG_LEVEL'] ||= 'warn';
  // The bench measures /graphql only: no console. (Serving it also makes listen() fail today, its
  // not-found handler clashing with Nest's: "Not found handler already set for Fastify instance".)
  process.env['ADMIN_DIST_DIR'] ||= path.join(os.tmpdir(), 'territoria-bench-no-console');
  const started = performance.now();
  const config = loadAppConfig();
  const { connection, kind } = await openDatabase(config);
  let app: NestFastifyApplication | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // Never hang on shutdown: the figures are printed already.
      const timer = setTimeout(() => {
        progress('shutdown took more than 15 s: exiting');
        process.exit(process.exitCode ?? 0);
      }, 15_000);
      timer.unref();
      try {
        await app?.close();
      } finally {
        await connection.close();
        clearTimeout(timer);
      }
    })());
  try {
    app = await createApp({ config, databaseUrl: connection.url });
    await prepareDatabase(app, config);
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  // Reading needs a credential: a read-only token, as an integration would use.
  const { secret } = await app.get(ApiTokensService).create(
    {
      name: 'bench',
      scopes: ['collectivities:read', 'contacts:all', 'events:read'],
      expiresAt: new Date(Date.now() + 3_600_000),
    },
    SYSTEM_ACTOR,
  );
  requestHeaders.authorization = `Bearer ${secret}`;
  const startupMs = performance.now() - started;
  progress(`app ready on port ${port} in ${Math.round(startupMs)} ms (database: ${kind})`);
  return { url: `http://127.0.0.1:${port}/graphql`, database: kind, startupMs, stop, app };
}

/**
 * DATABASE_URL when set; else the embedded PostgreSQL. When its data directory is already served
 * (a developer's `npm start`), a second server cannot start on it: the running one is reused.
 */
async function openDatabase(config: AppConfig): Promise<{ connection: DatabaseConnection; kind: Target['database'] }> {
  if (config.DATABASE_URL) {
    return { connection: await connectDatabase(config, progress), kind: 'DATABASE_URL' };
  }
  const port = config.EMBEDDED_POSTGRES_PORT;
  if (existsSync(path.join(config.EMBEDDED_POSTGRES_DIR, 'postmaster.pid')) && (await isListening(port))) {
    progress(`the embedded PostgreSQL of ${config.EMBEDDED_POSTGRES_DIR} is already running on port ${port}: reusing it`);
    return {
      connection: {
        url: `postgres://postgres:postgres@localhost:${port}/territoria`,
        embedded: false,
        close: async () => undefined,
      },
      kind: 'embedded (already running, reused)',
    };
  }
  return { connection: await connectDatabase(config, progress), kind: 'embedded' };
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function postGraphQL(url: string, body: string): Promise<{ ms: number; result: GraphQLBody; text: string }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: requestHeaders, body });
  const text = await response.text();
  const ms = performance.now() - started;
  let result: GraphQLBody;
  try {
    result = JSON.parse(text) as GraphQLBody;
  } catch {
    throw new Error(`HTTP ${response.status} from ${url}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || result.errors?.length || !result.data) {
    const detail = result.errors?.length ? `errors ${JSON.stringify(result.errors).slice(0, 800)}` : text.slice(0, 500);
    throw new Error(`HTTP ${response.status} from ${url}: ${detail}`);
  }
  return { ms, result, text };
}

/** Sequential latency of one request, and the server's own time (its response-time header is not exposed: the difference to an empty query). */
export async function sampleLatency(url: string, body: string): Promise<number[]> {
  for (let run = 0; run < WARM_UP_RUNS; run++) await postGraphQL(url, body);
  const samples: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) samples.push((await postGraphQL(url, body)).ms);
  return samples;
}

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** An API server run from a build's dist/main.js as a child process, so that its CPU time is its own. */
export interface ServerProcess {
  pid: number;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  startupMs: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  entry: string;
  databaseUrl: string;
  /** Import the official referential on start when the database has none (the first start does). */
  importReferential?: boolean;
  /** The first administrator's password, when this start creates the first administrator. */
  adminPassword?: string;
  log: (message: string) => void;
}

const READY_TIMEOUT_MS = 180_000;

/** Servers still running: stopped if the bench exits first (an error, Ctrl-C). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});
const OUTPUT_LINES_KEPT = 60;

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  // No console to serve (and serving one would cost startup time): an empty folder.
  const noConsole = path.join(os.tmpdir(), 'territoria-bench-no-console');
  mkdirSync(noConsole, { recursive: true });
  const { EMBEDDED_POSTGRES_DIR: _dir, EMBEDDED_POSTGRES_PORT: _port, BENCH_API_TOKEN: _token, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, [options.entry], {
    cwd: path.dirname(options.entry),
    env: {
      ...inherited,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      // production: no demo data, no GraphiQL; the same code path as a deployed server.
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      ADMIN_DIST_DIR: noConsole,
      IMPORT_REFERENTIAL_ON_START: options.importReferential ? 'true' : 'false',
      SEED_DEMO_DATA: 'false',
      ...(options.adminPassword ? { ADMIN_PASSWORD: options.adminPassword } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - OUTPUT_LINES_KEPT));
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      running.delete(child);
      resolve();
    }),
  );

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`The server ${options.entry} exited (code ${exited}) before being ready:\n${output.join('\n')}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server ${options.entry} was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`);
    }
    try {
      const response = await fetch(`${base}/health/ready`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  const startupMs = performance.now() - started;
  options.log(`server ${options.entry} ready on port ${port} (pid ${child.pid}) in ${(startupMs / 1000).toFixed(1)} s`);
  return { pid: child.pid!, url: `${base}/graphql`, startupMs, stop: () => stopChild(child, exit) };
}

async function stopChild(child: ChildProcess, exit: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exit;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

interface ProcStat {
  ppid: number;
  cpuTicks: number;
  /** The CPU time of its children that exited and were waited for. */
  childrenTicks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields follow its last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
    return {
      ppid: Number(fields[1]),
      cpuTicks: Number(fields[11]) + Number(fields[12]),
      childrenTicks: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return null;
  }
}

/** User + system CPU time of a process (all its threads), in ms; null when it cannot be read. */
export function processCpuMs(pid: number): number | null {
  const stat = readStat(pid);
  return stat ? (stat.cpuTicks * 1000) / ticksPerSecond() : null;
}

/**
 * CPU time of a PostgreSQL server: the postmaster and every process it forked (backends,
 * background workers), in ms. Backends that exited count through the postmaster's children time
 * (the API's pool closes idle connections).
 */
export function postgresCpuMs(postmasterPid: number): number | null {
  const postmaster = readStat(postmasterPid);
  if (!postmaster) return null;
  let ticks = postmaster.cpuTicks + postmaster.childrenTicks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmasterPid) ticks += stat.cpuTicks;
  }
  return (ticks * 1000) / ticksPerSecond();
}

/** The postmaster of a local server: the parent of the backend serving a connection. */
export function postmasterOf(backendPid: number): number | null {
  const stat = readStat(backendPid);
  return stat && stat.ppid > 1 ? stat.ppid : null;
}

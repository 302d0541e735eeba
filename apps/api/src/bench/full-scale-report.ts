/** The full-scale bench's figures and how they are printed. */
import os from 'node:os';
import { formatTable } from './bench-stats.js';
import type { DatasetMarker } from './full-dataset.js';
import type { BenchDatabase } from './full-scale-database.js';
import type { FullScaleOptions } from './full-scale.js';

export const COUNTED_REQUESTS = 20;
export const LOAD_WARM_UPS = 10;

export interface ReadFigures {
  read: string;
  answer: string;
  /** sha256 of the answer, to tell whether two servers answer the same. */
  answerHash: string;
  loaded: LoadFigures;
  single: LoadFigures;
  sqlPerRequest: number | null;
  transactionControlPerRequest: number | null;
  sqlMethod: 'wire' | 'pg_stat_database' | null;
  statements?: string[];
  sqlCrossCheck?: { wire: number; pgStatDatabase: number };
}

export interface LoadFigures {
  connections: number;
  durationS: number;
  requests: number;
  /** Sent but unanswered when the run stopped (served afterwards; in the CPU per request). */
  inFlightAtEnd: number;
  requestsPerSecond: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  serverCpuMsPerRequest: number | null;
  databaseCpuMsPerRequest: number | null;
  errors: number;
  non2xx: number;
  mismatches: number;
}

export interface ServerFigures {
  label: string;
  entry: string | null;
  url: string;
  startupMs: number | null;
  reads: ReadFigures[];
}

export const failures = (read: ReadFigures) =>
  read.loaded.errors +
  read.loaded.non2xx +
  read.loaded.mismatches +
  read.single.errors +
  read.single.non2xx +
  read.single.mismatches;

export const show = (value: number | null | undefined) => (value === null || value === undefined ? '?' : value);
/** A latency percentile; none when no response came within the run. */
export const latency = (value: number | null) => (value === null ? '—' : value);

export function printDataset(dataset: DatasetMarker, database: BenchDatabase): void {
  process.stdout.write(`${datasetLine(dataset)}\ndatabase: ${database.description}\n`);
}

export function datasetLine(dataset: DatasetMarker): string {
  const c = dataset.counts;
  const load = dataset.loadMs ? `, loaded in ${(dataset.loadMs / 1000).toFixed(1)} s` : '';
  return (
    `data set ${dataset.fingerprint} (${dataset.loadedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC${load}): ` +
    `${c.collectivities} collectivities (${c.members} members), ${c.contacts} contacts (${c.consentGiven} consenting), ` +
    `${c.positions} positions (${c.currentPositions} current), ${c.partners} partners, ${c.groups} groups (${c.groupMemberships} memberships, ${c.groupOffices} offices), ` +
    `${c.editions} editions (${c.participations} participations, ${c.participations2024} in 2024)`
  );
}

export function report(
  options: FullScaleOptions,
  dataset: DatasetMarker | null,
  database: BenchDatabase,
  servers: ServerFigures[],
  validation: string[],
): void {
  const lines = [
    '',
    `Full-scale reads — node ${process.version}, ${os.cpus().length} CPU, database: ${database.description}`,
    ...(dataset ? [datasetLine(dataset)] : []),
    `Each read: ${LOAD_WARM_UPS} warm-up requests, then ${options.connections} connections for ${options.duration} s, then 1 connection for ${options.duration} s (latency in ms).`,
    options.url
      ? `SQL: about, from pg_stat_database transactions (less 2 per parallel worker) over ${COUNTED_REQUESTS} sequential requests (needs DATABASE_URL). CPU: /proc/<--server-pid>/stat.`
      : `SQL: statements sent by the server (Query and Execute messages on the wire, BEGIN/COMMIT included) over ${COUNTED_REQUESTS} sequential requests, ` +
        `counted on a second instance of the build whose database connections go through a counting proxy. ` +
        `CPU: utime+stime of the server process (and of PostgreSQL's processes) from before a run until both are idle after it, per request served.`,
  ];
  for (const server of servers) {
    lines.push(
      '',
      `${server.label}: ${server.entry ?? server.url}${server.startupMs === null ? '' : ` (ready in ${(server.startupMs / 1000).toFixed(1)} s)`}`,
      formatTable(
        [
          'read',
          'answer',
          'req/s',
          'p50',
          'p95',
          'cpu ms/req',
          'db ms/req',
          '1c p50',
          '1c p95',
          '1c cpu ms',
          'sql/req',
          'BEGIN/COMMIT',
          'errors',
        ],
        server.reads.map((read) => [
          read.read,
          read.answer,
          read.loaded.requestsPerSecond,
          latency(read.loaded.p50Ms),
          latency(read.loaded.p95Ms),
          show(read.loaded.serverCpuMsPerRequest),
          show(read.loaded.databaseCpuMsPerRequest),
          latency(read.single.p50Ms),
          latency(read.single.p95Ms),
          show(read.single.serverCpuMsPerRequest),
          show(read.sqlPerRequest),
          show(read.transactionControlPerRequest),
          failures(read),
        ]),
      ),
    );
    if (options.showSql) {
      for (const read of server.reads) {
        lines.push(
          '',
          `${server.label}, ${read.read}: the statements of one request`,
          ...(read.statements ?? []).map((text) => `  ${text.slice(0, 400)}`),
        );
      }
    }
  }
  if (servers.length === 2) lines.push('', ...comparison(servers[0]!, servers[1]!));
  if (validation.length) lines.push('', 'SQL counting checks:', ...validation.map((line) => `  ${line}`));
  lines.push('');
  process.stdout.write(lines.join('\n') + '\n');
  if (options.json) {
    process.stdout.write(
      JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          cpus: os.cpus().length,
          database: database.description,
          dataset,
          connections: options.connections,
          durationS: options.duration,
          countedRequests: COUNTED_REQUESTS,
          servers,
          validation,
        },
        null,
        2,
      ) + '\n',
    );
  }
}

export function comparison(before: ServerFigures, after: ServerFigures): string[] {
  const ratio = (a: number | null, b: number | null) => (a && b !== null ? `×${(b / a).toFixed(2)}` : '?');
  return [
    `${after.label} against ${before.label} (×: ${after.label} / ${before.label})`,
    formatTable(
      ['read', 'req/s', '', '1c p50', '', 'cpu ms/req', '', 'sql/req', '', 'same answer'],
      after.reads.map((read) => {
        const old = before.reads.find((row) => row.read === read.read)!;
        return [
          read.read,
          `${old.loaded.requestsPerSecond} → ${read.loaded.requestsPerSecond}`,
          ratio(old.loaded.requestsPerSecond, read.loaded.requestsPerSecond),
          `${latency(old.single.p50Ms)} → ${latency(read.single.p50Ms)}`,
          ratio(old.single.p50Ms, read.single.p50Ms),
          `${show(old.loaded.serverCpuMsPerRequest)} → ${show(read.loaded.serverCpuMsPerRequest)}`,
          ratio(old.loaded.serverCpuMsPerRequest, read.loaded.serverCpuMsPerRequest),
          `${show(old.sqlPerRequest)} → ${show(read.sqlPerRequest)}`,
          ratio(old.sqlPerRequest, read.sqlPerRequest),
          old.answerHash === read.answerHash ? 'yes' : 'no',
        ];
      }),
    ),
  ];
}

/**
 * API benchmark: search latency and list/search throughput, through real HTTP POSTs to /graphql.
 *
 *   npm run bench                     starts the app (and the embedded database unless DATABASE_URL is set)
 *   npm run bench -- --json           also prints the figures as JSON
 *   BENCH_API_TOKEN=trt_… npm run bench -- --url http://127.0.0.1:3000/graphql   measures a server already running
 *   --only latency|list|search|events (repeatable), --duration <s> (10), --connections <n> (20)
 *
 * The events scenario writes an edition of 15,000 participations (people, collectivities,
 * partners, foreign organisations) into the database, measures its statistics and a page of
 * 100 participations with names, then deletes what it wrote. It needs the app started here.
 *
 * The full-scale scenario (--only full) runs an integration's reads against the full-scale data
 * set, with a server started from a build (dist/main.js) as a child process:
 *
 *   --dataset full                    loads the data set if absent (alone: loads and stops)
 *   --reload-dataset                  drops the bench's database and loads it again
 *   --server-entry <main.js>          the build to run (default: this checkout's)
 *   --compare <main.js>               runs that build first, then this one (or --server-entry), on the same data
 *   --url … --server-pid <pid>        an external server instead (CPU from its pid, SQL from DATABASE_URL's counters)
 *   --validate-sql                    checks the SQL counting both ways (wire and pg_stat_database)
 *   --show-sql                        prints the statements of one request of each read
 *
 * Its database is DATABASE_URL, else the bench's own embedded PostgreSQL (BENCH_POSTGRES_DIR,
 * default .data/bench-postgres; BENCH_POSTGRES_PORT, default 54339), kept between runs.
 */
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatTable, median, percentile, round, runLoad, type LoadResult } from './bench-stats.js';
import {
  externalTarget,
  MEASURED_RUNS,
  postGraphQL,
  progress,
  requestHeaders,
  startServer,
  WARM_UP_RUNS,
  type Target,
} from './bench-target.js';
import { measureEvents, type EventFigures } from './events-scenario.js';
import { runFullScale } from './full-scale.js';
import { runSoak } from './soak.js';

if (process.argv.includes('sync')) process.exit(await (await import('./sync-bench.js')).runSyncBench()); // --only sync: sync-bench.ts
const SEARCH_TERMS = ['saint etienne', 'St-Étienne', '42218', '42000', 'dijon', 'sant etiene', 'paris', 'a'];

const NODE_FIELDS = 'id name kind inseeCode population department { name } region { name }';
const SEARCH_QUERY = `query BenchSearch($s: String!) {
  collectivities(filter: { search: $s }, page: { limit: 25 }) { totalCount nodes { ${NODE_FIELDS} } }
}`;
const LIST_QUERY = `query BenchList {
  collectivities(sort: { field: NAME, direction: ASC }, page: { offset: 0, limit: 100 }) { totalCount nodes { ${NODE_FIELDS} } }
}`;
const THROUGHPUT_SEARCH_TERM = 'saint etienne';

type Scenario = 'latency' | 'list' | 'search' | 'events' | 'full';
const SCENARIOS: Record<string, Scenario> = {
  latency: 'latency',
  list: 'list',
  search: 'search',
  events: 'events',
  full: 'full',
  'full-scale': 'full',
};

interface SearchFigures {
  term: string;
  totalCount: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

interface ThroughputFigures {
  scenario: string;
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  totalRequests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyAvgMs: number;
  latencyMaxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
}

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    url: { type: 'string' },
    only: { type: 'string', multiple: true },
    scenario: { type: 'string', multiple: true },
    duration: { type: 'string' },
    soak: { type: 'boolean', default: false },
    connections: { type: 'string', default: '20' },
    dataset: { type: 'string' },
    'reload-dataset': { type: 'boolean', default: false },
    'server-entry': { type: 'string' },
    compare: { type: 'string' },
    'server-pid': { type: 'string' },
    'validate-sql': { type: 'boolean', default: false },
    'show-sql': { type: 'boolean', default: false },
  },
  strict: true,
});
const named = [...(args.only ?? []), ...(args.scenario ?? [])];
const scenarios = new Set<Scenario>(
  named.length
    ? named.map((name) => {
        const scenario = SCENARIOS[name];
        if (!scenario) throw new Error(`--only: unknown scenario "${name}" (latency, list, search, events, full)`);
        return scenario;
      })
    : ['latency', 'list', 'search', 'events'],
);
const duration = Number(args.duration ?? 10);
const connections = Number(args.connections);

async function main(): Promise<number> {
  if (scenarios.has('full') || args.dataset || args['reload-dataset']) return fullScale();
  if (args.soak) return soak();
  const target = args.url ? externalTarget(args.url) : await startServer();
  const stopOnSignal = () => {
    progress('interrupted: stopping');
    void target.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    progress(`measuring ${target.url}`);
    const search = scenarios.has('latency') ? await measureSearchLatency(target.url) : [];
    const throughput: ThroughputFigures[] = [];
    if (scenarios.has('list')) {
      throughput.push(await measureThroughput(target.url, 'list 100 by NAME', { query: LIST_QUERY }));
    }
    if (scenarios.has('search')) {
      throughput.push(
        await measureThroughput(target.url, `search "${THROUGHPUT_SEARCH_TERM}" (25)`, {
          query: SEARCH_QUERY,
          variables: { s: THROUGHPUT_SEARCH_TERM },
        }),
      );
    }
    const events = scenarios.has('events') ? await measureEvents(target) : [];
    printReport(target, search, throughput, events);
    const failed = throughput.some((row) => row.errors + row.timeouts + row.non2xx > 0);
    return failed ? 1 : 0;
  } finally {
    await target.stop();
  }
}

/** The full-scale data set and reads (full-scale.ts): a server in a child process, or --url. */
function fullScale(): Promise<number> {
  if (scenarios.has('full') && scenarios.size > 1) throw new Error('--only full runs alone.');
  if (named.length && !scenarios.has('full'))
    throw new Error('--dataset goes with --only full, or alone (to load the data set only).');
  if (args.dataset && args.dataset !== 'full') throw new Error(`--dataset: unknown data set "${args.dataset}" (full)`);
  if (args.url && (args.dataset || args['reload-dataset']))
    throw new Error('--url measures a server as it is: load the data set without it.');
  const entry = (file: string) => {
    const resolved = path.resolve(file);
    if (!existsSync(resolved)) throw new Error(`No build at ${resolved} (npx turbo run build there first).`);
    return resolved;
  };
  const servers = () => {
    const current = entry(args['server-entry'] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main.js'));
    return args.compare
      ? [
          { label: 'before', entry: entry(args.compare) },
          { label: 'after', entry: current },
        ]
      : [{ label: 'server', entry: current }];
  };
  return runFullScale({
    url: args.url,
    serverPid: args['server-pid'] ? Number(args['server-pid']) : undefined,
    servers: args.url ? [] : servers(),
    duration,
    connections,
    json: args.json,
    loadOnly: !scenarios.has('full'),
    reloadDataset: args['reload-dataset'],
    validateSql: args['validate-sql'],
    showSql: args['show-sql'],
    progress,
  });
}

/** --soak: 20 staff clients (or --connections) for 60 s (or --duration) reading and updating. */
async function soak(): Promise<number> {
  if (args.url) throw new Error('--soak starts its own app (it opens staff sessions): leave --url out.');
  const target = await startServer();
  try {
    const figures = await runSoak(target.app!, target.url, connections, Number(args.duration ?? 60), progress);
    process.stdout.write(
      formatTable(
        [
          'clients',
          'seconds',
          'requests',
          'reads',
          'updates accepted',
          'conflicts',
          'errors',
          'lost updates',
          'read p50',
          'read p95',
          'update p50',
          'update p95',
        ],
        [
          [
            figures.clients,
            figures.seconds,
            figures.requests,
            figures.reads,
            figures.updatesAccepted,
            figures.conflicts,
            figures.errors,
            figures.lostUpdates,
            figures.readP50Ms,
            figures.readP95Ms,
            figures.updateP50Ms,
            figures.updateP95Ms,
          ],
        ],
      ) + '\n',
    );
    for (const sample of figures.errorSamples) process.stdout.write(`error: ${sample}\n`);
    if (args.json) process.stdout.write(`${JSON.stringify({ soak: figures })}\n`);
    return figures.errors === 0 && figures.lostUpdates === 0 ? 0 : 1;
  } finally {
    await target.stop();
  }
}

async function measureSearchLatency(url: string): Promise<SearchFigures[]> {
  const figures: SearchFigures[] = [];
  for (const term of SEARCH_TERMS) {
    const body = JSON.stringify({ query: SEARCH_QUERY, variables: { s: term } });
    let totalCount = 0;
    for (let run = 0; run < WARM_UP_RUNS; run++) {
      totalCount = (await postGraphQL(url, body)).result.data!.collectivities!.totalCount;
    }
    const samples: number[] = [];
    for (let run = 0; run < MEASURED_RUNS; run++) samples.push((await postGraphQL(url, body)).ms);
    const row = {
      term,
      totalCount,
      medianMs: round(median(samples), 2),
      p95Ms: round(percentile(samples, 95), 2),
      minMs: round(Math.min(...samples), 2),
      maxMs: round(Math.max(...samples), 2),
    };
    progress(`search "${term}": median ${row.medianMs} ms, p95 ${row.p95Ms} ms (${totalCount} matches)`);
    figures.push(row);
  }
  return figures;
}

async function measureThroughput(url: string, scenario: string, request: object): Promise<ThroughputFigures> {
  const body = JSON.stringify(request);
  // Warm up (Mercurius compiles a query once seen twice) and take the expected answer: any other counts as a mismatch.
  let expected = '';
  for (let run = 0; run < 10; run++) expected = (await postGraphQL(url, body)).text;
  progress(`${scenario}: autocannon, ${connections} connections, ${duration} s`);
  const result: LoadResult = await runLoad({
    url,
    method: 'POST',
    headers: requestHeaders,
    body,
    connections,
    duration,
    // The load is generated in a worker thread, not on the event loop of the server under test.
    workers: 1,
    expectBody: expected,
  });
  const row: ThroughputFigures = {
    scenario,
    connections,
    durationS: duration,
    requestsPerSecond: round(result.requests.average, 1),
    totalRequests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyAvgMs: round(result.latency.average, 2),
    latencyMaxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
  progress(`${scenario}: ${row.requestsPerSecond} req/s, p50 ${row.latencyP50Ms} ms, p99 ${row.latencyP99Ms} ms`);
  return row;
}

function printReport(
  target: Target,
  search: SearchFigures[],
  throughput: ThroughputFigures[],
  events: EventFigures[] = [],
): void {
  const lines: string[] = [
    '',
    `API benchmark — ${target.url}`,
    `node ${process.version}, ${os.cpus().length} CPU, database: ${target.database}` +
      (target.startupMs === null ? '' : `, startup ${(target.startupMs / 1000).toFixed(1)} s`),
  ];
  if (search.length) {
    lines.push(
      '',
      `Search latency (sequential POSTs, ${WARM_UP_RUNS} warm-up + ${MEASURED_RUNS} measured per term, limit 25, ms)`,
      formatTable(
        ['term', 'matches', 'median', 'p95', 'min', 'max'],
        search.map((row) => [`"${row.term}"`, row.totalCount, row.medianMs, row.p95Ms, row.minMs, row.maxMs]),
      ),
    );
  }
  if (throughput.length) {
    lines.push(
      '',
      `Throughput (autocannon, ${connections} connections, ${duration} s; latency in ms)`,
      formatTable(
        ['scenario', 'req/s', 'p50', 'p99', 'avg', 'max', 'requests', 'errors', 'non-2xx', 'mismatches'],
        throughput.map((row) => [
          row.scenario,
          row.requestsPerSecond,
          row.latencyP50Ms,
          row.latencyP99Ms,
          row.latencyAvgMs,
          row.latencyMaxMs,
          row.totalRequests,
          row.errors + row.timeouts,
          row.non2xx,
          row.mismatches,
        ]),
      ),
    );
  }
  if (events.length) {
    lines.push(
      '',
      `Events (sequential POSTs, ${WARM_UP_RUNS} warm-up + ${MEASURED_RUNS} measured; ms; "server" = beyond a trivial query's round trip)`,
      formatTable(
        ['request', 'median', 'p95', 'server'],
        events.map((row) => [row.request, row.medianMs, row.p95Ms, row.serverMedianMs]),
      ),
    );
  }
  lines.push('');
  process.stdout.write(lines.join('\n') + '\n');
  if (args.json) {
    const report = {
      date: new Date().toISOString(),
      url: target.url,
      node: process.version,
      cpus: os.cpus().length,
      database: target.database,
      startupMs: target.startupMs === null ? null : Math.round(target.startupMs),
      search: { warmUpRuns: WARM_UP_RUNS, measuredRuns: MEASURED_RUNS, terms: search },
      throughput,
      events,
    };
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

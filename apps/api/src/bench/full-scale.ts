import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { RAICT_SERIES } from '../database/seeds/rencontres.js';
import { percentile, round, runSampledLoad } from './bench-stats.js';
import {
  createToken,
  deleteToken,
  ensureDataset,
  findPostmaster,
  openBenchDatabase,
  type BenchDatabase,
} from './full-scale-database.js';
import {
  COUNTED_REQUESTS,
  failures,
  LOAD_WARM_UPS,
  printDataset,
  report,
  type LoadFigures,
  type ReadFigures,
  type ServerFigures,
} from './full-scale-report.js';
import { CountingProxy, TransactionCounter, checkCountingProxy, checkTransactionCounter } from './sql-count.js';
import { postgresCpuMs, processCpuMs, sleep, startServer } from './server-process.js';

/**
 * The full-scale reads, as an integration runs them (an API token), against a server started
 * from a build's dist/main.js in a child process, or an external one (--url): for each read its
 * throughput and latency under 20 connections, its latency alone (1 connection), the server's
 * and the database's CPU time per request, and the SQL statements each request sends.
 */

export const STATISTICS_QUERY = `query BenchStatistics($id: ID!) {
  eventStatistics(eventId: $id) { registered attended frenchCollectivities countries foreignCountries foreignDelegations embassies speakers partners
    sessionsByKind { kind count } participantsByRole { role count } participantsByCountry { countryCode count } }
}`;

/** What the bench reads of the answers: each read answers its own part. */
interface BenchData {
  collectivities: { totalCount: number };
  groups: { nodes: Array<{ members: { totalCount: number } }> };
  participations: { totalCount: number };
  eventStatistics: { registered: number };
  eventTrend: unknown[];
  eventSeries: Array<{ id: string; name: string }>;
  events: { nodes: Array<{ id: string; seriesId: string }> };
}

interface Read {
  name: string;
  query: string;
  variables?: Record<string, string>;
  /** What the answer says, in a few words (the same on every server, if the data is). */
  describe(data: BenchData): string;
}

function reads(ids: { edition2024: string; seriesId: string }): Read[] {
  return [
    {
      name: 'members by name, 50',
      query: `query BenchMembers { collectivities(filter: { membershipStatuses: [MEMBER] }, sort: { field: NAME }, page: { limit: 50 }) {
        totalCount nodes { id name department { name } groups { name } } } }`,
      describe: (data) => `${data.collectivities.totalCount} members`,
    },
    {
      name: 'groups of DE, 50 members',
      query: `query BenchCountryGroups { groups(filter: { countryCode: "DE" }) { nodes { id name
        members(page: { limit: 50 }) { totalCount nodes { collectivity { id name contactCount } } } } } }`,
      describe: (data) =>
        `${data.groups.nodes.length} group, ${data.groups.nodes.map((group) => group.members.totalCount).join('+')} members`,
    },
    {
      name: '2024 participations, 100',
      query: `query BenchParticipations($edition2024: ID!) { participations(filter: { eventId: $edition2024 }, sort: { field: REGISTERED_AT }, page: { limit: 100 }) {
        totalCount nodes { id role status displayName organisationDisplayName } } }`,
      variables: { edition2024: ids.edition2024 },
      describe: (data) => `${data.participations.totalCount} rows`,
    },
    {
      name: '2024 statistics',
      query: STATISTICS_QUERY,
      variables: { id: ids.edition2024 },
      describe: (data) => `${data.eventStatistics.registered} registered`,
    },
    {
      name: 'trend of 16 editions',
      query: `query BenchTrend($seriesId: ID) { eventTrend(seriesId: $seriesId) { eventId editionNumber year registered attended cancelled noShow
        frenchCollectivities countries foreignCountries foreignDelegations embassies speakers partners participantsByRole { role count } } }`,
      variables: { seriesId: ids.seriesId },
      describe: (data) => `${data.eventTrend.length} editions`,
    },
  ];
}

export interface FullScaleOptions {
  /** An external server to measure instead of starting one. */
  url?: string;
  /** With --url: the server's pid, to read its CPU time. */
  serverPid?: number;
  /** The builds to start, in order (one, or two to compare). */
  servers: Array<{ label: string; entry: string }>;
  duration: number;
  connections: number;
  json: boolean;
  loadOnly: boolean;
  reloadDataset: boolean;
  validateSql: boolean;
  showSql: boolean;
  progress(message: string): void;
}

const COUNT_WARM_UPS = 3;

export async function runFullScale(options: FullScaleOptions): Promise<number> {
  const { progress } = options;
  if (options.url) return runExternal(options);
  const database = await openBenchDatabase(progress);
  let token: { id: string; secret: string } | undefined;
  try {
    const dataset = await ensureDataset(database, options.servers[0]!.entry, options.reloadDataset, progress);
    if (options.loadOnly) {
      printDataset(dataset, database);
      return 0;
    }
    token = await createToken(database.url);
    const context: MeasureContext = { ...options, token: token.secret, database };
    const figures: ServerFigures[] = [];
    const validation: string[] = [];
    for (const server of options.servers) figures.push(await measureBuild(server, context, validation));
    report(options, dataset, database, figures, validation);
    return figures.some((server) => server.reads.some((read) => failures(read) > 0)) ? 1 : 0;
  } finally {
    if (token) await deleteToken(database.url, token.id).catch(() => undefined);
    await database.stop();
  }
}

interface MeasureContext extends FullScaleOptions {
  token: string;
  database: BenchDatabase;
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Answer {
  data: BenchData;
  text: string;
  ms: number;
}

async function post(url: string, token: string, body: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const text = await response.text();
  const ms = performance.now() - started;
  let parsed: { data?: BenchData | null; errors?: unknown[] };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} from ${url}, not JSON: ${text.slice(0, 300)}`);
  }
  if (!response.ok || parsed.errors?.length || !parsed.data) {
    throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 800)}`);
  }
  return { data: parsed.data, text, ms };
}

const bodyOf = (read: Read) => JSON.stringify({ query: read.query, variables: read.variables ?? {} });

/** The 2024 edition and its series, as an integration finds them. */
async function discover(url: string, token: string): Promise<{ edition2024: string; seriesId: string }> {
  const { data } = await post(
    url,
    token,
    JSON.stringify({
      query: `query BenchEditions { eventSeries { id name } events(filter: { year: 2024 }, page: { limit: 10 }) { nodes { id seriesId editionNumber } } }`,
    }),
  );
  const series = data.eventSeries.find((row) => row.name === RAICT_SERIES.name);
  const edition = data.events.nodes.find((row) => row.seriesId === series?.id);
  if (!series || !edition) throw new Error(`No 2024 edition of the Rencontres at ${url}: load the data set (--dataset full).`);
  return { edition2024: edition.id, seriesId: series.id };
}

// ---------------------------------------------------------------------------------------------
// Measures

async function measureBuild(
  server: { label: string; entry: string },
  context: MeasureContext,
  validation: string[],
): Promise<ServerFigures> {
  const counted = await countStatements(server, context, validation);
  // Time and CPU: another instance of the build, connected to PostgreSQL directly.
  const timed = await startServer({ entry: server.entry, databaseUrl: context.database.url, log: context.progress });
  try {
    const ids = await discover(timed.url, context.token);
    const figures: ReadFigures[] = [];
    for (const read of reads(ids)) {
      const loaded = await measureLoad(read, timed.url, timed.pid, context, context.connections);
      const single = await measureLoad(read, timed.url, timed.pid, context, 1);
      figures.push({ read: read.name, ...counted.get(read.name)!, loaded, single, sqlMethod: 'wire' });
    }
    return { label: server.label, entry: server.entry, url: timed.url, startupMs: Math.round(timed.startupMs), reads: figures };
  } finally {
    await timed.stop();
  }
}

type Counted = Pick<
  ReadFigures,
  'answer' | 'answerHash' | 'sqlPerRequest' | 'transactionControlPerRequest' | 'statements' | 'sqlCrossCheck'
>;

/** The statements of each read: an instance of the build whose database connections go through the counting proxy. */
async function countStatements(
  server: { label: string; entry: string },
  context: MeasureContext,
  validation: string[],
): Promise<Map<string, Counted>> {
  const { progress, database, token } = context;
  const counts = new Map<string, Counted>();
  const proxy = await CountingProxy.start(database.url);
  try {
    const check = await checkCountingProxy(proxy, database.url);
    if (!validation.length) validation.push(check);
    const counting = await startServer({ entry: server.entry, databaseUrl: proxy.urlFor(database.url), log: progress });
    const counter = context.validateSql ? await TransactionCounter.connect(database.url) : undefined;
    try {
      if (counter) {
        progress('validating the pg_stat_database method (about a minute)');
        validation.push(await checkTransactionCounter(counter, database.url));
      }
      for (const read of reads(await discover(counting.url, token))) {
        const body = bodyOf(read);
        let answer: Answer | undefined;
        for (let run = 0; run < COUNT_WARM_UPS; run++) answer = await post(counting.url, token, body);
        const transactionsBefore = await counter?.settled(Date.now());
        const before = { statements: proxy.statements, control: proxy.transactionControl };
        let statementsOfOne: string[] | undefined;
        for (let run = 0; run < COUNTED_REQUESTS; run++) {
          if (context.showSql && run === 0) proxy.recorded = [];
          await post(counting.url, token, body);
          await settleProxy(proxy);
          if (proxy.recorded) {
            statementsOfOne = proxy.recorded;
            proxy.recorded = null;
          }
        }
        const statements = proxy.statements - before.statements;
        const figures: Counted = {
          answer: read.describe(answer!.data),
          answerHash: createHash('sha256').update(answer!.text).digest('hex').slice(0, 16),
          sqlPerRequest: round(statements / COUNTED_REQUESTS, 2),
          transactionControlPerRequest: round((proxy.transactionControl - before.control) / COUNTED_REQUESTS, 2),
          statements: statementsOfOne,
        };
        if (counter && transactionsBefore !== undefined) {
          const transactions = (await counter.settled(Date.now())) - transactionsBefore;
          figures.sqlCrossCheck = { wire: statements, pgStatDatabase: transactions };
          validation.push(
            `${server.label}, ${read.name}: ${COUNTED_REQUESTS} requests → ${statements} statements on the wire, ${transactions} in pg_stat_database`,
          );
        }
        counts.set(read.name, figures);
        progress(`${server.label}: ${read.name}: ${figures.answer}, ${figures.sqlPerRequest} SQL statements per request`);
      }
    } finally {
      await counter?.close();
      await counting.stop();
    }
  } finally {
    await proxy.close();
  }
  return counts;
}

/** The server sends its statements before answering; a moment for the last bytes in flight. */
async function settleProxy(proxy: CountingProxy): Promise<void> {
  let last = proxy.statements;
  for (;;) {
    await sleep(20);
    if (proxy.statements === last) return;
    last = proxy.statements;
  }
}

async function measureLoad(
  read: Read,
  url: string,
  serverPid: number | null,
  context: Pick<MeasureContext, 'token' | 'duration' | 'database' | 'progress'>,
  connections: number,
): Promise<LoadFigures> {
  const body = bodyOf(read);
  // Warm up (Mercurius compiles a query once seen twice), and take the answer every response must equal.
  let expected = '';
  for (let run = 0; run < LOAD_WARM_UPS; run++) expected = (await post(url, context.token, body)).text;
  const cpuBefore = serverPid ? processCpuMs(serverPid) : null;
  const databaseBefore = context.database.postmasterPid ? postgresCpuMs(context.database.postmasterPid) : null;
  const { result, latencies } = await runSampledLoad({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${context.token}` },
    body,
    connections,
    duration: context.duration,
    expectBody: expected,
    // The trend under 20 connections on a busy machine takes more than autocannon's 10 s: slow, not failed.
    timeout: 120,
  });
  // Requests in flight when the run stops are still served (and the server spends on them): wait
  // until the server and the database are idle, and count every request sent.
  const [cpuAfter, databaseAfter] = await idleCpu(serverPid, context.database.postmasterPid);
  const requests = latencies.length;
  const served = Math.max(requests, result.requests.sent ?? 0);
  const perRequest = (before: number | null, after: number | null) =>
    before !== null && after !== null && served ? round((after - before) / served, 2) : null;
  const figures: LoadFigures = {
    connections,
    durationS: context.duration,
    requests,
    inFlightAtEnd: served - requests,
    requestsPerSecond: round(requests / context.duration, 1),
    // No response within the run (a read slower than the run under this load): no percentile.
    p50Ms: requests ? round(percentile(latencies, 50), 2) : null,
    p95Ms: requests ? round(percentile(latencies, 95), 2) : null,
    p99Ms: requests ? round(percentile(latencies, 99), 2) : null,
    serverCpuMsPerRequest: perRequest(cpuBefore, cpuAfter),
    databaseCpuMsPerRequest: perRequest(databaseBefore, databaseAfter),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  };
  context.progress(
    `${read.name}, ${connections} connection${connections > 1 ? 's' : ''}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, ` +
      `server ${figures.serverCpuMsPerRequest ?? '?'} ms CPU/request, database ${figures.databaseCpuMsPerRequest ?? '?'} ms`,
  );
  return figures;
}

/** CPU times of the server and PostgreSQL once both have stopped working (each reading 300 ms apart). */
async function idleCpu(serverPid: number | null, postmasterPid: number | null): Promise<[number | null, number | null]> {
  const read = (): [number | null, number | null] => [
    serverPid ? processCpuMs(serverPid) : null,
    postmasterPid ? postgresCpuMs(postmasterPid) : null,
  ];
  let previous = read();
  let quiet = 0;
  for (let wait = 0; wait < 200 && quiet < 2; wait++) {
    await sleep(300);
    const current = read();
    // Idle: less than 2 clock ticks (20 ms) of CPU in 300 ms, twice.
    const busy = current.some((value, index) => value !== null && value - previous[index]! >= 20);
    quiet = busy ? 0 : quiet + 1;
    previous = current;
  }
  return previous;
}

/** --url: a server started elsewhere. CPU with --server-pid; statements from pg_stat_database with DATABASE_URL. */
async function runExternal(options: FullScaleOptions): Promise<number> {
  const token = process.env.BENCH_API_TOKEN;
  if (!token) throw new Error('--url needs a token with collectivities:read, contacts:all and events:read in BENCH_API_TOKEN.');
  const url = options.url!;
  const databaseUrl = process.env.DATABASE_URL;
  const database: BenchDatabase = {
    url: databaseUrl ?? '',
    description: databaseUrl ? 'DATABASE_URL (the external server’s, for its counters)' : 'unknown (external server)',
    owned: false,
    postmasterPid: databaseUrl ? await findPostmaster(databaseUrl) : null,
    stop: async () => undefined,
  };
  const counter = databaseUrl ? await TransactionCounter.connect(databaseUrl) : undefined;
  const validation: string[] = [];
  try {
    if (counter && options.validateSql) validation.push(await checkTransactionCounter(counter, databaseUrl!));
    const ids = await discover(url, token);
    const figures: ReadFigures[] = [];
    for (const read of reads(ids)) {
      const body = bodyOf(read);
      let answer: Answer | undefined;
      for (let run = 0; run < COUNT_WARM_UPS; run++) answer = await post(url, token, body);
      let sqlPerRequest: number | null = null;
      if (counter) {
        const base = await counter.settled(Date.now());
        for (let run = 0; run < COUNTED_REQUESTS; run++) await post(url, token, body);
        sqlPerRequest = round(((await counter.settled(Date.now())) - base) / COUNTED_REQUESTS, 2);
      }
      const context = { token, duration: options.duration, database, progress: options.progress };
      const loaded = await measureLoad(read, url, options.serverPid ?? null, context, options.connections);
      const single = await measureLoad(read, url, options.serverPid ?? null, context, 1);
      figures.push({
        read: read.name,
        answer: read.describe(answer!.data),
        answerHash: createHash('sha256').update(answer!.text).digest('hex').slice(0, 16),
        loaded,
        single,
        sqlPerRequest,
        transactionControlPerRequest: null,
        sqlMethod: counter ? 'pg_stat_database' : null,
      });
    }
    const server: ServerFigures = { label: 'external', entry: null, url, startupMs: null, reads: figures };
    report(options, null, database, [server], validation);
    return figures.some((read) => failures(read) > 0) ? 1 : 0;
  } finally {
    await counter?.close();
  }
}

import net from 'node:net';
import pg from 'pg';
import { sleep } from './server-process.js';

/**
 * Counts the SQL statements an API server sends, by standing between it and PostgreSQL and
 * reading the frontend side of the wire protocol: one simple Query ('Q') or one Execute ('E') of
 * the extended protocol is one statement run by the server. BEGIN and COMMIT count as statements
 * (and are counted apart too), whatever the transactions, with no server setting and no extension.
 *
 * Only the counting server goes through it: the timed server talks to PostgreSQL directly.
 */
export class CountingProxy {
  statements = 0;
  transactionControl = 0;
  /** The texts run, when recording (to show what a request sends). */
  recorded: string[] | null = null;
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private unparsed = 0;

  private constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {
    this.server = net.createServer((client) => this.relay(client));
  }

  static async start(databaseUrl: string): Promise<CountingProxy> {
    const url = new URL(databaseUrl);
    const proxy = new CountingProxy(url.hostname, Number(url.port || 5432));
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  /** The database URL with the proxy in place of the server. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String((this.server.address() as net.AddressInfo).port);
    return url.toString();
  }

  /** Connections whose traffic could not be read (TLS): their statements are not counted. */
  get unreadableConnections(): number {
    return this.unparsed;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: net.Socket): void {
    const upstream = net.connect({ host: this.upstreamHost, port: this.upstreamPort });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.sockets.add(client).add(upstream);
    const reader = new FrontendReader(
      (type, body) => this.onMessage(type, body),
      () => this.unparsed++,
    );
    client.on('data', (chunk: Buffer) => {
      reader.push(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  }

  private onMessage(type: string, text: string | null): void {
    this.statements++;
    if (text !== null && /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i.test(text))
      this.transactionControl++;
    this.recorded?.push(`${type === 'Q' ? 'simple  ' : 'extended'} ${(text ?? '?').replace(/\s+/g, ' ').trim()}`);
  }
}

/**
 * Splits the frontend byte stream into messages: first the untyped startup packets (SSL or GSS
 * negotiation, then the startup message), then typed messages: a type byte and an Int32 length.
 * Parse names statements, Bind names portals, Execute runs a portal: the text run is tracked.
 */
class FrontendReader {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private broken = false;
  private readonly statementTexts = new Map<string, string>();
  private readonly portalTexts = new Map<string, string>();

  constructor(
    private readonly onStatement: (type: 'Q' | 'E', text: string | null) => void,
    private readonly onUnreadable: () => void,
  ) {}

  push(chunk: Buffer): void {
    if (this.broken) return;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        // 80877103 SSLRequest, 80877104 GSSENCRequest: another startup packet follows, unless the
        // server accepts, and then the rest is encrypted.
        if (code === 80877103 || code === 80877104) continue;
        if (code === 80877102) return; // CancelRequest
        this.started = true;
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (length < 4) {
        this.broken = true;
        this.onUnreadable();
        return;
      }
      if (this.buffer.length < 1 + length) return;
      const type = String.fromCharCode(this.buffer[0]!);
      this.message(type, this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private message(type: string, body: Buffer): void {
    switch (type) {
      case 'Q':
        this.onStatement('Q', cString(body, 0)[0]);
        break;
      case 'P': {
        const [name, next] = cString(body, 0);
        this.statementTexts.set(name, cString(body, next)[0]);
        break;
      }
      case 'B': {
        const [portal, next] = cString(body, 0);
        this.portalTexts.set(portal, this.statementTexts.get(cString(body, next)[0]) ?? '');
        break;
      }
      case 'E':
        this.onStatement('E', this.portalTexts.get(cString(body, 0)[0]) ?? null);
        break;
    }
  }
}

function cString(buffer: Buffer, start: number): [string, number] {
  const end = buffer.indexOf(0, start);
  const stop = end < 0 ? buffer.length : end;
  return [buffer.toString('utf8', start, stop), stop + 1];
}

/**
 * Checks the proxy counts what a client sends: simple queries, parameterised (extended) ones, and
 * an explicit transaction, through a connection of its own.
 */
export async function checkCountingProxy(proxy: CountingProxy, databaseUrl: string, n = 20): Promise<string> {
  const client = new pg.Client({ connectionString: proxy.urlFor(databaseUrl) });
  await client.connect();
  try {
    const measure = async (run: () => Promise<unknown>) => {
      const before = proxy.statements;
      await run();
      return proxy.statements - before;
    };
    const simple = await measure(async () => {
      for (let i = 0; i < n; i++) await client.query('SELECT 1');
    });
    const extended = await measure(async () => {
      for (let i = 0; i < n; i++) await client.query('SELECT $1::int', [i]);
    });
    const transactionControlBefore = proxy.transactionControl;
    const transaction = await measure(async () => {
      await client.query('BEGIN');
      await client.query('SELECT 1');
      await client.query('SELECT $1::int', [2]);
      await client.query('COMMIT');
    });
    const control = proxy.transactionControl - transactionControlBefore;
    if (simple !== n || extended !== n || transaction !== 4 || control !== 2) {
      throw new Error(
        `The statement count is off: ${simple} for ${n} simple SELECT 1, ${extended} for ${n} parameterised SELECT, ${transaction} (${control} BEGIN/COMMIT) for BEGIN + 2 SELECT + COMMIT`,
      );
    }
    return `proxy: ${n} × SELECT 1 → ${simple}, ${n} × SELECT $1 → ${extended}, BEGIN; SELECT; SELECT; COMMIT → ${transaction} (${control} BEGIN/COMMIT)`;
  } finally {
    await client.end();
  }
}

/**
 * The other way, for a server the bench does not start (--url): PostgreSQL's own transaction
 * counters for the database (pg_stat_database xact_commit + xact_rollback). Outside an explicit
 * transaction each statement is a transaction, so for a server that opens none the delta is about
 * its statement count. About: each parallel worker a statement launches adds two transactions
 * (PostgreSQL 18; subtracted with parallel_workers_launched), an autovacuum worker passing by adds
 * its own, and statements inside an explicit transaction count once. The counters are read from
 * the `postgres` database, so that the readings themselves do not count.
 *
 * Backends publish their counters at most once a second, else after 10 s idle, and only when they
 * touched a table: the counters are read again until 11 s after the last request, and stable.
 */
export class TransactionCounter {
  private constructor(
    private readonly client: pg.Client,
    private readonly database: string,
    private readonly parallelWorkers: boolean,
  ) {}

  static async connect(databaseUrl: string): Promise<TransactionCounter> {
    const url = new URL(databaseUrl);
    const database = decodeURIComponent(url.pathname.slice(1));
    url.pathname = '/postgres';
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query(`SELECT current_setting('server_version_num')::int >= 180000 AS counted`);
    return new TransactionCounter(client, database, rows[0].counted);
  }

  async read(): Promise<number> {
    await this.client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await this.client.query(
      `SELECT (xact_commit + xact_rollback${this.parallelWorkers ? ' - 2 * parallel_workers_launched' : ''})::bigint AS n FROM pg_stat_database WHERE datname = $1`,
      [this.database],
    );
    return Number(rows[0].n);
  }

  /** The counters once every backend has published: 11 s after `lastActivity`, unchanged over a second. */
  async settled(lastActivity: number): Promise<number> {
    await sleep(Math.max(0, lastActivity + 11_000 - Date.now()));
    let previous = await this.read();
    for (;;) {
      await sleep(1_000);
      const current = await this.read();
      if (current === previous) return current;
      previous = current;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Checks the counter method on statements whose number is known: SELECT 1 on a connection then
 * closed (it touches no table, so only the disconnection publishes it), and a table read on a
 * connection kept open (published by the idle timeout, as the API's pooled connections are).
 */
export async function checkTransactionCounter(counter: TransactionCounter, databaseUrl: string, n = 200): Promise<string> {
  const results: string[] = [];
  const idleBase = await counter.settled(Date.now() - 11_000);
  await sleep(12_000);
  const idle = (await counter.read()) - idleBase;
  results.push(`idle 12 s → ${idle}`);

  let client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let base = await counter.settled(Date.now());
  for (let i = 0; i < n; i++) await client.query('SELECT 1');
  await client.end();
  const selects = (await counter.settled(Date.now())) - base;
  results.push(`${n} × SELECT 1 → ${selects}`);

  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('SELECT count(*) FROM api_tokens');
  base = await counter.settled(Date.now());
  for (let i = 0; i < n; i++) await client.query('SELECT count(*) FROM api_tokens WHERE name = $1', [`check ${i}`]);
  const reads = (await counter.settled(Date.now())) - base;
  await client.query('BEGIN');
  await client.query('SELECT count(*) FROM api_tokens');
  await client.query('SELECT count(*) FROM api_tokens');
  await client.query('COMMIT');
  const explicit = (await counter.settled(Date.now())) - base - reads;
  await client.end();
  results.push(
    `${n} × table read, connection kept → ${reads}`,
    `BEGIN; 2 × SELECT; COMMIT → ${explicit} (one transaction: statements inside an explicit transaction are not told apart)`,
  );
  // Reported, not thrown: an autovacuum worker passing by adds its own transactions.
  const exact = idle === 0 && selects === n && reads === n && explicit === 1;
  return `pg_stat_database: ${results.join(', ')}${exact ? '' : ' — NOT EXACT'}`;
}

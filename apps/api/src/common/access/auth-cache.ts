import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { Actor } from './actor.js';

/** The PostgreSQL channel on which every process learns that a credential changed... */
export const CREDENTIALS_CHANNEL = 'territoria_credentials';
/** ...and on which each says it has forgotten it. */
const SEEN_CHANNEL = 'territoria_credentials_seen';
/** How the listening connections are told apart from the others. */
const LISTENER_NAME = 'territoria-credentials';

/** What a cached authentication may no longer be true about: a user, a session, an API token. */
export type CredentialChange = { userId: string } | { sessionId: string } | { tokenId: string };

/** A change as notified: its id comes back from every process that has applied it. */
export interface CredentialNotice {
  id: string;
  change: CredentialChange;
}

/** What a credential was found to be, and what it depends on. */
export interface RememberedAuthentication {
  actor: Actor;
  /** When the session or token itself expires (ms since the epoch). */
  expiresAt: number;
  userId?: string;
  sessionId?: string;
  tokenId?: string;
}

interface Entry extends RememberedAuthentication {
  /** Forgotten after this (performance.now(), ms), or when the credential expires, whichever comes first. */
  until: number;
}

/** Durations are measured on the monotonic clock: a change of the wall clock neither extends nor ends them. */
const monotonic = () => performance.now();

/** Most credentials remembered at once; the oldest go first. */
const MAX_ENTRIES = 10_000;
/** The listening connection is checked this often... */
const HEARTBEAT_MS = 10_000;
/** ...and nothing is served from memory when it has not answered for this long. */
const TRUSTED_FOR_MS = 3 * HEARTBEAT_MS;
/** A change announced whose notification never came (its transaction rolled back) stops holding after this. */
const HOLD_MS = 60_000;
/** How long a committed change waits for the other processes to say they have applied it. */
const DELIVERY_MS = 2_000;
const RETRY_MS = { first: 500, most: 30_000 };

function concerns(change: CredentialChange, entry: RememberedAuthentication): boolean {
  if ('userId' in change) return entry.userId === change.userId;
  if ('sessionId' in change) return entry.sessionId === change.sessionId;
  return entry.tokenId === change.tokenId;
}

/**
 * The answers of authenticate(), kept a short while per credential hash (never the secret) so that
 * a request whose caller is known costs no SQL. Every process listens on one PostgreSQL channel
 * (LISTEN / NOTIFY, on a connection of its own): a sign-out, a revocation, a deactivation…
 * committed anywhere empties the matching entries, and the change's transaction does not answer
 * before every listening process has said so. While that connection is down, nothing is served
 * from memory: every request reads the database until it is back.
 */
@Injectable()
export class AuthCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuthCache.name);
  private readonly ttlMs: number;
  private readonly entries = new Map<string, Entry>();
  /** Changes this process is committing, by notice id: not remembered again before their notification. */
  private readonly holds = new Map<string, { change: CredentialChange; until: number }>();
  /** How many processes said they applied each notice this process sent. */
  private readonly seen = new Map<string, number>();
  private readonly seenWatchers = new Set<() => void>();
  /** Bumped by every change: a database read that began before one is not remembered. */
  private generation = 0;
  private client: pg.Client | null = null;
  private confirmedAt = 0;
  private retryDelay = RETRY_MS.first;
  private heartbeat: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.ttlMs = config.AUTH_CACHE_SECONDS * 1000;
  }

  /** The PostgreSQL process listening for this one (null while not listening): ending it tests the fallback. */
  get listenerProcessId(): number | null {
    return (this.client as { processID?: number } | null)?.processID ?? null;
  }

  /** Whether answers are served from memory: the cache is on and the listening connection is known alive. */
  get serving(): boolean {
    return this.ttlMs > 0 && this.client !== null && monotonic() - this.confirmedAt < TRUSTED_FOR_MS;
  }

  get(key: string): RememberedAuthentication | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= monotonic() || entry.expiresAt <= Date.now() || !this.serving) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Taken before reading the database; remember() keeps the answer only if nothing changed since. */
  ticket(): number {
    return this.generation;
  }

  remember(key: string, answer: RememberedAuthentication, ticket: number): void {
    if (!this.serving || ticket !== this.generation || answer.expiresAt <= Date.now()) return;
    const now = monotonic();
    for (const [id, hold] of this.holds) {
      if (hold.until <= now) this.holds.delete(id);
      else if (concerns(hold.change, answer)) return;
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { ...answer, until: now + this.ttlMs });
  }

  forget(change: CredentialChange): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (concerns(change, entry)) this.entries.delete(key);
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  /**
   * A change this process is about to commit: forgotten now, and not remembered again before its
   * notification comes back (the transaction is committed then, and the database tells the truth).
   */
  hold(notice: CredentialNotice): void {
    this.holds.set(notice.id, { change: notice.change, until: monotonic() + HOLD_MS });
    this.seen.set(notice.id, 0);
    this.forget(notice.change);
  }

  /** A change that will not be committed after all. */
  release(ids: readonly string[]): void {
    for (const id of ids) {
      this.holds.delete(id);
      this.seen.delete(id);
    }
  }

  /**
   * Once committed: waits until every process listening has applied the changes (each says so on
   * a second channel), so that the very next request anywhere is answered knowing them. A process
   * that does not answer within DELIVERY_MS is not waited for longer.
   */
  async delivered(ids: readonly string[]): Promise<void> {
    const client = this.client;
    try {
      if (!client || ids.length === 0) return;
      const { rows } = await client.query<{ listeners: number }>(
        'SELECT count(*)::int AS listeners FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
        [LISTENER_NAME],
      );
      const listeners = rows[0]?.listeners ?? 0;
      const applied = () => ids.every((id) => (this.seen.get(id) ?? 0) >= listeners);
      if (applied()) return;
      await new Promise<void>((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          this.seenWatchers.delete(watch);
          resolve();
        };
        const watch = () => {
          if (applied()) finish();
        };
        const timer = setTimeout(() => {
          this.logger.warn(`A credential change was not confirmed by every process within ${DELIVERY_MS} ms: going on.`);
          finish();
        }, DELIVERY_MS);
        this.seenWatchers.add(watch);
      });
    } catch {
      // The listening connection failed meanwhile: lost() has emptied this process's memory.
    } finally {
      for (const id of ids) this.seen.delete(id);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.ttlMs > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: options.url, application_name: LISTENER_NAME, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === CREDENTIALS_CHANNEL) this.received(client, message.payload);
      else if (message.channel === SEEN_CHANNEL) this.confirmed(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CREDENTIALS_CHANNEL}; LISTEN ${SEEN_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    // Whatever changed while nobody listened is unknown: start afresh.
    this.forgetAll();
    this.client = client;
    this.confirmedAt = monotonic();
    this.retryDelay = RETRY_MS.first;
    this.heartbeat ??= setInterval(() => void this.beat(), HEARTBEAT_MS).unref();
  }

  private received(client: pg.Client, payload: string | undefined): void {
    this.confirmedAt = monotonic();
    let notice: CredentialNotice;
    try {
      notice = JSON.parse(payload ?? '') as CredentialNotice;
    } catch {
      this.forgetAll();
      return;
    }
    this.holds.delete(notice.id);
    if (notice.change) this.forget(notice.change);
    else this.forgetAll();
    // Said once applied: the process that committed the change is waiting for it.
    client.query('SELECT pg_notify($1, $2)', [SEEN_CHANNEL, notice.id]).catch((error) => this.lost(client, error));
  }

  private confirmed(id: string | undefined): void {
    if (!id || !this.seen.has(id)) return;
    this.seen.set(id, this.seen.get(id)! + 1);
    for (const watch of this.seenWatchers) watch();
  }

  /** The connection answers, or is dropped (and the cache with it) until a new one listens. */
  private async beat(): Promise<void> {
    const client = this.client;
    if (!client) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), HEARTBEAT_MS / 2);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
      this.confirmedAt = monotonic();
    } catch (error) {
      this.lost(client, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    // Heard once per connection: whatever it says afterwards is ignored.
    for (const event of ['end', 'error', 'notification'] as const) client.removeAllListeners(event);
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.client !== null && this.client !== client) return;
    this.client = null;
    this.forgetAll();
    if (this.stopped || this.retry) return;
    this.logger.warn(
      `Not listening for credential changes (${error instanceof Error ? error.message : 'connection ended'}): authenticating from the database until it is back.`,
    );
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, this.retryDelay).unref();
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MS.most);
  }
}

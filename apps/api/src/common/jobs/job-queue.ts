import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export interface JobOptions {
  startAfter?: Date;
  /** At most one job with this key is waiting in the queue: a second send returns null. */
  singletonKey?: string;
  retryLimit?: number;
  /** Seconds. */
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

export interface WorkOptions {
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

export interface Job<T> {
  id: string;
  data: T;
}

/** pg-boss's view of a connection: one function running SQL. */
type Executor = PgBoss.Db;

/** The pg connection TypeORM's postgres query runner holds during a transaction. */
interface PostgresQueryRunnerConnection {
  databaseConnection?: PoolClient;
  connect(): Promise<unknown>;
}

export const JOBS_SCHEMA = 'pgboss';

/**
 * Channel on which a new job is announced (payload: its queue). A NOTIFY sent in a transaction is
 * delivered only when it commits, so workers of every process wake for a committed job at once,
 * rather than at their next poll, and never for a rolled-back one.
 */
const JOB_CHANNEL = 'territoria_jobs';
/** Deadlock, serialization failure, unique violation: what two processes creating one queue at once may meet. */
const CONCURRENT_CREATION_ERRORS = new Set(['40P01', '40001', '23505']);
const CREATE_QUEUE_ATTEMPTS = 5;
/** After losing its connection, the listener tries again after this many milliseconds. */
const LISTEN_RETRY_MS = 1000;

/**
 * Background jobs on PostgreSQL (pg-boss, in its own `pgboss` schema, which it creates and migrates
 * itself at start). It runs on the application's connection pool, and a job can be written in a
 * business transaction so that it exists only if that transaction commits.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private started: Promise<void> | null = null;
  private stopped = false;
  /** This process's workers, by queue: woken when a job of their queue is announced. */
  private readonly workers = new Map<string, string[]>();
  /** Gives the listening connection back to the pool (null when there is none). */
  private releaseListener: (() => void) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.boss = new PgBoss({
      db: poolExecutor(() => this.pool()),
      schema: JOBS_SCHEMA,
      // No cron schedules are used; maintenance (expiry, archiving) runs in every process, pg-boss locks it.
      schedule: false,
      supervise: true,
      pollingIntervalSeconds: config.JOBS_POLLING_SECONDS,
    });
    this.boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.releaseListener?.();
    if (!this.started) return;
    await this.started.catch(() => undefined);
    // Workers finish the jobs they hold (for a few seconds at most); the pool is TypeORM's to close, later.
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: 5_000 });
  }

  private start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  /** Queues a job now; its id, or null when a job with the same singletonKey is already waiting. */
  async send(queue: string, data: object, options: JobOptions = {}): Promise<string | null> {
    await this.ready(queue);
    const id = await this.boss.send(queue, data, options);
    if (id && !options.startAfter) await this.pool().query('SELECT pg_notify($1, $2)', [JOB_CHANNEL, queue]);
    return id;
  }

  /** Queues a job in the caller's transaction: it exists only if that transaction commits. */
  async sendInTransaction(manager: EntityManager, queue: string, data: object, options: JobOptions = {}): Promise<string | null> {
    await this.ready(queue);
    const runner = manager.queryRunner as unknown as PostgresQueryRunnerConnection | undefined;
    if (!runner) throw new Error('sendInTransaction needs a transaction: the manager has no query runner.');
    await runner.connect();
    const client = runner.databaseConnection;
    if (!client) throw new Error('The transaction has no database connection.');
    const id = await this.boss.send(queue, data, { ...options, db: clientExecutor(client) });
    if (id && !options.startAfter) await client.query('SELECT pg_notify($1, $2)', [JOB_CHANNEL, queue]);
    return id;
  }

  /**
   * Runs the handler for each job of the queue, the jobs of a batch side by side: a handler that
   * throws fails its own job only (retried as the job says), the others complete.
   */
  async work<T>(queue: string, handler: (job: Job<T>) => Promise<void>, options: WorkOptions = {}): Promise<void> {
    if (this.stopped) return;
    await this.ready(queue);
    const workerId = await this.boss.work<T>(queue, options, async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          try {
            await handler({ id: job.id, data: job.data });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`Job ${queue} ${job.id} failed: ${message}`);
            // pg-boss then completes the batch: a job already failed is left as it is.
            await this.boss.fail(queue, job.id, { message });
          }
        }),
      );
    });
    this.workers.set(queue, [...(this.workers.get(queue) ?? []), workerId]);
  }

  /**
   * Listens for announced jobs on a connection of its own, taken again from the pool if it is
   * lost (workers poll meanwhile). The connection is given back once only, whatever comes first:
   * its error, or the stop.
   */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    let client: PoolClient;
    try {
      client = await this.pool().connect();
    } catch (error) {
      this.listenAgain(error);
      return;
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (this.releaseListener === release) this.releaseListener = null;
      client.release(true);
    };
    client.on('notification', (message) => {
      for (const workerId of this.workers.get(message.payload ?? '') ?? []) this.boss.notifyWorker(workerId);
    });
    client.on('error', (error) => {
      const wasListening = !released;
      release();
      if (wasListening) this.listenAgain(error);
    });
    try {
      await client.query(`LISTEN ${JOB_CHANNEL}`);
    } catch (error) {
      release();
      this.listenAgain(error);
      return;
    }
    if (this.stopped) release();
    else this.releaseListener = release;
  }

  private listenAgain(error: unknown): void {
    if (this.stopped) return;
    this.logger.warn(`Job queue listener lost its connection (${(error as Error).message}): workers poll until it is back.`);
    setTimeout(() => void this.listen(), LISTEN_RETRY_MS).unref();
  }

  /**
   * Creates the queue, or finds it made. Processes starting together create the same queues at
   * once, and pg-boss's creation can then deadlock: PostgreSQL fails one of them, which tries again
   * (and finds the queue the other made).
   */
  private async createQueue(queue: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(queue);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (attempt >= CREATE_QUEUE_ATTEMPTS || !CONCURRENT_CREATION_ERRORS.has(code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  /** Started, and the queue created (once per process; creating an existing queue changes nothing). */
  private async ready(queue: string): Promise<void> {
    await this.start();
    let created = this.queues.get(queue);
    if (!created) {
      created = this.createQueue(queue).catch((error: unknown) => {
        this.queues.delete(queue);
        throw error;
      });
      this.queues.set(queue, created);
    }
    await created;
  }
}

function poolExecutor(pool: () => Pool): Executor {
  return { executeSql: (text, values) => pool().query(text, values) };
}

function clientExecutor(client: PoolClient): Executor {
  return { executeSql: (text, values) => client.query(text, values) };
}

/** Provides the job queue to every module. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}

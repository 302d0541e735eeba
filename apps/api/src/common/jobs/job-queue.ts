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

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.boss = new PgBoss({
      db: poolExecutor(() => (this.dataSource.driver as unknown as { master: Pool }).master),
      schema: JOBS_SCHEMA,
      // No cron schedules are used; maintenance (expiry, archiving) runs in every process, pg-boss locks it.
      schedule: false,
      supervise: true,
      pollingIntervalSeconds: config.JOBS_POLLING_SECONDS,
    });
    this.boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
  }

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
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
    return this.boss.send(queue, data, options);
  }

  /** Queues a job in the caller's transaction: it exists only if that transaction commits. */
  async sendInTransaction(manager: EntityManager, queue: string, data: object, options: JobOptions = {}): Promise<string | null> {
    await this.ready(queue);
    const runner = manager.queryRunner as unknown as PostgresQueryRunnerConnection | undefined;
    if (!runner) throw new Error('sendInTransaction needs a transaction: the manager has no query runner.');
    await runner.connect();
    const client = runner.databaseConnection;
    if (!client) throw new Error('The transaction has no database connection.');
    return this.boss.send(queue, data, { ...options, db: clientExecutor(client) });
  }

  /**
   * Runs the handler for each job of the queue, the jobs of a batch side by side: a handler that
   * throws fails its own job only (retried as the job says), the others complete.
   */
  async work<T>(queue: string, handler: (job: Job<T>) => Promise<void>, options: WorkOptions = {}): Promise<void> {
    if (this.stopped) return;
    await this.ready(queue);
    await this.boss.work<T>(queue, options, async (jobs) => {
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
  }

  /** Started, and the queue created (once per process; creating an existing queue changes nothing). */
  private async ready(queue: string): Promise<void> {
    await this.start();
    let created = this.queues.get(queue);
    if (!created) {
      created = this.boss.createQueue(queue).catch((error: unknown) => {
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

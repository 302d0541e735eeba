import { Global, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';

export interface JobOptions {
  startAfter?: Date;
  singletonKey?: string;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

export interface WorkOptions {
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

export type JobHandler<T> = (job: { id: string; data: T }) => Promise<void>;

/** pg-boss keeps its tables in a schema of its own, which it creates and migrates itself. */
const SCHEMA = 'pgboss';

/**
 * Background jobs in the application's PostgreSQL (pg-boss): a job survives a restart, is retried
 * when its handler throws, and runs on whichever process polls first.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private started: Promise<void> | null = null;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const url = (dataSource.options as { url?: string }).url;
    this.boss = new PgBoss({ connectionString: url, schema: SCHEMA, max: 4, application_name: 'territoria-jobs' });
    this.boss.on('error', (error) => this.logger.error(error));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = null;
    this.queues.clear();
    // Handlers under way finish; their jobs are otherwise taken up again by the next start.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  send(queue: string, data: object, options: JobOptions = {}): Promise<string | null> {
    return this.ready(queue).then(() => this.boss.send(queue, data, options));
  }

  /** The job exists only if the transaction of `manager` commits. */
  async sendInTransaction(manager: EntityManager, queue: string, data: object, options: JobOptions = {}): Promise<string | null> {
    await this.ready(queue);
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }),
    };
    return this.boss.send(queue, data, { ...options, db });
  }

  async work<T>(queue: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.ready(queue);
    await this.boss.work<T>(
      queue,
      { batchSize: options.batchSize ?? 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async (jobs) => {
        // A batch's jobs run one after the other; one failing fails the batch, retried as a whole.
        for (const job of jobs) await handler({ id: job.id, data: job.data });
      },
    );
  }

  private start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  private ready(queue: string): Promise<void> {
    let created = this.queues.get(queue);
    if (!created) {
      created = this.start().then(() => this.createQueue(queue));
      this.queues.set(queue, created);
      created.catch(() => this.queues.delete(queue));
    }
    return created;
  }

  private async createQueue(queue: string): Promise<void> {
    if (await this.boss.getQueue(queue)) return;
    try {
      await this.boss.createQueue(queue);
    } catch (error) {
      // Another process created it meanwhile.
      if (!(await this.boss.getQueue(queue))) throw error;
    }
  }
}

/** The job queue, for every module. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { createApp, prepareDatabase } from '../../src/bootstrap.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions: { code: string; field?: string; fields?: { field: string; code: string }[] } & Record<string, unknown> }[];
}

/** Counts the SQL statements the app sends, to hold list queries to a bounded number. */
export class QueryCounter implements TypeOrmLogger {
  queries: string[] = [];
  logQuery(query: string): void {
    this.queries.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.queries = [];
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  dataSource: DataSource;
  queryCounter: QueryCounter;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real application on its own copy of the test database, listening on a free port. */
export async function startTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    ADMIN_DIST_DIR: '/nonexistent',
    SEED_DEMO_DATA: 'false',
    ...environment,
    DATABASE_URL: database.url,
  });
  const queryCounter = new QueryCounter();
  const app = await createApp({ config, databaseUrl: database.url, databaseLogger: queryCounter });
  await prepareDatabase(app, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    queryCounter,
    async graphql(query, variables) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) } as never;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

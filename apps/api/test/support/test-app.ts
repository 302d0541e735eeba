import type { Provider } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ApiScope, Role } from '@territoria/domain';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { createApp, prepareDatabase } from '../../src/bootstrap.js';
import { loadAppConfig } from '../../src/config/app-config.js';
import { ApiTokensService } from '../../src/modules/api-tokens/api-tokens.service.js';
import { SYSTEM_ACTOR } from '../../src/common/access/actor.js';
import { UsersService } from '../../src/modules/users/users.service.js';
import { createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions: { code: string; field?: string; fields?: { field: string; code: string }[] } & Record<string, unknown>;
  }[];
}

/** Counts the SQL statements the app sends, to hold list queries to a bounded number. */
export class QueryCounter implements TypeOrmLogger {
  queries: string[] = [];
  /** The parameters of each statement, beside it: a test may ask PostgreSQL how it runs one. */
  parameters: (unknown[] | undefined)[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.queries.push(query);
    this.parameters.push(parameters);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.queries = [];
    this.parameters = [];
  }
}

/** How a request authenticates: a session cookie, a bearer token, or nothing. */
export type Credentials = { cookie: string } | { token: string } | { anonymous: true };

export const TEST_ADMIN = { email: 'admin@test.local', password: 'correct horse battery staple' };

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  dataSource: DataSource;
  queryCounter: QueryCounter;
  /** The database it runs on: give it to startTestApp to run a second process on the same one. */
  databaseUrl: string;
  /** As the test ADMIN unless other credentials are given. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    credentials?: Credentials,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in through the API and returns the session cookie. */
  signIn(email: string, password: string): Promise<{ cookie: string } | null>;
  /** A new user of that role, signed in. */
  userWithRole(role: Role, linkedContactId?: string): Promise<{ cookie: string; id: string; email: string }>;
  /** A new API token's secret. */
  apiToken(scopes: ApiScope[], expiresAt?: Date): Promise<{ token: string; id: string }>;
  close(): Promise<void>;
}

/**
 * The real application on its own copy of the test database, listening on a free port; or, given
 * another app's databaseUrl, on that database (another process of the same deployment: the first
 * app drops the database).
 */
export async function startTestApp(
  environment: Record<string, string> = {},
  extraProviders: Provider[] = [],
  { databaseUrl }: { databaseUrl?: string } = {},
): Promise<TestApp> {
  const database = databaseUrl ? { url: databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    ADMIN_DIST_DIR: '/nonexistent',
    SEED_DEMO_DATA: 'false',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...environment,
    DATABASE_URL: database.url,
  });
  const queryCounter = new QueryCounter();
  const app = await createApp({ config, databaseUrl: database.url, databaseLogger: queryCounter, extraProviders });
  await prepareDatabase(app, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const post = (body: string, credentials: Credentials) =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...('cookie' in credentials ? { cookie: credentials.cookie } : {}),
        ...('token' in credentials ? { authorization: `Bearer ${credentials.token}` } : {}),
      },
      body,
    });
  const signIn = async (email: string, password: string) => {
    const response = await post(
      JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: email, p: password },
      }),
      { anonymous: true },
    );
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    return cookie ? { cookie } : null;
  };
  const admin = await signIn(TEST_ADMIN.email, TEST_ADMIN.password);
  if (!admin) throw new Error('The test administrator could not sign in.');
  let users = 0;
  return {
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    queryCounter,
    databaseUrl: database.url,
    async graphql(query, variables, credentials = admin) {
      const response = await post(JSON.stringify({ query, variables }), credentials);
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) } as never;
    },
    signIn,
    async userWithRole(role, linkedContactId) {
      const email = `${role.toLowerCase()}-${++users}@test.local`;
      const password = 'a long enough password';
      const user = await app
        .get(UsersService)
        .create({ email, displayName: email, role, password, linkedContactId }, SYSTEM_ACTOR);
      const session = await signIn(email, password);
      if (!session) throw new Error(`${email} could not sign in.`);
      return { ...session, id: user.id, email };
    },
    async apiToken(scopes, expiresAt = new Date(Date.now() + 86_400_000)) {
      const { token, secret } = await app
        .get(ApiTokensService)
        .create({ name: `test ${scopes.join(' ')}`, scopes, expiresAt }, SYSTEM_ACTOR);
      return { token: secret, id: token.id };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

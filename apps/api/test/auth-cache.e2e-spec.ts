import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ApiTokensService } from '../src/modules/api-tokens/api-tokens.service.js';
import { AuthCache } from '../src/common/access/auth-cache.js';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type Credentials, type TestApp } from './support/test-app.js';

/** Answered without a resolver: what it costs is what authenticating costs. */
const NOTHING = '{ __typename }';
const ADMIN_ONLY = '{ apiScopes }';
const LIST = '{ collectivities(page: { limit: 1 }) { totalCount } }';

/** Polls a state of the app (a connection lost or back), never a fixed delay. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Statements the app sent for one request. */
async function statements(api: TestApp, query: string, credentials?: Credentials): Promise<string[]> {
  api.queryCounter.reset();
  const response = await api.graphql(query, {}, credentials);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return [...api.queryCounter.queries];
}

/** The wall clock moved forward (Date.now only: durations run on the monotonic clock). */
function clockAhead(milliseconds: number): void {
  const real = Date.now.bind(Date);
  jest.spyOn(Date, 'now').mockImplementation(() => real() + milliseconds);
}

/** An administrator's change to a user, from the version it has now. */
async function updateUser(api: TestApp, id: string, input: string, variables: Record<string, unknown> = {}): Promise<void> {
  const [{ version }] = await api.dataSource.query('SELECT version FROM users WHERE id = $1', [id]);
  const declarations = Object.keys(variables)
    .map((name) => `, $${name}: ID`)
    .join('');
  const response = await api.graphql(
    `mutation($id: ID!, $version: Int!${declarations}) { updateUser(id: $id, input: { ${input}, version: $version }) { id } }`,
    {
      id,
      version,
      ...variables,
    },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

const unauthenticated = (response: { errors?: { message: string; extensions: { code: string } }[] }) => ({
  code: response.errors?.[0]?.extensions.code,
  message: response.errors?.[0]?.message,
});

describe('authentication answered from memory', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('costs no statement on a session’s second request, nor on a token’s', async () => {
    const staff = await api.userWithRole('STAFF');
    expect(await statements(api, NOTHING, staff)).not.toEqual([]);
    expect(await statements(api, NOTHING, staff)).toEqual([]);

    const { token } = await api.apiToken(['collectivities:read']);
    expect(await statements(api, NOTHING, { token })).not.toEqual([]);
    expect(await statements(api, NOTHING, { token })).toEqual([]);
    const read = await statements(api, LIST, { token });
    expect(read.filter((statement) => /api_tokens|sessions/.test(statement))).toEqual([]);
  });

  it('refuses a revoked token on the very next request', async () => {
    const { token, id } = await api.apiToken(['collectivities:read']);
    await statements(api, LIST, { token });
    expect(await statements(api, NOTHING, { token })).toEqual([]);
    await api.graphql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id });
    expect(unauthenticated(await api.graphql(LIST, {}, { token }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This API token was revoked.',
    });
  });

  it('refuses a deactivated user and a signed-out session on the very next request', async () => {
    const staff = await api.userWithRole('STAFF');
    await statements(api, NOTHING, staff);
    expect(await statements(api, NOTHING, staff)).toEqual([]);
    await updateUser(api, staff.id, 'active: false');
    expect(unauthenticated(await api.graphql(LIST, {}, staff))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This account is deactivated.',
    });

    const other = await api.userWithRole('STAFF');
    await statements(api, NOTHING, other);
    expect(await statements(api, NOTHING, other)).toEqual([]);
    expect((await api.graphql('mutation { signOut }', {}, other)).data).toEqual({ signOut: true });
    expect(unauthenticated(await api.graphql(LIST, {}, other)).code).toBe('UNAUTHENTICATED');
  });

  it('applies a change of role at once, both ways', async () => {
    const staff = await api.userWithRole('STAFF');
    expect((await api.graphql(ADMIN_ONLY, {}, staff)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await statements(api, NOTHING, staff)).toEqual([]);
    await updateUser(api, staff.id, 'role: ADMIN');
    expect((await api.graphql(ADMIN_ONLY, {}, staff)).errors).toBeUndefined();
    await updateUser(api, staff.id, 'role: STAFF');
    expect((await api.graphql(ADMIN_ONLY, {}, staff)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('applies a change of linked contact at once: a president sees the groups they now are', async () => {
    const crm = crmFixtures(api);
    const commune = await crm.communeId('21231');
    const contact = await crm.contact('Nathalie', 'Koenders', commune);
    const group = await crm.countryGroup('Groupe-pays Japon', ['JP']);
    await crm.addMembers(group, [commune]);
    await crm.officer(group, contact, 'PRESIDENT');
    const president = await api.userWithRole('GROUP_PRESIDENT');
    const groups = '{ groups { totalCount } }';
    expect((await api.graphql(groups, {}, president)).data).toEqual({ groups: { totalCount: 0 } });
    await updateUser(api, president.id, 'linkedContactId: $contact', { contact });
    expect((await api.graphql(groups, {}, president)).data).toEqual({ groups: { totalCount: 1 } });
  });

  it('ends every session of a user whose password an administrator resets', async () => {
    const staff = await api.userWithRole('STAFF');
    const otherBrowser = (await api.signIn(staff.email, 'a long enough password'))!;
    await statements(api, NOTHING, staff);
    expect(await statements(api, NOTHING, staff)).toEqual([]);
    await updateUser(api, staff.id, 'password: "a brand new password"');
    expect(unauthenticated(await api.graphql(LIST, {}, staff)).code).toBe('UNAUTHENTICATED');
    expect(unauthenticated(await api.graphql(LIST, {}, otherBrowser)).code).toBe('UNAUTHENTICATED');
    expect(await api.signIn(staff.email, 'a brand new password')).not.toBeNull();
  });

  it('forgets a session or a token when it expires', async () => {
    const staff = await api.userWithRole('STAFF');
    await api.dataSource.query(`UPDATE sessions SET expires_at = now() + interval '10 seconds' WHERE user_id = $1`, [staff.id]);
    const { token } = await api.apiToken(['collectivities:read'], new Date(Date.now() + 10_000));
    for (const credentials of [staff, { token }]) {
      await statements(api, NOTHING, credentials);
      expect(await statements(api, NOTHING, credentials)).toEqual([]);
    }
    clockAhead(11_000);
    expect(unauthenticated(await api.graphql(LIST, {}, staff))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Your session has expired: sign in again.',
    });
    expect(unauthenticated(await api.graphql(LIST, {}, { token }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This API token has expired.',
    });
  });

  it('records a token’s use from memory with the others, not with a statement of its own', async () => {
    const { token, id } = await api.apiToken(['collectivities:read']);
    await statements(api, NOTHING, { token });
    const [first] = await api.dataSource.query('SELECT last_used_at FROM api_tokens WHERE id = $1', [id]);
    clockAhead(61_000);
    expect(await statements(api, NOTHING, { token })).toEqual([]);
    await api.app.get(ApiTokensService).flushUses();
    const [later] = await api.dataSource.query('SELECT last_used_at FROM api_tokens WHERE id = $1', [id]);
    expect(later.last_used_at.getTime()).toBeGreaterThanOrEqual(first.last_used_at.getTime() + 60_000);
  });

  it('reads the database while it is not listening for changes, and remembers again once it is', async () => {
    const cache = api.app.get(AuthCache);
    const staff = await api.userWithRole('STAFF');
    await statements(api, NOTHING, staff);
    expect(await statements(api, NOTHING, staff)).toEqual([]);
    await api.dataSource.query('SELECT pg_terminate_backend($1)', [cache.listenerProcessId]);
    await until(() => !cache.serving);
    expect(await statements(api, NOTHING, staff)).not.toEqual([]);
    expect(await statements(api, NOTHING, staff)).not.toEqual([]);
    await until(() => cache.serving);
    await statements(api, NOTHING, staff);
    expect(await statements(api, NOTHING, staff)).toEqual([]);
  });
});

describe('two processes on one database', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({}, [], { databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('refuses on one a token revoked on the other, on the very next request', async () => {
    const { token, id } = await first.apiToken(['collectivities:read']);
    await statements(second, NOTHING, { token });
    expect(await statements(second, NOTHING, { token })).toEqual([]);
    const revoked = await first.graphql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id });
    expect(revoked.errors).toBeUndefined();
    expect(unauthenticated(await second.graphql(LIST, {}, { token }))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'This API token was revoked.',
    });
  });

  it('refuses on one a user deactivated, or a session ended, on the other', async () => {
    const staff = await first.userWithRole('STAFF');
    await statements(second, NOTHING, staff);
    expect(await statements(second, NOTHING, staff)).toEqual([]);
    await updateUser(first, staff.id, 'active: false');
    expect(unauthenticated(await second.graphql(LIST, {}, staff)).code).toBe('UNAUTHENTICATED');

    const other = await first.userWithRole('STAFF');
    await statements(second, NOTHING, other);
    expect(await statements(second, NOTHING, other)).toEqual([]);
    await first.graphql('mutation { signOut }', {}, other);
    expect(unauthenticated(await second.graphql(LIST, {}, other)).code).toBe('UNAUTHENTICATED');
  });
});

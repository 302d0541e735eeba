import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TEST_ADMIN, type TestApp } from './support/test-app.js';

const ME = '{ me { email role } }';
const LIST = '{ collectivities(page: { limit: 1 }) { totalCount } }';

describe('signing in, sessions, passwords and API tokens', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });
  /** The version an administrator would have read before editing the user. */
  const userVersion = async (id: string) =>
    (await api.dataSource.query('SELECT version FROM users WHERE id = $1', [id]))[0].version as number;

  it('refuses anonymous calls and a forged session or token', async () => {
    expect((await api.graphql(LIST, {}, { anonymous: true })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const forgedCookie = await api.graphql(LIST, {}, { cookie: 'territoria_session=forged-value' });
    expect(forgedCookie.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const forgedToken = await api.graphql(LIST, {}, { token: 'trt_forged' });
    expect(forgedToken.errors?.[0]).toMatchObject({ message: 'Unknown API token.', extensions: { code: 'UNAUTHENTICATED' } });
    const jwtLike = await api.graphql(LIST, {}, { token: 'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiQURNSU4ifQ.' });
    expect(jwtLike.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('signs in with an httpOnly cookie, tells who is signed in, and signs out for good', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "ADMIN@test.local", password: "${TEST_ADMIN.password}") { role } }`,
      }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/territoria_session=[\w-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    expect((await api.graphql(ME, {}, { cookie })).data).toEqual({ me: { email: TEST_ADMIN.email, role: 'ADMIN' } });
    await api.graphql('mutation { signOut }', {}, { cookie });
    expect((await api.graphql(ME, {}, { cookie })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await api.graphql(
      'mutation { signIn(email: "admin@test.local", password: "nope") { id } }',
      {},
      { anonymous: true },
    );
    const unknown = await api.graphql(
      'mutation { signIn(email: "nobody@test.local", password: "nope") { id } }',
      {},
      { anonymous: true },
    );
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('rate-limits password guessing on one account', async () => {
    const attempts = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      attempts.push(
        await api.graphql('mutation { signIn(email: "target@test.local", password: "guess") { id } }', {}, { anonymous: true }),
      );
    }
    expect(attempts.slice(0, 5).every((attempt) => attempt.errors?.[0]?.extensions.code === 'UNAUTHENTICATED')).toBe(true);
    expect(attempts[6]?.errors?.[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('ends access when an account is deactivated, without touching anything else', async () => {
    const staff = await api.userWithRole('STAFF');
    expect((await api.graphql(LIST, {}, staff)).errors).toBeUndefined();
    const deactivate = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { active: false, version: $v }) { active } }',
      { id: staff.id, v: await userVersion(staff.id) },
    );
    expect(deactivate.data).toEqual({ updateUser: { active: false } });
    expect((await api.graphql(LIST, {}, staff)).errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('changes one’s own password: the old one stops working, other browsers are signed out', async () => {
    const staff = await api.userWithRole('STAFF');
    const otherBrowser = await api.signIn(staff.email, 'a long enough password');
    const wrongCurrent = await api.graphql(
      'mutation { changeMyPassword(currentPassword: "bad", newPassword: "another long password") }',
      {},
      staff,
    );
    expect(wrongCurrent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const tooShort = await api.graphql(
      'mutation { changeMyPassword(currentPassword: "a long enough password", newPassword: "short") }',
      {},
      staff,
    );
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await api.graphql(
      'mutation { changeMyPassword(currentPassword: "a long enough password", newPassword: "another long password") }',
      {},
      staff,
    );
    expect(changed.data).toEqual({ changeMyPassword: true });
    expect(await api.signIn(staff.email, 'a long enough password')).toBeNull();
    expect(await api.signIn(staff.email, 'another long password')).not.toBeNull();
    expect((await api.graphql(ME, {}, otherBrowser!)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(ME, {}, staff)).errors).toBeUndefined();
  });

  it('edits one field of a user without touching the others, and keeps an administrator', async () => {
    const staff = await api.userWithRole('STAFF');
    const renamed = await api.graphql<{ updateUser: Record<string, unknown> }>(
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { displayName: "Camille R.", version: $v }) { email displayName role active } }',
      { id: staff.id, v: await userVersion(staff.id) },
    );
    expect(renamed.data!.updateUser).toEqual({ email: staff.email, displayName: 'Camille R.', role: 'STAFF', active: true });
    const [admin] = await api.dataSource.query(`SELECT id FROM users WHERE email = 'admin@test.local'`);
    const selfLockout = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { active: false, version: $v }) { id } }',
      { id: admin.id, v: await userVersion(admin.id) },
    );
    expect(selfLockout.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
    const otherAdmin = await api.userWithRole('ADMIN');
    const demoteLast = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { role: STAFF, version: $v }) { id } }',
      { id: admin.id, v: await userVersion(admin.id) },
      otherAdmin,
    );
    expect(demoteLast.errors).toBeUndefined();
    const lastOne = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { role: STAFF, version: $v }) { id } }',
      { id: otherAdmin.id, v: await userVersion(otherAdmin.id) },
      otherAdmin,
    );
    expect(lastOne.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    await api.dataSource.query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [admin.id]);
  });

  it('signs out even with an expired session, clearing the cookie', async () => {
    const staff = await api.userWithRole('STAFF');
    await api.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [staff.id]);
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: staff.cookie },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(await response.json()).toEqual({ data: { signOut: true } });
    expect(response.headers.get('set-cookie')).toMatch(/territoria_session=;/);
  });

  it('lets an ADMIN manage users, and never shows a password hash', async () => {
    const created = await api.graphql<{ createUser: Record<string, unknown> }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active version } }',
      {
        input: {
          email: 'Claire.Guichard@Example.org',
          displayName: 'Claire Guichard',
          role: 'STAFF',
          password: 'twelve chars ok',
        },
      },
    );
    expect(created.data!.createUser).toMatchObject({ email: 'claire.guichard@example.org', role: 'STAFF', active: true });
    const duplicate = await api.graphql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: 'claire.guichard@example.org', displayName: 'Again', role: 'STAFF', password: 'twelve chars ok' },
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'email' });
    const hashField = await api.graphql('{ users { nodes { passwordHash } } }');
    expect(hashField.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const list = await api.graphql<{ users: { totalCount: number } }>('{ users(filter: { roles: [STAFF] }) { totalCount } }');
    expect(list.data!.users.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('creates an API token shown once, records its use, and stops it when revoked or expired', async () => {
    const created = await api.graphql<{
      createApiToken: { secret: string; token: { id: string; prefix: string; scopes: string[] } };
    }>(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id prefix scopes lastUsedAt } } }',
      { input: { name: 'Site web', scopes: ['collectivities:read'], expiresAt: new Date(Date.now() + 3_600_000).toISOString() } },
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret.startsWith(token.prefix)).toBe(true);
    const [stored] = await api.dataSource.query('SELECT * FROM api_tokens WHERE id = $1', [token.id]);
    expect(JSON.stringify(stored)).not.toContain(secret);

    const read = await api.graphql<{ collectivities: { totalCount: number } }>(LIST, {}, { token: secret });
    expect(read.data!.collectivities.totalCount).toBeGreaterThan(36_000);
    const [used] = await api.dataSource.query('SELECT last_used_at FROM api_tokens WHERE id = $1', [token.id]);
    expect(used.last_used_at).not.toBeNull();
    const write = await api.graphql(
      'mutation { createCollectivity(input: { name: "x", kind: COMMUNE }) { id } }',
      {},
      { token: secret },
    );
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const noSecretList = await api.graphql<{ apiTokens: { nodes: Record<string, unknown>[] } }>(
      '{ apiTokens { nodes { id prefix } } }',
    );
    expect(JSON.stringify(noSecretList.data)).not.toContain(secret);

    await api.graphql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: token.id });
    expect((await api.graphql(LIST, {}, { token: secret })).errors?.[0]).toMatchObject({
      message: 'This API token was revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses bad token input: no scope, an unknown scope, an expiry in the past', async () => {
    const create = (input: Record<string, unknown>) =>
      api.graphql('mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }', { input });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const tokens = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM api_tokens'))[0].n);
    const before = await tokens();
    expect((await create({ name: 'x', scopes: [], expiresAt: future })).errors?.[0]?.extensions.field).toBe('scopes');
    expect((await create({ name: 'x', scopes: ['users:write'], expiresAt: future })).errors?.[0]?.extensions.field).toBe(
      'scopes',
    );
    expect(
      (await create({ name: 'x', scopes: ['events:read'], expiresAt: '2001-01-01T00:00:00Z' })).errors?.[0]?.extensions.field,
    ).toBe('expiresAt');
    expect(await tokens()).toBe(before);
  });
});

import { describe, expect, it, jest } from '@jest/globals';
import { HttpError } from 'react-admin';
import { fakeUser } from '../../test/fakeAuth';
import { createI18nProvider } from '../i18n/i18nProvider';
import { canRoleAccess, createAuthProvider, type Me } from './authProvider';
import { toReactAdminError } from './errors';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

type Answer = { data?: unknown; errors?: unknown[] } | Error | { status: number; body: unknown };

/** A fake /graphql: answers in order, and records what the console sent. */
function fakeApi(...answers: Answer[]) {
  const calls: { url: string; init: RequestInit; query: string; variables: Record<string, unknown> }[] = [];
  const fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables: Record<string, unknown> };
    calls.push({ url: String(url), init: init!, query, variables });
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request: ${query}`);
    if (answer instanceof Error) throw answer;
    if ('status' in answer) return new Response(JSON.stringify(answer.body), { status: answer.status });
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  const authProvider = createAuthProvider({ translate, fetch: fetch as unknown as typeof globalThis.fetch });
  return { authProvider, fetch, calls };
}

const refusal = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
  data: null,
  errors: [{ message, extensions: { code, ...extra } }],
});

const staff: Me = fakeUser('STAFF', { displayName: 'Marie Curie', email: 'marie@territoria.test' });

describe('authProvider.login', () => {
  it('signs in with the email and password, with the session cookie (same origin), and remembers the user', async () => {
    const { authProvider, calls } = fakeApi({ data: { signIn: staff } });
    await authProvider.login({ username: ' marie@territoria.test ', password: 'correct horse battery' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/graphql');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.query).toContain('signIn(email: $email, password: $password)');
    expect(calls[0]!.variables).toEqual({ email: 'marie@territoria.test', password: 'correct horse battery' });
    // no `me` request afterwards: the answer to signIn is the user
    await authProvider.checkAuth({});
    await expect(authProvider.getPermissions!({})).resolves.toBe('STAFF');
    await expect(authProvider.getIdentity!()).resolves.toMatchObject({ id: staff.id, fullName: 'Marie Curie' });
    expect(calls).toHaveLength(1);
  });

  it('says a wrong email or password in French', async () => {
    const { authProvider } = fakeApi(refusal('UNAUTHENTICATED', 'Wrong email or password.', { reason: 'WRONG_CREDENTIALS' }));
    const failure = authProvider.login({ username: 'marie@territoria.test', password: 'nope' });
    await expect(failure).rejects.toBeInstanceOf(HttpError);
    await expect(failure).rejects.toMatchObject({ message: 'Adresse électronique ou mot de passe incorrect.', status: 401 });
  });

  it('says too many attempts in French, with the wait the API asks for', async () => {
    const { authProvider } = fakeApi(
      refusal('TOO_MANY_REQUESTS', 'Too many sign-in attempts: try again in 42 seconds.', {
        reason: 'SIGN_IN_RATE_LIMITED',
        retryAfterSeconds: 42,
      }),
      refusal('TOO_MANY_REQUESTS', 'Too many attempts: wait a minute and try again.'),
    );
    await expect(authProvider.login({ username: 'a@b.fr', password: 'x' })).rejects.toMatchObject({
      message: 'Trop de tentatives de connexion : réessayez dans 42 secondes.',
      status: 429,
    });
    await expect(authProvider.login({ username: 'a@b.fr', password: 'x' })).rejects.toMatchObject({
      message: 'Trop de tentatives : patientez une minute puis réessayez.',
    });
  });

  it('says the server does not answer when the network fails', async () => {
    const { authProvider } = fakeApi(new TypeError('Failed to fetch'));
    await expect(authProvider.login({ username: 'a@b.fr', password: 'x' })).rejects.toMatchObject({
      message: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    });
  });
});

describe('authProvider.checkAuth', () => {
  it('asks `me` once, then answers from the cache', async () => {
    const { authProvider, calls } = fakeApi({ data: { me: staff } });
    await authProvider.checkAuth({});
    await authProvider.checkAuth({});
    await expect(authProvider.getPermissions!({})).resolves.toBe('STAFF');
    await expect(authProvider.getIdentity!()).resolves.toEqual({
      id: staff.id,
      fullName: 'Marie Curie',
      email: 'marie@territoria.test',
      role: 'STAFF',
    });
    expect(calls.map((call) => call.query)).toEqual([expect.stringContaining('me {')]);
  });

  it('rejects a visitor without a session, silently (react-admin shows the sign-in page)', async () => {
    const { authProvider } = fakeApi(
      refusal('UNAUTHENTICATED', 'Sign in first, or send a valid API token.', { reason: 'NOT_SIGNED_IN' }),
    );
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('rejects an expired session, saying so in French', async () => {
    const { authProvider } = fakeApi(
      refusal('UNAUTHENTICATED', 'Your session has expired: sign in again.', { reason: 'SESSION_EXPIRED' }),
    );
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: 'Votre session a expiré : reconnectez-vous.' });
  });

  it('does not cache a failure: the next check asks again', async () => {
    const { authProvider, calls } = fakeApi(refusal('UNAUTHENTICATED', 'Sign in first.', { reason: 'NOT_SIGNED_IN' }), {
      data: { me: staff },
    });
    await expect(authProvider.checkAuth({})).rejects.toBeDefined();
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('has no permissions and no access when signed out', async () => {
    const { authProvider } = fakeApi(
      refusal('UNAUTHENTICATED', 'Sign in first.', { reason: 'NOT_SIGNED_IN' }),
      refusal('UNAUTHENTICATED', 'Sign in first.', { reason: 'NOT_SIGNED_IN' }),
    );
    await expect(authProvider.getPermissions!({})).resolves.toBeUndefined();
    await expect(authProvider.canAccess!({ resource: 'collectivities', action: 'list' } as never)).resolves.toBe(false);
  });
});

describe('authProvider.logout', () => {
  it('signs out and forgets the user: the next check asks the API again', async () => {
    const { authProvider, calls } = fakeApi(
      { data: { signIn: staff } },
      { data: { signOut: true } },
      refusal('UNAUTHENTICATED', 'Sign in first.', { reason: 'NOT_SIGNED_IN' }),
    );
    await authProvider.login({ username: 'marie@territoria.test', password: 'correct horse battery' });
    await authProvider.logout({});
    expect(calls[1]!.query).toContain('signOut');
    await expect(authProvider.checkAuth({})).rejects.toEqual({ message: false });
    expect(calls).toHaveLength(3);
  });

  it('resolves even when the session had already expired on the server', async () => {
    const { authProvider } = fakeApi(
      { data: { me: staff } },
      refusal('UNAUTHENTICATED', 'Your session has expired: sign in again.', { reason: 'SESSION_EXPIRED' }),
    );
    await authProvider.checkAuth({});
    await expect(authProvider.logout({})).resolves.toBeUndefined();
  });

  it('does not call the API when nobody is signed in', async () => {
    const { authProvider, calls } = fakeApi();
    await authProvider.logout({});
    expect(calls).toHaveLength(0);
  });
});

describe('authProvider.checkError', () => {
  const apiError = (code: string, message: string, parts: Record<string, unknown> = {}) =>
    toReactAdminError(
      new HttpError('Apollo error', 200, { graphQLErrors: [{ message, extensions: { code, ...parts } }] }),
      translate,
    );

  it('signs the user out on UNAUTHENTICATED (401), with the French reason', async () => {
    const { authProvider } = fakeApi();
    const error = apiError('UNAUTHENTICATED', 'Your session has expired: sign in again.', { reason: 'SESSION_EXPIRED' });
    expect(error.status).toBe(401);
    await expect(authProvider.checkError(error)).rejects.toEqual({
      message: 'Votre session a expiré : reconnectez-vous.',
      logoutUser: true,
    });
    await expect(authProvider.checkError({ status: 401 })).rejects.toMatchObject({ logoutUser: true });
  });

  it('keeps the user signed in on FORBIDDEN (403) and on other errors', async () => {
    const { authProvider } = fakeApi();
    const forbidden = apiError('FORBIDDEN', 'Your role (STAFF) does not allow this.', {
      reason: 'ROLE_NOT_ALLOWED',
      role: 'STAFF',
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toBe(
      'Votre rôle ne vous permet pas de faire cela : adressez-vous à un administrateur si vous en avez besoin.',
    );
    await expect(authProvider.checkError(forbidden)).resolves.toBeUndefined();
    await expect(authProvider.checkError(apiError('CONFLICT', 'stale'))).resolves.toBeUndefined();
    await expect(authProvider.checkError(new Error('boom'))).resolves.toBeUndefined();
  });
});

describe('authProvider.changePassword', () => {
  it('sends the current and the new password', async () => {
    const { authProvider, calls } = fakeApi({ data: { changeMyPassword: true } });
    await authProvider.changePassword({ currentPassword: 'old password 1', newPassword: 'new password 12' });
    expect(calls[0]!.query).toContain('changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)');
    expect(calls[0]!.variables).toEqual({ currentPassword: 'old password 1', newPassword: 'new password 12' });
  });

  it('puts a wrong current password under its field, in French', async () => {
    const { authProvider } = fakeApi(
      refusal('BAD_USER_INPUT', 'Invalid input', {
        fields: [{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'The current password is wrong.' }],
      }),
    );
    await expect(authProvider.changePassword({ currentPassword: 'x', newPassword: 'new password 12' })).rejects.toMatchObject({
      status: 400,
      body: { errors: { currentPassword: 'Le mot de passe actuel est incorrect.' } },
    });
  });
});

describe('permissions by role', () => {
  it('gives ADMIN everything, STAFF the collectivities, a group president read-only collectivities', () => {
    expect(canRoleAccess('ADMIN', 'users', 'list')).toBe(true);
    expect(canRoleAccess('ADMIN', 'users', 'delete')).toBe(false); // users are deactivated, never deleted
    expect(canRoleAccess('ADMIN', 'apiTokens', 'create')).toBe(true);
    expect(canRoleAccess('ADMIN', 'auditEntries', 'list')).toBe(true);
    expect(canRoleAccess('STAFF', 'collectivities', 'edit')).toBe(true);
    expect(canRoleAccess('STAFF', 'collectivities', 'delete')).toBe(true);
    expect(canRoleAccess('STAFF', 'history', 'list')).toBe(true);
    expect(canRoleAccess('STAFF', 'users', 'list')).toBe(false);
    expect(canRoleAccess('STAFF', 'auditEntries', 'list')).toBe(false);
    expect(canRoleAccess('GROUP_PRESIDENT', 'collectivities', 'list')).toBe(true);
    expect(canRoleAccess('GROUP_PRESIDENT', 'collectivities', 'show')).toBe(true);
    for (const action of ['create', 'edit', 'delete', '*']) {
      expect(canRoleAccess('GROUP_PRESIDENT', 'collectivities', action)).toBe(false);
    }
    expect(canRoleAccess('GROUP_PRESIDENT', 'history', 'list')).toBe(false);
    expect(canRoleAccess(undefined, 'collectivities', 'list')).toBe(false);
  });

  it('lets ADMIN alone export or erase a person; STAFF manage contacts and groups; a group president only read them', () => {
    for (const action of ['exportData', 'erase', 'merge', 'export', 'create', 'edit']) {
      expect(canRoleAccess('ADMIN', 'contacts', action)).toBe(true);
    }
    expect(canRoleAccess('STAFF', 'contacts', 'exportData')).toBe(false);
    expect(canRoleAccess('STAFF', 'contacts', 'erase')).toBe(false);
    for (const action of ['list', 'show', 'create', 'edit', 'export', 'merge']) {
      expect(canRoleAccess('STAFF', 'contacts', action)).toBe(true);
    }
    for (const resource of ['countryGroups', 'thematicGroups', 'groupMembers', 'groupOffices', 'positions', 'cooperations']) {
      expect(canRoleAccess('STAFF', resource, 'create')).toBe(true);
      expect(canRoleAccess('GROUP_PRESIDENT', resource, 'create')).toBe(false);
      expect(canRoleAccess('GROUP_PRESIDENT', resource, 'edit')).toBe(false);
    }
    expect(canRoleAccess('GROUP_PRESIDENT', 'contacts', 'list')).toBe(true);
    expect(canRoleAccess('GROUP_PRESIDENT', 'contacts', 'show')).toBe(true);
    // a page at a time: no bulk export of personal data
    expect(canRoleAccess('GROUP_PRESIDENT', 'contacts', 'export')).toBe(false);
    expect(canRoleAccess('GROUP_PRESIDENT', 'countryGroups', 'list')).toBe(true);
    expect(canRoleAccess('GROUP_PRESIDENT', 'groupMembers', 'list')).toBe(true);
  });

  it('canAccess answers for the signed-in role', async () => {
    const { authProvider } = fakeApi({ data: { me: fakeUser('GROUP_PRESIDENT') } });
    await expect(authProvider.canAccess!({ resource: 'collectivities', action: 'show' } as never)).resolves.toBe(true);
    await expect(authProvider.canAccess!({ resource: 'collectivities', action: 'edit' } as never)).resolves.toBe(false);
  });
});

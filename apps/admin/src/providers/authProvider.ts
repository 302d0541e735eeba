import type { Role as SchemaRole, User } from '@territoria/client';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { CONSOLE_RESOURCES } from '../resources';
import type { Access } from '../resources/consoleResource';
import { errorCodeOf, errorReasonOf, toReactAdminError, type Translate } from './errors';

/**
 * Sign-in with the API's session cookie (httpOnly, set by `signIn`, sent back by the browser on
 * every same-origin request: the console never sees it).
 *
 *   login          → mutation signIn(email, password)
 *   logout         → mutation signOut
 *   checkAuth      → query me, cached for the session (one request per page load, not per page)
 *   checkError     → signs the user out on UNAUTHENTICATED (401), not on FORBIDDEN (403)
 *   getIdentity    → the signed-in user (fullName: displayName)
 *   getPermissions → their role: ADMIN, STAFF or GROUP_PRESIDENT
 *   canAccess      → what the role may do with a resource (menus, buttons and pages follow it)
 *
 * Plus `changePassword(currentPassword, newPassword)` for the "Changer mon mot de passe" page.
 * Every failure is an HttpError with a message in the console's language (see errors.ts).
 */

export const ROLES = ['ADMIN', 'STAFF', 'GROUP_PRESIDENT'] as const satisfies readonly SchemaRole[];
export type Role = SchemaRole;

/** The signed-in user, as `me` and `signIn` answer it (ME_FIELDS). */
export type Me = Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'active' | 'linkedContactId' | 'lastSignInAt' | 'version'>;

const ME_FIELDS = 'id email displayName role active linkedContactId lastSignInAt version';

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${ME_FIELDS} } }`;
export const SIGN_OUT = 'mutation SignOut { signOut }';
export const ME = `query Me { me { ${ME_FIELDS} } }`;
export const CHANGE_MY_PASSWORD =
  'mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) { changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) }';

/**
 * What each role may do in the console, by resource: each resource folder says it (its
 * `access`), this gathers them (the API enforces the same rules: this only keeps the console
 * from offering what would be refused).
 */
export const ACCESS: Record<Role, Record<string, Access>> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    Object.fromEntries(
      CONSOLE_RESOURCES.flatMap((resource) => {
        const access = resource.access[role];
        return access ? [[resource.name, access]] : [];
      }),
    ),
  ]),
) as Record<Role, Record<string, Access>>;

export function canRoleAccess(role: string | undefined, resource: string, action: string): boolean {
  const rules = ACCESS[role as Role];
  if (!rules) return false;
  // react-admin asks for "*" when it needs every action of a resource
  const allowed = rules[resource];
  if (!allowed) return false;
  if (allowed === '*') return true;
  return action !== '*' && allowed.includes(action);
}

export interface AuthProviderOptions {
  /** The console's translate function: error messages are shown as they are. */
  translate: Translate;
  uri?: string;
  fetch?: typeof fetch;
}

export interface TerritoriaAuthProvider extends AuthProvider {
  changePassword(params: { currentPassword: string; newPassword: string }): Promise<void>;
  /** The cached user, if any (for tests and diagnostics). */
  cachedUser(): Me | undefined;
}

export function createAuthProvider({
  translate,
  uri = '/graphql',
  fetch: fetchImplementation,
}: AuthProviderOptions): TerritoriaAuthProvider {
  const doFetch = fetchImplementation ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  /** The signed-in user, read once per session (page load or sign-in). */
  let me: Promise<Me> | undefined;
  let current: Me | undefined;

  async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(uri, {
        method: 'POST',
        // the session cookie: same origin only
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw toReactAdminError(error, translate);
    }
    let body: { data?: T | null; errors?: unknown[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = undefined;
    }
    if (body?.errors && body.errors.length > 0) throw toReactAdminError({ graphQLErrors: body.errors }, translate);
    if (!response.ok || !body?.data)
      throw toReactAdminError({ status: response.status || undefined, message: response.statusText }, translate);
    return body.data;
  }

  function remember(user: Me): Me {
    current = user;
    me = Promise.resolve(user);
    return user;
  }

  function forget() {
    current = undefined;
    me = undefined;
  }

  function getMe(): Promise<Me> {
    if (!me) {
      const pending = request<{ me: Me }>(ME).then(({ me: user }) => remember(user));
      me = pending;
      // a failed read is not cached: the next check asks again
      pending.catch(() => {
        if (me === pending) forget();
      });
    }
    return me;
  }

  const isUnauthenticated = (error: unknown) =>
    errorCodeOf(error) === 'UNAUTHENTICATED' || (error as { status?: number } | null)?.status === 401;

  return {
    async login({ username, email, password }: { username?: string; email?: string; password?: string }) {
      forget();
      const { signIn } = await request<{ signIn: Me }>(SIGN_IN, {
        email: String(email ?? username ?? '').trim(),
        password: String(password ?? ''),
      });
      remember(signIn);
    },

    async logout() {
      const wasSignedIn = current !== undefined;
      forget();
      if (!wasSignedIn) return; // nothing to close (e.g. the session had already expired)
      try {
        await request(SIGN_OUT);
      } catch {
        // an expired session is closed already: the sign-in page is where the user goes anyway
      }
    },

    async checkAuth() {
      try {
        await getMe();
      } catch (error) {
        if (isUnauthenticated(error)) {
          // react-admin goes to the sign-in page: a visitor who never signed in needs no message
          // there, one whose session expired (or whose account was deactivated) is told why.
          const reason = errorReasonOf(error);
          throw { message: reason && reason !== 'NOT_SIGNED_IN' ? (error as Error).message : false };
        }
        throw error;
      }
    },

    async checkError(error: unknown) {
      if (isUnauthenticated(error)) {
        // the notification shows the French reason (session expired, account deactivated…)
        const message = (error as { message?: string } | null)?.message;
        throw { message: message || translate('territoria.errors.codes.UNAUTHENTICATED'), logoutUser: true };
      }
      // FORBIDDEN (403) and the others: the page says so, the user stays signed in
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = await getMe();
      return { id: user.id, fullName: user.displayName, email: user.email, role: user.role };
    },

    async getPermissions() {
      try {
        return (await getMe()).role;
      } catch {
        return undefined;
      }
    },

    async canAccess({ resource, action }: { resource: string; action: string }) {
      try {
        return canRoleAccess((await getMe()).role, resource, action);
      } catch {
        return false;
      }
    },

    async changePassword({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) {
      await request(CHANGE_MY_PASSWORD, { currentPassword, newPassword });
    },

    cachedUser: () => current,
  };
}

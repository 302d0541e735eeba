import type { AuthProvider, UserIdentity } from 'react-admin';
import { errorCodeOf, toReactAdminError, type Translate } from './errors';

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

export const ROLES = ['ADMIN', 'STAFF', 'GROUP_PRESIDENT'] as const;
export type Role = (typeof ROLES)[number];

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  active: boolean;
  linkedContactId: string | null;
  lastSignInAt: string | null;
  version: number;
}

const ME_FIELDS = 'id email displayName role active linkedContactId lastSignInAt version';

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { ${ME_FIELDS} } }`;
export const SIGN_OUT = 'mutation SignOut { signOut }';
export const ME = `query Me { me { ${ME_FIELDS} } }`;
export const CHANGE_MY_PASSWORD =
  'mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) { changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) }';

type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | string;

/**
 * What each role may do in the console, by resource (the API enforces the same rules:
 * this only keeps the console from offering what would be refused).
 */
export const ACCESS: Record<Role, Record<string, readonly Action[] | '*'>> = {
  ADMIN: {
    collectivities: '*',
    // '*' includes exporting a person's data as JSON ("exportData") and erasing them ("erase")
    contacts: '*',
    positions: '*',
    groups: '*',
    countryGroups: '*',
    thematicGroups: '*',
    groupMembers: '*',
    groupOffices: '*',
    cooperations: '*',
    users: ['list', 'create', 'edit'],
    apiTokens: ['list', 'create', 'revoke'],
    auditEntries: ['list', 'export'],
    history: ['list'],
    partners: '*',
    partnerships: '*',
    membershipFees: ['list', 'export', 'generate', 'pay', 'waive'],
    feeScales: ['list', 'edit'],
    letterhead: ['list', 'edit'],
    // the Rencontres
    events: '*',
    eventSessions: '*',
    labelAwards: '*',
    participations: ['list', 'create', 'edit', 'delete', 'export', 'checkIn', 'import'],
  },
  STAFF: {
    collectivities: '*',
    contacts: ['list', 'show', 'create', 'edit', 'export', 'merge'],
    positions: '*',
    groups: '*',
    countryGroups: '*',
    thematicGroups: '*',
    groupMembers: '*',
    groupOffices: '*',
    cooperations: '*',
    history: ['list'],
    partners: '*',
    partnerships: '*',
    membershipFees: ['list', 'export', 'generate', 'pay', 'waive'],
    // the Rencontres
    events: '*',
    eventSessions: '*',
    labelAwards: '*',
    participations: ['list', 'create', 'edit', 'delete', 'export', 'checkIn', 'import'],
  },
  /** Read-only, and only their groups, those groups' members and the members' contacts (the API narrows). */
  GROUP_PRESIDENT: {
    collectivities: ['list', 'show', 'export'],
    // a page at a time (50 at most): no bulk export of personal data
    contacts: ['list', 'show'],
    groups: ['list', 'show'],
    countryGroups: ['list', 'show'],
    thematicGroups: ['list', 'show'],
    groupMembers: ['list'],
    groupOffices: ['list'],
    cooperations: ['list'],
    // their members' participations, read-only: no registration, export, check-in or import
    participations: ['list'],
  },
};

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
          const message = (error as Error).message;
          const generic = translate('territoria.errors.codes.UNAUTHENTICATED');
          throw { message: message && message !== generic ? message : false };
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

import { createI18nProvider } from '../src/i18n/i18nProvider';
import { createAuthProvider, type Me, type Role } from '../src/providers/authProvider';

/** A user as `me` answers it. */
export const fakeUser = (role: Role, overrides: Partial<Me> = {}): Me => ({
  id: `u-${role.toLowerCase()}`,
  email: `${role.toLowerCase()}@territoria.test`,
  displayName: { ADMIN: 'Alice Admin', STAFF: 'Sam Staff', GROUP_PRESIDENT: 'Gaston Président' }[role],
  role,
  active: true,
  linkedContactId: null,
  lastSignInAt: null,
  version: 1,
  ...overrides,
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/**
 * The real authProvider over a fake API that has `role` signed in: component tests render the
 * whole App with the menus and buttons of that role.
 */
export function signedInAs(role: Role, answer?: (query: string, variables: Record<string, unknown>) => unknown) {
  const i18n = createI18nProvider('fr');
  const user = fakeUser(role);
  return createAuthProvider({
    translate: (key, options) => i18n.translate(key, options),
    fetch: async (_url, init) => {
      const { query, variables } = JSON.parse(String(init?.body ?? '{}')) as {
        query: string;
        variables: Record<string, unknown>;
      };
      if (query.includes('me {')) return json({ data: { me: user } });
      if (query.includes('signOut')) return json({ data: { signOut: true } });
      if (answer) return json(answer(query, variables));
      return json({ data: null, errors: [{ message: 'not faked', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    },
  });
}

/** The real authProvider over a fake API where nobody is signed in (and sign-in refuses `wrong` passwords). */
export function signedOut() {
  const i18n = createI18nProvider('fr');
  return createAuthProvider({
    translate: (key, options) => i18n.translate(key, options),
    fetch: async (_url, init) => {
      const { query } = JSON.parse(String(init?.body ?? '{}')) as { query: string };
      if (query.includes('signIn')) {
        return json({
          data: null,
          errors: [{ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } }],
        });
      }
      return json({
        data: null,
        errors: [{ message: 'Sign in first, or send a valid API token.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    },
  });
}

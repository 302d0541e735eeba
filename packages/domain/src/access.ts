export const Role = {
  ADMIN: 'ADMIN',
  STAFF: 'STAFF',
  GROUP_PRESIDENT: 'GROUP_PRESIDENT',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

/** What an integration's API token may read. Tokens never write. */
export const API_SCOPES = ['collectivities:read', 'contacts:read', 'contacts:all', 'events:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

export const PASSWORD_MIN_LENGTH = 12;

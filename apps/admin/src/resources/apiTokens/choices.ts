import { API_SCOPES } from '@territoria/domain';

/** "collectivities:read" → the key of its French / English label. */
export const scopeLabelKey = (scope: string) => `territoria.scopes.${scope.replace(/[^A-Za-z0-9]+/g, '_')}`;

/** The scopes a token can be given: the API's apiScopes, from the shared domain package. */
export const SCOPE_CHOICES = API_SCOPES.map((scope) => ({ id: scope, name: scopeLabelKey(scope) }));

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-03-31", local time (what a date input holds). */
export const localDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** A new token lasts a year unless the administrator chooses otherwise. */
export function defaultExpiry(now: Date = new Date()): string {
  return localDate(new Date(now.getFullYear() + 1, now.getMonth(), now.getDate()));
}

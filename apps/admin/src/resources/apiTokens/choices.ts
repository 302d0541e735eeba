import { API_SCOPES } from '@territoria/domain';
import { todayIso } from '../../util/dates';

/** "collectivities:read" → the key of its French / English label. */
export const scopeLabelKey = (scope: string) => `territoria.scopes.${scope.replace(/[^A-Za-z0-9]+/g, '_')}`;

/** The scopes a token can be given: the API's apiScopes, from the shared domain package. */
export const SCOPE_CHOICES = API_SCOPES.map((scope) => ({ id: scope, name: scopeLabelKey(scope) }));

/** A new token lasts a year unless the administrator chooses otherwise. */
export function defaultExpiry(now: Date = new Date()): string {
  return todayIso(new Date(now.getFullYear() + 1, now.getMonth(), now.getDate()));
}

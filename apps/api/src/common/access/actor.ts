import type { ApiScope, Role } from '@territoria/domain';
import type { UnauthenticatedReason } from '../../common/errors/app-errors.js';

/** Who is calling: resolved once per request from the session cookie or the bearer token. */
export type Actor =
  | { kind: 'USER'; userId: string; role: Role; label: string; linkedContactId: string | null; sessionId: string }
  | { kind: 'API_TOKEN'; tokenId: string; scopes: ApiScope[]; label: string }
  | { kind: 'ANONYMOUS' }
  /** A credential was sent but is unknown, expired or revoked: every operation but signing in is refused with this reason. */
  | { kind: 'INVALID'; reason: UnauthenticatedReason }
  /** The application itself: referential import, demo data. */
  | { kind: 'SYSTEM'; label: string };

export const SYSTEM_ACTOR: Actor = { kind: 'SYSTEM', label: 'system' };

export function actorLabel(actor: Actor): string {
  return 'label' in actor ? actor.label : actor.kind.toLowerCase();
}

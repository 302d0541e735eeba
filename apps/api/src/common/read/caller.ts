import { Role, type ApiScope } from '@territoria/domain';
import type { Actor } from '../access/actor.js';

/**
 * Who reads, as the visibility rules need it: the staff see every row, a group president the
 * rows of the groups they preside today, an integration what its scopes allow, nobody else anything.
 */
export interface Caller {
  readonly kind: 'STAFF' | 'PRESIDENT' | 'TOKEN' | 'NONE';
  /** A group president's own contact (null: linked to nobody, so presiding nothing). */
  readonly contactId: string | null;
  readonly scopes: ReadonlySet<ApiScope>;
  readonly actor: Actor;
}

const callers = new WeakMap<Actor, Caller>();

export function callerOf(actor: Actor): Caller {
  let caller = callers.get(actor);
  if (!caller) {
    caller = describe(actor);
    callers.set(actor, caller);
  }
  return caller;
}

function describe(actor: Actor): Caller {
  const none = new Set<ApiScope>();
  switch (actor.kind) {
    case 'SYSTEM':
      return { kind: 'STAFF', contactId: null, scopes: none, actor };
    case 'USER':
      if (actor.role === Role.GROUP_PRESIDENT)
        return { kind: 'PRESIDENT', contactId: actor.linkedContactId, scopes: none, actor };
      return { kind: 'STAFF', contactId: null, scopes: none, actor };
    case 'API_TOKEN':
      return { kind: 'TOKEN', contactId: null, scopes: new Set(actor.scopes), actor };
    default:
      return { kind: 'NONE', contactId: null, scopes: none, actor };
  }
}

export function hasScope(caller: Caller, ...scopes: ApiScope[]): boolean {
  return caller.kind === 'TOKEN' && scopes.some((scope) => caller.scopes.has(scope));
}

import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Role } from '@territoria/domain';
import type { Actor } from './actor.js';
import type { AuthenticatedContext } from './auth-context.js';

/** What a group president may see: the collectivities of the groups they currently preside. */
export interface GroupPresidencySource {
  /** The current members of the groups the contact presides today. */
  collectivityIdsPresidedBy(contactId: string): Promise<string[]>;
  /** The groups the contact presides today. */
  groupIdsPresidedBy(contactId: string): Promise<string[]>;
}

/** Provided by the groups module; until it exists, a president presides nothing and sees nothing. */
export const GROUP_PRESIDENCY_SOURCE = Symbol('GROUP_PRESIDENCY_SOURCE');

/** Everything, or only these ids. */
export type Scope = { all: true } | { all: false; ids: string[] };

const SCOPE_KEYS = { collectivities: 'access-scope.collectivities', groups: 'access-scope.groups' } as const;

/**
 * The one place that narrows what a caller may read. Every module's queries ask it for the
 * caller's scope and filter by it; it is computed once per request.
 */
@Injectable()
export class AccessScopeService {
  constructor(private readonly moduleRef: ModuleRef) {}

  // Looked up across modules: the module that knows group presidencies provides it.
  private get presidencies(): GroupPresidencySource | undefined {
    try {
      return this.moduleRef.get<GroupPresidencySource>(GROUP_PRESIDENCY_SOURCE, { strict: false });
    } catch {
      return undefined;
    }
  }

  /** The collectivities the caller may read: all, or a group president's members. */
  collectivities(context: AuthenticatedContext): Promise<Scope> {
    return this.cached(context, 'collectivities', (source, contactId) => source.collectivityIdsPresidedBy(contactId));
  }

  /** The groups the caller may read: all, or those a group president presides. */
  groups(context: AuthenticatedContext): Promise<Scope> {
    return this.cached(context, 'groups', (source, contactId) => source.groupIdsPresidedBy(contactId));
  }

  private cached(
    context: AuthenticatedContext,
    kind: keyof typeof SCOPE_KEYS,
    narrow: (source: GroupPresidencySource, contactId: string) => Promise<string[]>,
  ): Promise<Scope> {
    const cache = context.loaders as unknown as Map<string, Promise<Scope>>;
    let scope = cache.get(SCOPE_KEYS[kind]);
    if (!scope) {
      scope = this.compute(context.actor, narrow);
      cache.set(SCOPE_KEYS[kind], scope);
    }
    return scope;
  }

  private async compute(actor: Actor, narrow: (source: GroupPresidencySource, contactId: string) => Promise<string[]>): Promise<Scope> {
    if (actor.kind !== 'USER' || actor.role !== Role.GROUP_PRESIDENT) return { all: true };
    const source = this.presidencies;
    if (!actor.linkedContactId || !source) return { all: false, ids: [] };
    return { all: false, ids: await narrow(source, actor.linkedContactId) };
  }
}

import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Role } from '@territoria/domain';
import type { Actor } from './actor.js';
import type { AuthenticatedContext } from './auth-context.js';

/** What a group president may see: the collectivities of the groups they currently preside. */
export interface GroupPresidencySource {
  collectivityIdsPresidedBy(contactId: string): Promise<string[]>;
}

/** Provided by the groups module; until it exists, a president presides nothing and sees nothing. */
export const GROUP_PRESIDENCY_SOURCE = Symbol('GROUP_PRESIDENCY_SOURCE');

/** Everything, or only these ids. */
export type Scope = { all: true } | { all: false; ids: string[] };

const SCOPE_KEY = 'access-scope.collectivities';

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

  collectivities(context: AuthenticatedContext): Promise<Scope> {
    const cache = context.loaders as unknown as Map<string, Promise<Scope>>;
    let scope = cache.get(SCOPE_KEY);
    if (!scope) {
      scope = this.compute(context.actor);
      cache.set(SCOPE_KEY, scope);
    }
    return scope;
  }

  private async compute(actor: Actor): Promise<Scope> {
    if (actor.kind !== 'USER' || actor.role !== Role.GROUP_PRESIDENT) return { all: true };
    if (!actor.linkedContactId || !this.presidencies) return { all: false, ids: [] };
    return { all: false, ids: await this.presidencies.collectivityIdsPresidedBy(actor.linkedContactId) };
  }
}

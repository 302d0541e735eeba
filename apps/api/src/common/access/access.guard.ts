import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-errors.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import type { Actor } from './actor.js';
import type { AuthenticatedContext } from './auth-context.js';

/** Whether a rule lets the actor through (what the guard decides, without its reasons). */
export function allows(rule: AccessRule, actor: Actor): boolean {
  if (rule.public) return true;
  switch (actor.kind) {
    case 'USER':
      return rule.roles.includes(actor.role);
    case 'API_TOKEN': {
      const scopes: readonly string[] =
        rule.scope === undefined ? [] : typeof rule.scope === 'string' ? [rule.scope] : rule.scope;
      return scopes.some((scope) => actor.scopes.includes(scope as never));
    }
    case 'SYSTEM':
      return true;
    default:
      return false;
  }
}

/** Why the rule refuses the actor, if it does (the guard of GraphQL and of the document downloads throw it). */
export function accessRefusal(rule: AccessRule, actor: Actor): ForbiddenError | UnauthenticatedError | undefined {
  if (rule.public) return undefined;
  switch (actor.kind) {
    case 'USER':
      return rule.roles.includes(actor.role)
        ? undefined
        : new ForbiddenError('ROLE_NOT_ALLOWED', `Your role (${actor.role}) does not allow this.`, { role: actor.role });
    case 'API_TOKEN': {
      const scopes: readonly string[] =
        rule.scope === undefined ? [] : typeof rule.scope === 'string' ? [rule.scope] : rule.scope;
      if (scopes.some((scope) => actor.scopes.includes(scope as never))) return undefined;
      if (scopes.length === 0) return new ForbiddenError('TOKEN_READ_ONLY', 'API tokens are read-only: this is refused to them.');
      return new ForbiddenError('TOKEN_SCOPE_MISSING', `This API token lacks the scope ${scopes.join(' or ')}.`, { scopes });
    }
    case 'INVALID':
      return new UnauthenticatedError(actor.reason);
    case 'SYSTEM':
      return undefined;
    default:
      return new UnauthenticatedError();
  }
}

/** Deny by default: an operation or field without an access rule is refused to everyone. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // HTTP routes: health checks, and HttpAccessGuard's
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('NO_ACCESS_RULE', 'This operation has no access rule: it is refused to everyone.');
    if (rule.public) return true;
    const { actor } = GqlExecutionContext.create(context).getContext<AuthenticatedContext>();
    const refusal = accessRefusal(rule, actor);
    if (refusal) throw refusal;
    return true;
  }
}

import { describe, expect, it } from '@jest/globals';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { Role } from '@territoria/domain';
import { Access } from './access.decorator.js';
import { AccessGuard } from './access.guard.js';
import type { Actor } from './actor.js';

class Resolvers {
  forgotten(): void {}

  @Access({ roles: [Role.ADMIN, Role.STAFF], scope: 'collectivities:read' })
  read(): void {}
}

function graphqlCall(handler: () => void, actor: Actor) {
  // A GraphQL resolver receives (root, args, context, info).
  const context = new ExecutionContextHost([{}, {}, { actor }, {}], Resolvers, handler);
  context.setType('graphql');
  return context;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());
  const admin: Actor = { kind: 'USER', userId: 'u', role: Role.ADMIN, label: 'a', linkedContactId: null, sessionId: 's' };

  it('refuses a resolver without an access rule, even to an ADMIN', () => {
    expect(() => guard.canActivate(graphqlCall(Resolvers.prototype.forgotten, admin))).toThrow(/no access rule/);
  });

  it('admits the roles and the token scope the rule names, and nobody else', () => {
    expect(guard.canActivate(graphqlCall(Resolvers.prototype.read, admin))).toBe(true);
    const president: Actor = { ...admin, role: Role.GROUP_PRESIDENT } as Actor;
    expect(() => guard.canActivate(graphqlCall(Resolvers.prototype.read, president))).toThrow(/role/);
    const token: Actor = { kind: 'API_TOKEN', tokenId: 't', scopes: ['collectivities:read'], label: 't' };
    expect(guard.canActivate(graphqlCall(Resolvers.prototype.read, token))).toBe(true);
    const otherToken: Actor = { kind: 'API_TOKEN', tokenId: 't', scopes: ['events:read'], label: 't' };
    expect(() => guard.canActivate(graphqlCall(Resolvers.prototype.read, otherToken))).toThrow(/scope/);
    expect(() => guard.canActivate(graphqlCall(Resolvers.prototype.read, { kind: 'ANONYMOUS' }))).toThrow(/Sign in/);
  });
});

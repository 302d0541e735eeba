import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../../common/errors/app-errors.js';
import { ACCESS_RULE, type AccessRule } from '../../common/access/access.decorator.js';
import { accessRefusal } from '../../common/access/access.guard.js';
import type { Actor } from '../../common/access/actor.js';
import { AuthService } from './auth.service.js';

const actors = new WeakMap<FastifyRequest, Actor>();

/**
 * For HTTP routes outside GraphQL (document downloads): the request is authenticated as GraphQL's
 * are (bearer token, else session cookie) and held to the route's `@Access` rule, deny by default.
 */
@Injectable()
export class HttpAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('NO_ACCESS_RULE', 'This operation has no access rule: it is refused to everyone.');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = await this.auth.authenticate(request);
    const refusal = accessRefusal(rule, actor);
    if (refusal) throw refusal;
    actors.set(request, actor);
    return true;
  }
}

/** The caller HttpAccessGuard authenticated. */
export const RequestActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actors.get(context.switchToHttp().getRequest<FastifyRequest>());
  if (!actor) throw new ForbiddenError('NO_ACCESS_RULE', 'This route is not guarded by HttpAccessGuard.');
  return actor;
});

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from '../loaders/request.loaders.js';
import type { Actor } from './actor.js';

/** The GraphQL context of a request once its caller is known. */
export interface AuthenticatedContext extends RequestContext {
  actor: Actor;
  reply: FastifyReply;
  request: FastifyRequest;
}

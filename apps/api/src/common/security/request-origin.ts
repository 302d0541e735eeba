import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode, type ErrorReason } from '../errors/app-errors.js';

const logger = new Logger('RequestOrigin');

export type RequestRefusalReason = Extract<ErrorReason, 'CONTENT_TYPE' | 'ORIGIN'>;

/** Refused before GraphQL parses anything: it could be a request forged by another site. */
export class RequestRefusedError extends AppError {
  constructor(
    override readonly reason: RequestRefusalReason,
    readonly status: 403 | 415,
    message: string,
  ) {
    super(ErrorCode.CSRF_REFUSED, message, [], { reason });
  }
}

/** "application/json; charset=utf-8" → "application/json". */
function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** The origin a browser says the request comes from: Origin, else the origin of Referer; undefined when it says neither. */
function senderOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin;
  const referer = request.headers.referer;
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

/**
 * Why a request to the GraphQL endpoint is refused, if it is:
 * - a POST must be application/json: a form (urlencoded, multipart) or text/plain is what another
 *   site can send without the browser asking first (no CORS preflight);
 * - a request without an Authorization header carries the session cookie, which the browser adds
 *   on its own: it must come from the console's origin. Browsers always send Origin with a
 *   cross-origin POST, so a request that names no origin at all is not a browser's.
 * A bearer token is never ambient (a page cannot make the browser add it), so it is not checked.
 */
export function requestRefusal(request: FastifyRequest, allowedOrigins: readonly string[]): RequestRefusedError | undefined {
  if (request.method === 'POST' && mediaType(request.headers['content-type']) !== 'application/json') {
    return new RequestRefusedError(
      'CONTENT_TYPE',
      415,
      'Send GraphQL requests as JSON: POST with Content-Type: application/json (or GET with the query in the URL, for queries).',
    );
  }
  if (request.headers.authorization !== undefined) return undefined;
  const origin = senderOrigin(request);
  if (origin === undefined || allowedOrigins.includes(origin)) return undefined;
  return new RequestRefusedError(
    'ORIGIN',
    403,
    `This request comes from ${JSON.stringify(origin.slice(0, 200))}, which is not the console's address: it is refused as a possible cross-site request forgery.`,
  );
}

/** Checks every request to the GraphQL endpoint (see requestRefusal) before its body is even read. */
export function checkRequestOrigins(fastify: FastifyInstance, allowedOrigins: readonly string[], graphqlPath = '/graphql'): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.url !== graphqlPath) return;
    const refusal = requestRefusal(request, allowedOrigins);
    if (!refusal) return;
    logger.warn(
      {
        requestId: request.id,
        reason: refusal.reason,
        origin: request.headers.origin,
        contentType: request.headers['content-type'],
      },
      refusal.message,
    );
    return reply.code(refusal.status).send({ data: null, errors: [refusal.toJSON()] });
  });
}

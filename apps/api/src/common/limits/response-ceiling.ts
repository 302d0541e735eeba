import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '../errors/app-errors.js';
import { costOfRequest } from './query-limits.js';

const logger = new Logger('GraphQL');

/**
 * An answer that may hold more values than this (its query's cost) is measured before it is
 * serialised; a smaller one only once serialised, when counting it would cost as much as
 * serialising it again.
 */
const MEASURED_FROM_COST = 100_000;

const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The size of `value` as JSON, counted until it passes `limit` (then Infinity): a text counts its
 * UTF-16 units, which is what most French text takes in UTF-8. Far quicker than serialising, and it
 * stops early: an answer too large is refused before the time to serialise it is spent.
 */
export function jsonSizeUpTo(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean') size += 6;
    else if (item === null || item === undefined) size += 4;
    else if (item instanceof Date) size += 26;
    else if (Array.isArray(item)) {
      size += item.length + 1;
      for (let index = item.length - 1; index >= 0; index--) stack.push(item[index]);
    } else if (typeof item === 'object') {
      for (const key in item) {
        size += key.length + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (size > limit) return Infinity;
  }
  return size;
}

function tooLarge(size: number, maxBytes: number) {
  const told = Number.isFinite(size) ? formatBytes(size) : `over ${formatBytes(maxBytes)}`;
  return {
    data: null,
    errors: [
      {
        message: `The answer is ${told}, more than a response may hold (${formatBytes(maxBytes)}): ask for smaller pages (page.limit) or fewer fields.`,
        extensions: {
          code: ErrorCode.RESPONSE_TOO_LARGE,
          reason: 'RESPONSE_TOO_LARGE',
          ...(Number.isFinite(size) ? { size } : {}),
          maxSize: maxBytes,
          maximum: maxBytes,
        },
      },
    ],
  };
}

/**
 * Fastify hooks holding GraphQL answers to `maxBytes`: a larger answer is not sent, a typed error
 * is (the operation did run: a mutation's change stays). A large answer is measured before it is
 * serialised (preSerialization), stopping at the ceiling; every answer once serialised (onSend),
 * which costs nothing for most, its length being known.
 */
export function responseCeiling(maxBytes: number, graphqlPath = '/graphql') {
  const refuse = (request: FastifyRequest, size: number) => {
    logger.warn({ requestId: request.id, size, maxSize: maxBytes }, 'GraphQL answer over the response ceiling: not sent');
    return tooLarge(size, maxBytes);
  };
  return {
    preSerialization: async (request: FastifyRequest, _reply: FastifyReply, payload: unknown): Promise<unknown> => {
      if (request.routeOptions.url !== graphqlPath || typeof payload !== 'object' || payload === null) return payload;
      if ((costOfRequest(request) ?? Infinity) <= MEASURED_FROM_COST) return payload;
      const size = jsonSizeUpTo(payload, maxBytes);
      return size > maxBytes ? refuse(request, size) : payload;
    },
    onSend: async (request: FastifyRequest, _reply: FastifyReply, payload: unknown): Promise<unknown> => {
      if (request.routeOptions.url !== graphqlPath) return payload;
      // An answer written as bytes (common/read/answer.ts) is measured by its length.
      if (Buffer.isBuffer(payload)) return payload.length > maxBytes ? JSON.stringify(refuse(request, payload.length)) : payload;
      if (typeof payload !== 'string') return payload;
      // A UTF-16 unit is at most 3 bytes of UTF-8: most answers need no byte count.
      if (payload.length * 3 <= maxBytes) return payload;
      const size = Buffer.byteLength(payload);
      return size > maxBytes ? JSON.stringify(refuse(request, size)) : payload;
    },
  };
}

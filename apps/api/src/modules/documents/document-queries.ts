import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type {} from 'mercurius'; // fastify.graphql
import { AppError, ErrorCode } from '../../common/errors/app-errors.js';
import { createRequestContext } from '../../common/loaders/request.loaders.js';
import type { Actor } from '../../common/access/actor.js';

/**
 * A printed document reads its data through the GraphQL API, as its caller: the same access rules,
 * limits and read road (each type's visibility) as the console's own queries, decided nowhere else.
 */
@Injectable()
export class DocumentQueries {
  constructor(private readonly http: HttpAdapterHost) {}

  /** The query's data; its first error, if any, thrown as the API would answer it. */
  async run<T>(actor: Actor, query: string, variables: Record<string, unknown>): Promise<T> {
    const fastify = this.http.httpAdapter.getInstance<FastifyInstance>();
    const result = await fastify.graphql<Record<string, unknown>>(query, { ...createRequestContext(), actor }, variables);
    const [error] = result.errors ?? [];
    if (error) {
      const { code, ...extensions } = (error.extensions ?? {}) as { code?: ErrorCode } & Record<string, unknown>;
      throw new AppError(code ?? ErrorCode.INTERNAL_SERVER_ERROR, error.message, [], extensions);
    }
    return result.data as T;
  }

  /** Every row of a paged list (the API's pages are at most 1000 rows). */
  async all<T>(actor: Actor, query: string, variables: Record<string, unknown>, list: string): Promise<T[]> {
    const rows: T[] = [];
    for (let offset = 0; ; offset += 1000) {
      const data = await this.run<Record<string, { nodes: T[]; hasNextPage: boolean }>>(actor, query, {
        ...variables,
        page: { offset, limit: 1000 },
      });
      const page = data[list]!;
      rows.push(...page.nodes);
      if (!page.hasNextPage) return rows;
    }
  }
}

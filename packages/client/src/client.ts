import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. https://crm.example.org/graphql */
  url: string;
  /** An API token's secret (trt_…), sent as a Bearer token. */
  token: string;
  /** Another fetch (a proxy, a test double); the global one otherwise. */
  fetch?: typeof fetch;
}

interface ErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

/** A refusal of the API: its stable code (extensions.code) and reason (extensions.reason), to act on without parsing the message. */
export class ApiError extends Error {
  readonly code: string;
  readonly reason: string | undefined;
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly errors: readonly ErrorBody[],
    readonly status: number,
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
    this.extensions = errors[0]?.extensions ?? {};
    this.code = typeof this.extensions['code'] === 'string' ? this.extensions['code'] : `HTTP_${status}`;
    this.reason = typeof this.extensions['reason'] === 'string' ? this.extensions['reason'] : undefined;
  }
}

/** What a synced list answers (a page of the API's one list convention). */
export interface SyncedPage {
  nodes: readonly unknown[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The page of a query reading one list: the value of its single root field. */
export type PageOf<Result> = Result[keyof Result] & SyncedPage;

interface PageVariables {
  page?: { limit?: number; after?: string | null; updatedSince?: string | null; offset?: number } | null;
}

/** A full sync starts from the beginning of time: every row ever changed. */
export const EVERYTHING = '1970-01-01T00:00:00.000Z';

export interface Client {
  /** Runs one operation; resolves with its data or throws an ApiError. */
  request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables): Promise<Result>;
  /**
   * The pages of a list read incrementally: from `variables.page.after` (a kept cursor) or
   * `updatedSince`, else from the beginning, until no settled change is left. Keep the last page's
   * endCursor and pass it as `page.after` next time to get only what changed since.
   */
  iterate<Result, Variables extends PageVariables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
  ): AsyncGenerator<PageOf<Result>, void, undefined>;
}

const printed = new WeakMap<DocumentNode, string>();

export function createClient({ url, token, fetch: fetchImplementation = globalThis.fetch }: ClientOptions): Client {
  async function request<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
  ): Promise<Result> {
    let query = printed.get(document);
    if (query === undefined) {
      query = print(document);
      printed.set(document, query);
    }
    const response = await fetchImplementation(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
    let body: { data?: Result | null; errors?: ErrorBody[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError([], response.status);
    }
    if (body.errors?.length || body.data == null) throw new ApiError(body.errors ?? [], response.status);
    return body.data;
  }

  async function* iterate<Result, Variables extends PageVariables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
  ): AsyncGenerator<PageOf<Result>, void, undefined> {
    const given = variables?.page ?? {};
    let page = given.after || given.updatedSince ? given : { ...given, updatedSince: EVERYTHING };
    for (;;) {
      const data = await request(document, { ...variables, page } as Variables);
      const fields = Object.values(data as object) as PageOf<Result>[];
      if (fields.length !== 1) throw new Error('iterate() reads one list: its query must have one root field.');
      const result = fields[0]!;
      yield result;
      if (!result.hasNextPage || !result.endCursor) return;
      page = { limit: given.limit, after: result.endCursor };
    }
  }

  return { request, iterate };
}

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from } from '@apollo/client';
import { MAX_PAGE_SIZE } from '@territoria/domain';
import buildDataProvider from 'ra-data-graphql';
import {
  HttpError,
  type DataProvider,
  type GetListParams,
  type GetListResult,
  type GetManyParams,
  type I18nProvider,
  type RaRecord,
} from 'react-admin';
import { ACTION, buildQuery as defaultBuildQuery, type Range } from './buildQuery';
import { toReactAdminError, type ErrorContext } from './errors';
import { createOperationRunner } from './operations';
import { RESOURCES } from './resourceTable';

export const GRAPHQL_PATH = '/graphql';
/** Concurrent requests when a list larger than MAX_PAGE_SIZE is fetched in chunks (CSV export). */
export const CHUNK_CONCURRENCY = 4;

/**
 * Apollo turns a non-2xx answer into a network error and ra-data-graphql then drops its body.
 * GraphQL servers answer 400 with `{ errors: [...] }` for input they cannot even coerce: hand
 * those errors back as GraphQL errors so the console can translate them like the others.
 */
export const serverErrorsAsGraphQLErrors = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      const subscription = forward(operation).subscribe({
        next: (value) => observer.next(value),
        error: (error: unknown) => {
          const result = (error as { result?: { errors?: unknown; data?: Record<string, unknown> | null } } | null)?.result;
          if (result && typeof result === 'object' && Array.isArray(result.errors) && result.errors.length > 0) {
            observer.next({ errors: result.errors, data: result.data ?? undefined });
            observer.complete();
          } else {
            observer.error(error);
          }
        },
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    }),
);

export function createApolloClient(uri: string = GRAPHQL_PATH, fetchImplementation?: typeof fetch) {
  return new ApolloClient({
    link: from([serverErrorsAsGraphQLErrors, new HttpLink({ uri, fetch: fetchImplementation })]),
    // react-admin keeps its own cache (react-query): Apollo's would only cost memory, notably on exports.
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'all' },
      mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    },
  });
}

/** Runs `tasks` with at most `concurrency` in flight, keeping the results in order. */
async function runLimited<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
  return results;
}

function uniqueById<T extends RaRecord>(records: T[]): T[] {
  const seen = new Set<unknown>();
  return records.filter((record) => (seen.has(record.id) ? false : (seen.add(record.id), true)));
}

/**
 * getList above MAX_PAGE_SIZE (e.g. the CSV export asks for 50,000 rows): the API serves at most
 * 1000 per request, so fetch the first chunk, learn the total, then the others in parallel.
 */
export function withChunkedLists(dataProvider: DataProvider, chunkSize: number = MAX_PAGE_SIZE): DataProvider {
  const getList = async (resource: string, params: GetListParams): Promise<GetListResult> => {
    const perPage = params.pagination?.perPage ?? 25;
    if (perPage <= chunkSize) return dataProvider.getList(resource, params);
    const start = ((params.pagination?.page ?? 1) - 1) * perPage;
    const fetchChunk = (offset: number, limit: number) =>
      dataProvider.getList(resource, { ...params, range: { offset, limit } } as GetListParams & { range: Range });

    const first = await fetchChunk(start, Math.min(chunkSize, perPage));
    const total = first.total ?? Number.POSITIVE_INFINITY;
    const end = Math.min(start + perPage, total);
    const offsets: number[] = [];
    for (let offset = start + chunkSize; offset < end; offset += chunkSize) offsets.push(offset);
    if (first.total === undefined && first.pageInfo?.hasNextPage === false) offsets.length = 0;
    const rest = await runLimited(
      offsets.map((offset) => () => fetchChunk(offset, Math.min(chunkSize, end - offset))),
      CHUNK_CONCURRENCY,
    );
    const data = uniqueById([first, ...rest].flatMap((chunk) => chunk.data));
    return {
      data,
      total: first.total,
      pageInfo: { hasNextPage: start + data.length < (first.total ?? 0), hasPreviousPage: start > 0 },
    };
  };

  const getMany = async (resource: string, params: GetManyParams) => {
    if (params.ids.length <= chunkSize) return dataProvider.getMany(resource, params);
    const chunks: (typeof params.ids)[] = [];
    for (let index = 0; index < params.ids.length; index += chunkSize) chunks.push(params.ids.slice(index, index + chunkSize));
    const results = await runLimited(
      chunks.map(
        (ids) => () =>
          dataProvider.getMany(resource, { ...params, ids, range: { offset: 0, limit: ids.length } } as GetManyParams),
      ),
      CHUNK_CONCURRENCY,
    );
    return { data: results.flatMap((result) => result.data) };
  };

  return { ...dataProvider, getList, getMany } as DataProvider;
}

/** Every failure leaves the data provider as an HttpError with a translated message and field errors. */
export function withErrorMapping(dataProvider: DataProvider, i18nProvider: Pick<I18nProvider, 'translate'>): DataProvider {
  const wrapped: DataProvider = { ...dataProvider };
  for (const [name, method] of Object.entries(dataProvider)) {
    if (typeof method !== 'function') continue;
    wrapped[name] = async (resource: string, params?: { data?: { kind?: string }; previousData?: { kind?: string } }) => {
      try {
        return await (method as (...args: unknown[]) => Promise<unknown>).call(dataProvider, resource, params);
      } catch (error) {
        const context: ErrorContext = {
          kind: params?.data?.kind ?? params?.previousData?.kind,
          formFields: RESOURCES[resource]?.inputFields,
          resource,
        };
        throw toReactAdminError(error, (key, options) => i18nProvider.translate(key, options), context);
      }
    };
  }
  return wrapped;
}

export interface DataProviderOptions {
  i18nProvider: Pick<I18nProvider, 'translate'>;
  client?: ApolloClient<unknown>;
  uri?: string;
}

/** Parameters of the data provider's custom `runAction` method: one of the resource table's actions. */
export interface RunActionParams {
  action: string;
  /** The record the action applies to (actions whose definition has no id argument take none). */
  id?: string | number;
  /** The action's other arguments, by name. */
  data?: Record<string, unknown>;
}

/**
 * The resource table's actions (revoking an API token, merging contacts, adding group members…)
 * are operations outside react-admin's verbs: `dataProvider.runAction(resource, { action, id, data })`
 * runs them, answering `{ data }` (the record, a list of records or a scalar, as the action says).
 */
export function createActionRunner(client: ApolloClient<unknown>, buildQuery = defaultBuildQuery) {
  return async (resource: string, params: RunActionParams) => {
    const { query, variables, parseResponse } = buildQuery(ACTION, resource, params);
    const isQuery = (query.definitions[0] as { operation?: string } | undefined)?.operation === 'query';
    try {
      const response = isQuery
        ? await client.query({ query, variables, fetchPolicy: 'no-cache', errorPolicy: 'all' })
        : await client.mutate({ mutation: query, variables, fetchPolicy: 'no-cache' });
      return parseResponse(response as Parameters<typeof parseResponse>[0]);
    } catch (error) {
      // same shape as ra-data-graphql's failures, so toReactAdminError reads it the same way
      const failure = error as { message?: string; networkError?: { message: string; statusCode?: number } } | null;
      if (failure?.networkError) throw new HttpError(failure.networkError.message, failure.networkError.statusCode, error);
      throw new HttpError(failure?.message ?? 'GraphQL error', 200, error);
    }
  };
}

export function createDataProvider({ i18nProvider, client: givenClient, uri }: DataProviderOptions): DataProvider {
  const client = givenClient ?? createApolloClient(uri);
  const graphqlProvider = buildDataProvider({
    client,
    // The API disables introspection in production: the documents are written by hand (buildQuery.ts).
    introspection: false,
    buildQuery: () => defaultBuildQuery,
    query: () => ({ fetchPolicy: 'no-cache', errorPolicy: 'all' }),
    mutation: () => ({ fetchPolicy: 'no-cache' }),
  });
  // react-admin's verbs only: not ra-data-graphql's getIntrospection, nor its Apollo client
  const { getList, getOne, getMany, getManyReference, create, update, updateMany, deleteMany } = graphqlProvider;
  const base: DataProvider = {
    getList,
    getOne,
    getMany,
    getManyReference,
    create,
    update,
    updateMany,
    delete: graphqlProvider.delete,
    deleteMany,
    runAction: createActionRunner(client),
    runOperation: createOperationRunner(client, i18nProvider),
  };
  return withChunkedLists(withErrorMapping(base, i18nProvider));
}

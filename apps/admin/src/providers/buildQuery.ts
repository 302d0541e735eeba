import { gql } from '@apollo/client';
import { MAX_PAGE_SIZE } from '@territoria/domain';
import type { BuildQuery, BuildQueryResult } from 'ra-data-graphql';
import {
  CREATE,
  DELETE,
  DELETE_MANY,
  GET_LIST,
  GET_MANY,
  GET_MANY_REFERENCE,
  GET_ONE,
  UPDATE,
  UPDATE_MANY,
} from 'react-admin';
import { RESOURCES, type ResourceDefinition } from './resourceTable';

/** Explicit slice of a list, used by the data provider to fetch more than MAX_PAGE_SIZE records in chunks. */
export interface Range {
  offset: number;
  limit: number;
}

type AnyRecord = Record<string, any>;

export interface ListVariables {
  filter?: AnyRecord;
  sort: { field: string; direction: 'ASC' | 'DESC' };
  page: Range;
}

function isEmptyFilterValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** react-admin filter values → the API's filter input (`q` → `search`, single values wrapped for list fields…). */
export function mapFilter(definition: ResourceDefinition, filter: AnyRecord | undefined): AnyRecord | undefined {
  const result: AnyRecord = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (isEmptyFilterValue(value)) continue;
    const mapping = definition.filters[key];
    if (!mapping) {
      console.warn(`[dataProvider] ${definition.typeName}: filter "${key}" is not supported by the API, ignored`);
      continue;
    }
    const mapped = mapping.list ? (Array.isArray(value) ? value : [value]) : value;
    result[mapping.field] = typeof mapped === 'string' ? mapped.trim() : mapped;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

export function mapSort(
  definition: ResourceDefinition,
  sort: { field?: string; order?: string } | undefined,
): ListVariables['sort'] {
  const field = (sort?.field && definition.sortFields[sort.field]) || definition.defaultSortField;
  const direction = String(sort?.order ?? 'ASC').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { field, direction };
}

/** react-admin's page/perPage → the API's offset/limit (capped at MAX_PAGE_SIZE, larger pages are fetched in chunks). */
export function mapPage(pagination: { page?: number; perPage?: number } | undefined, range?: Range): Range {
  if (range) return { offset: range.offset, limit: Math.min(range.limit, MAX_PAGE_SIZE) };
  const perPage = Math.max(1, pagination?.perPage ?? 25);
  const page = Math.max(1, pagination?.page ?? 1);
  return { offset: (page - 1) * perPage, limit: Math.min(perPage, MAX_PAGE_SIZE) };
}

function pickInput(definition: ResourceDefinition, data: AnyRecord | undefined): AnyRecord {
  const input: AnyRecord = {};
  for (const field of definition.inputFields) {
    if (data && field in data) {
      const value = data[field];
      input[field] = value === '' ? null : value;
    }
  }
  return definition.normalizeInput ? definition.normalizeInput(input) : input;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Create input: writable fields that have a value (the API applies its defaults to the others). */
export function buildCreateInput(definition: ResourceDefinition, data: AnyRecord): AnyRecord {
  const input = pickInput(definition, data);
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * Update input: the fields that changed since the record was read, plus the version read
 * (so a concurrent change is refused with CONFLICT instead of silently overwritten).
 */
export function buildUpdateInput(
  definition: ResourceDefinition,
  data: AnyRecord,
  previousData: AnyRecord | undefined,
): AnyRecord {
  const input = pickInput(definition, data);
  const changed = previousData
    ? (() => {
        const before = pickInput(definition, previousData);
        return Object.fromEntries(Object.entries(input).filter(([field, value]) => !sameValue(value, before[field])));
      })()
    : input;
  const version = definition.versionField ? previousData?.[definition.versionField] : undefined;
  if (version !== undefined && version !== null) {
    changed[definition.versionField as string] = version;
  }
  return changed;
}

export function getResourceDefinition(resource: string, table: Record<string, ResourceDefinition> = RESOURCES) {
  const definition = table[resource];
  if (!definition) throw new Error(`Unknown resource "${resource}": add it to the resource table (providers/resourceTable.ts)`);
  return definition;
}

const fragment = (definition: ResourceDefinition) =>
  `fragment ${definition.typeName}Fields on ${definition.typeName} {${definition.fields}}`;

function listQuery(definition: ResourceDefinition) {
  const { operations, inputTypes, typeName } = definition;
  return gql(`
    query ${typeName}List($filter: ${inputTypes.filter}, $sort: ${inputTypes.sort}, $page: PageInput) {
      data: ${operations.list}(filter: $filter, sort: $sort, page: $page) {
        nodes { ...${typeName}Fields }
        totalCount
        hasNextPage
      }
    }
    ${fragment(definition)}
  `);
}

/** Thrown when the API answered with errors and without the data asked for. */
export class GraphQLResponseError extends Error {
  constructor(readonly graphQLErrors: readonly any[]) {
    super(graphQLErrors.map((error) => error?.message).join('; ') || 'GraphQL error');
    this.name = 'GraphQLResponseError';
  }
}

/**
 * Queries run with errorPolicy "all": a failure on a nested field (say, one département name)
 * still shows the rest of the page; errors without the requested data fail the request.
 */
export function dataOrThrow(response: any): any {
  const errors: any[] = response?.errors ?? [];
  const data = response?.data?.data;
  if (data === null || data === undefined) {
    throw new GraphQLResponseError(errors.length > 0 ? errors : [{ message: 'The API answered without data' }]);
  }
  if (errors.length > 0) console.warn('[dataProvider] partial GraphQL errors', errors);
  return data;
}

const parseList = (response: any) => {
  const page = dataOrThrow(response);
  return {
    data: page.nodes,
    total: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage },
  };
};

/** One `buildQuery` for every resource of the table: react-admin verb + resource + params → GraphQL document. */
export function createBuildQuery(table: Record<string, ResourceDefinition> = RESOURCES): BuildQuery {
  return (fetchType: string, resource: string, params: any): BuildQueryResult => {
    const definition = getResourceDefinition(resource, table);
    const { operations, inputTypes, typeName } = definition;

    switch (fetchType) {
      case GET_LIST: {
        const variables: ListVariables = {
          filter: mapFilter(definition, params.filter),
          sort: mapSort(definition, params.sort),
          page: mapPage(params.pagination, params.range),
        };
        return { query: listQuery(definition), variables, parseResponse: parseList };
      }
      case GET_MANY_REFERENCE: {
        const variables: ListVariables = {
          filter: mapFilter(definition, { ...params.filter, [params.target]: params.id }),
          sort: mapSort(definition, params.sort),
          page: mapPage(params.pagination, params.range),
        };
        return { query: listQuery(definition), variables, parseResponse: parseList };
      }
      case GET_MANY: {
        const ids: unknown[] = params.range ? params.ids : params.ids.slice(0, MAX_PAGE_SIZE);
        const variables: ListVariables = {
          filter: { ids: ids.map(String) },
          sort: { field: definition.defaultSortField, direction: 'ASC' },
          page: params.range ?? { offset: 0, limit: Math.max(1, Math.min(ids.length, MAX_PAGE_SIZE)) },
        };
        return {
          query: listQuery(definition),
          variables,
          parseResponse: (response: any) => ({ data: dataOrThrow(response).nodes }),
        };
      }
      case GET_ONE:
        return {
          query: gql(`
            query ${typeName}One($id: ID!) {
              data: ${operations.one}(id: $id) { ...${typeName}Fields }
            }
            ${fragment(definition)}
          `),
          variables: { id: String(params.id) },
          parseResponse: (response: any) => ({ data: dataOrThrow(response) }),
        };
      case CREATE:
        return {
          query: gql(`
            mutation ${operations.create}($input: ${inputTypes.create}!) {
              data: ${operations.create}(input: $input) { ...${typeName}Fields }
            }
            ${fragment(definition)}
          `),
          variables: { input: buildCreateInput(definition, params.data) },
          parseResponse: (response: any) => ({ data: response.data.data }),
        };
      case UPDATE:
        return {
          query: gql(`
            mutation ${operations.update}($id: ID!, $input: ${inputTypes.update}!) {
              data: ${operations.update}(id: $id, input: $input) { ...${typeName}Fields }
            }
            ${fragment(definition)}
          `),
          variables: { id: String(params.id), input: buildUpdateInput(definition, params.data, params.previousData) },
          parseResponse: (response: any) => ({ data: response.data.data }),
        };
      case DELETE:
        return {
          query: gql(`
            mutation ${operations.delete}($id: ID!) {
              data: ${operations.delete}(id: $id) { ...${typeName}Fields }
            }
            ${fragment(definition)}
          `),
          variables: { id: String(params.id) },
          parseResponse: (response: any) => ({ data: response.data.data }),
        };
      case DELETE_MANY:
      case UPDATE_MANY: {
        // The API has no bulk mutation: one document with an aliased mutation per record (one HTTP request).
        const ids: unknown[] = params.ids ?? [];
        if (ids.length === 0) throw new Error(`${fetchType} called without ids`);
        const isUpdate = fetchType === UPDATE_MANY;
        const declarations = ids.map((_, index) => `$id${index}: ID!`);
        if (isUpdate) declarations.unshift(`$input: ${inputTypes.update}!`);
        const selections = ids.map((_, index) =>
          isUpdate
            ? `r${index}: ${operations.update}(id: $id${index}, input: $input) { id }`
            : `r${index}: ${operations.delete}(id: $id${index}) { id }`,
        );
        const variables: AnyRecord = Object.fromEntries(ids.map((id, index) => [`id${index}`, String(id)]));
        if (isUpdate) variables.input = buildUpdateInput(definition, params.data, undefined);
        return {
          query: gql(`
            mutation ${isUpdate ? operations.update : operations.delete}Many(${declarations.join(', ')}) {
              ${selections.join('\n')}
            }
          `),
          variables,
          parseResponse: (response: any) => ({
            data: ids.map((_, index) => response.data[`r${index}`]?.id).filter((id) => id != null),
          }),
        };
      }
      default:
        throw new Error(`Unsupported fetch type ${fetchType} for resource ${resource}`);
    }
  };
}

export const buildQuery = createBuildQuery();

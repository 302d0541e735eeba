import type * as Api from '@territoria/client';
import { gql } from '@apollo/client';
import { MAX_PAGE_SIZE } from '@territoria/domain';
import type { ApolloQueryResult } from '@apollo/client';
import type { BuildQuery, BuildQueryResult } from 'ra-data-graphql';
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE, UPDATE_MANY } from 'react-admin';
import type { Fields } from './records';
import { RESOURCES, type ActionDefinition, type ResourceDefinition } from './resourceTable';

/** Custom fetch type: one of the resource table's `actions` (params: { action, id, data }), see runAction. */
export const ACTION = 'ACTION';

/** Explicit slice of a list, used by the data provider to fetch more than MAX_PAGE_SIZE records in chunks. */
export type Range = Required<Pick<Api.PageInput, 'offset' | 'limit'>>;

type AnyRecord = Record<string, unknown>;

/** What react-admin's verbs and the custom ACTION pass to buildQuery (each verb uses some of them). */
export interface QueryParams {
  filter?: AnyRecord;
  sort?: { field?: string; order?: string };
  pagination?: { page?: number; perPage?: number };
  range?: Range;
  target?: string;
  id?: string | number;
  ids?: readonly unknown[];
  data?: AnyRecord;
  previousData?: AnyRecord;
  action?: string;
}

/** An Apollo answer as the parsers read it: the aliased root field `data` (a nested list: `parent.data`). */
type Response = Pick<ApolloQueryResult<AnyRecord | null | undefined>, 'data' | 'errors'>;

/** A list page as every list query answers it (every `…Page` of the schema has these fields). */
type Page = Fields<Api.ContactPage, 'totalCount' | 'hasNextPage'> & { nodes: AnyRecord[] };

export interface ListVariables {
  filter?: AnyRecord;
  sort: { field: string; direction: Api.SortDirection };
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
    if (mapping.boolean) {
      result[mapping.field] = value === true || value === 'true';
      continue;
    }
    const mapped = mapping.list ? (Array.isArray(value) ? value : [value]) : value;
    result[mapping.field] = typeof mapped === 'string' ? mapped.trim() : mapped;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * react-admin's sort → the API's. A field the API cannot sort by (react-admin's default "id",
 * say) falls back to the default order, ascending: "relevance, worst first" would make no sense.
 */
export function mapSort(
  definition: ResourceDefinition,
  sort: { field?: string; order?: string } | undefined,
): ListVariables['sort'] {
  const known = sort?.field ? definition.sortFields[sort.field] : undefined;
  if (!known) return { field: definition.defaultSortField, direction: 'ASC' };
  const direction = String(sort?.order ?? 'ASC').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { field: known, direction };
}

/** react-admin's page/perPage → the API's offset/limit (capped at MAX_PAGE_SIZE, larger pages are fetched in chunks). */
export function mapPage(pagination: { page?: number; perPage?: number } | undefined, range?: Range): Range {
  if (range) return { offset: range.offset, limit: Math.min(range.limit, MAX_PAGE_SIZE) };
  const perPage = Math.max(1, pagination?.perPage ?? 25);
  const page = Math.max(1, pagination?.page ?? 1);
  return { offset: (page - 1) * perPage, limit: Math.min(perPage, MAX_PAGE_SIZE) };
}

function pickInput(
  definition: ResourceDefinition,
  data: AnyRecord | undefined,
  fields: readonly string[] = definition.inputFields,
): AnyRecord {
  const input: AnyRecord = {};
  for (const field of fields) {
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
  const input = pickInput(definition, data, definition.createInputFields ?? definition.inputFields);
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * Update input: the fields that changed since the record was read, plus the version read
 * (so a concurrent change is refused with CONFLICT instead of silently overwritten). The API
 * requires it: an update without the record it was made from is a mistake of the console.
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
  if (definition.versionField) {
    const version = previousData?.[definition.versionField];
    if (version === undefined || version === null) {
      throw new Error(
        `An update of ${definition.typeName} needs the record it was made from, with its ${definition.versionField} (previousData)`,
      );
    }
    changed[definition.versionField] = version;
  }
  return changed;
}

export function getResourceDefinition(resource: string, table: Record<string, ResourceDefinition> = RESOURCES) {
  const definition = table[resource];
  if (!definition) throw new Error(`Unknown resource "${resource}": add it to the resource table (providers/resourceTable.ts)`);
  return definition;
}

/**
 * The record's fragment: the list fields, plus the detail fields when one record is read or
 * written (a show page needs more than a list row).
 */
const fragment = (definition: ResourceDefinition, detail = false) =>
  `fragment ${fragmentName(definition, detail)} on ${definition.typeName} {${definition.fields}${detail && definition.detailFields ? definition.detailFields : ''}}`;

/** "ContactFields" (a list row) or "ContactDetails" (a whole record): one name per content (graphql-tag wants it so). */
export function fragmentName(definition: ResourceDefinition, detail = false): string {
  return `${definition.typeName}${detail && definition.detailFields ? 'Details' : 'Fields'}`;
}

/** `...ContactDetails`: the spread of the whole record's fragment. */
const whole = (definition: ResourceDefinition) => `...${fragmentName(definition, true)}`;

/** Variable declarations and arguments of a list query: its own arguments, then filter, sort, page. */
function listSignature(definition: ResourceDefinition) {
  const { inputTypes, listArguments } = definition;
  const declared: [string, string][] = [
    ...Object.entries(listArguments),
    ...(inputTypes.filter ? ([['filter', inputTypes.filter]] as [string, string][]) : []),
    ...(inputTypes.sort ? ([['sort', inputTypes.sort]] as [string, string][]) : []),
    ['page', 'PageInput'],
  ];
  const { parent } = definition;
  return {
    declarations: [
      ...(parent ? [`$${parent.filter}: ${parent.type}`] : []),
      ...declared.map(([name, type]) => `$${name}: ${type}`),
    ].join(', '),
    args: declared.map(([name]) => `${name}: $${name}`).join(', '),
  };
}

function listQuery(definition: ResourceDefinition, resource: string) {
  const { typeName, parent } = definition;
  const list = parent?.field ?? operationOf(definition, resource, 'list');
  const { declarations, args } = parent?.whole
    ? { declarations: `$${parent.filter}: ${parent.type}`, args: '' }
    : listSignature(definition);
  const page = parent?.whole
    ? `data: ${list} { ...${typeName}Fields }`
    : `data: ${list}(${args}) {
        nodes { ...${typeName}Fields }
        totalCount
        hasNextPage
      }`;
  return gql(`
    query ${typeName}List(${declarations}) {
      ${parent ? `parent: ${parent.query}(${parent.argument}: $${parent.filter}) { ${page} }` : page}
    }
    ${fragment(definition)}
  `);
}

/**
 * Variables of a list query: the list's own arguments are taken out of the react-admin filter,
 * the rest of it becomes the API's filter input (when the list has one).
 */
export function listVariables(
  definition: ResourceDefinition,
  filter: AnyRecord | undefined,
  sort: { field?: string; order?: string } | undefined,
  page: Range,
): AnyRecord {
  const rest: AnyRecord = { ...filter };
  const variables: AnyRecord = {};
  const required = [...Object.keys(definition.listArguments), ...(definition.parent ? [definition.parent.filter] : [])];
  for (const name of required) {
    const value = rest[name];
    delete rest[name];
    if (isEmptyFilterValue(value)) throw new Error(`${definition.operations.list} needs the "${name}" filter`);
    variables[name] = typeof value === 'number' ? String(value) : value;
  }
  if (definition.parent?.whole) return variables;
  if (definition.inputTypes.filter) {
    const mapped = mapFilter(definition, rest);
    // a fixed filter (e.g. the kind of groups a resource lists) wins over what the page asks
    variables.filter = definition.fixedFilter ? { ...mapped, ...definition.fixedFilter } : mapped;
  } else if (Object.keys(rest).some((key) => !isEmptyFilterValue(rest[key]))) {
    console.warn(`[dataProvider] ${definition.operations.list} takes no filter: ${Object.keys(rest).join(', ')} ignored`);
  }
  if (definition.inputTypes.sort) variables.sort = mapSort(definition, sort);
  variables.page = page;
  return variables;
}

/** A list several records hold is read in the one whose filter is given (else in `parent`). */
function listedIn(definition: ResourceDefinition, filter: AnyRecord | undefined): ResourceDefinition {
  const parent = definition.alsoIn?.find((candidate) => !isEmptyFilterValue(filter?.[candidate.filter]));
  return parent ? { ...definition, parent } : definition;
}

/** The name of a GraphQL operation the resource may lack (e.g. users are never deleted). */
function operationOf(definition: ResourceDefinition, resource: string, verb: keyof ResourceDefinition['operations']): string {
  const operation = definition.operations[verb];
  if (!operation) throw new Error(`The API has no "${verb}" operation for ${resource} (see the resource table)`);
  return operation;
}

/** Thrown when the API answered with errors and without the data asked for. */
export class GraphQLResponseError extends Error {
  constructor(readonly graphQLErrors: readonly { message?: string }[]) {
    super(graphQLErrors.map((error) => error?.message).join('; ') || 'GraphQL error');
    this.name = 'GraphQLResponseError';
  }
}

/**
 * Queries run with errorPolicy "all": a failure on a nested field (say, one département name)
 * still shows the rest of the page; errors without the requested data fail the request.
 * A list inside a parent record (a group's members) is read at parent.data.
 */
export function dataOrThrow<T = unknown>(response: Response, nested = false): T {
  const errors = response?.errors ?? [];
  const data = nested ? (response?.data?.parent as AnyRecord | undefined)?.data : response?.data?.data;
  if (data === null || data === undefined) {
    throw new GraphQLResponseError(errors.length > 0 ? errors : [{ message: 'The API answered without data' }]);
  }
  if (errors.length > 0) console.warn('[dataProvider] partial GraphQL errors', errors);
  return data as T;
}

const listParser = (definition: ResourceDefinition) => (response: Response) => {
  if (definition.parent?.whole) {
    const nodes = dataOrThrow<AnyRecord[]>(response, true);
    return { data: nodes, total: nodes.length, pageInfo: { hasNextPage: false } };
  }
  const page = dataOrThrow<Page>(response, Boolean(definition.parent));
  return {
    data: page.nodes,
    total: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage },
  };
};

/** A table's action, in its full form. */
export function actionDefinition(definition: ResourceDefinition, resource: string, action: string): Required<ActionDefinition> {
  const entry = definition.actions[action];
  if (!entry) throw new Error(`Unknown action "${action}" for ${resource} (see the resource table)`);
  const full: ActionDefinition = typeof entry === 'string' ? { field: entry } : entry;
  return {
    operation: full.operation ?? 'mutation',
    field: full.field,
    idArgument: full.idArgument === undefined ? 'id' : full.idArgument,
    arguments: full.arguments ?? {},
    selection: full.selection === undefined ? whole(definition) : full.selection,
  };
}

/** The document and variables of an action: `params.id` goes to the id argument, the others come from `params.data`. */
function buildAction(definition: ResourceDefinition, resource: string, params: QueryParams): BuildQueryResult {
  const action = actionDefinition(definition, resource, String(params.action));
  const declared: [string, string][] = [
    ...(action.idArgument ? ([[action.idArgument, 'ID!']] as [string, string][]) : []),
    ...Object.entries(action.arguments),
  ];
  const variables: AnyRecord = {};
  if (action.idArgument) {
    if (params.id === undefined || params.id === null || params.id === '')
      throw new Error(`The "${params.action}" action of ${resource} needs an id`);
    variables[action.idArgument] = String(params.id);
  }
  for (const [name, type] of Object.entries(action.arguments)) {
    const value = params.data?.[name];
    if ((value === undefined || value === null || value === '') && type.endsWith('!')) {
      throw new Error(`The "${params.action}" action of ${resource} needs "${name}"`);
    }
    if (value !== undefined && value !== '') variables[name] = value;
  }
  const declarations = declared.length > 0 ? `(${declared.map(([name, type]) => `$${name}: ${type}`).join(', ')})` : '';
  const args = declared.length > 0 ? `(${declared.map(([name]) => `${name}: $${name}`).join(', ')})` : '';
  const selection = action.selection === null ? '' : ` { ${action.selection} }`;
  const usesFragment = action.selection?.includes(whole(definition)) ?? false;
  return {
    query: gql(`
      ${action.operation} ${action.field}${declarations} {
        data: ${action.field}${args}${selection}
      }
      ${usesFragment ? fragment(definition, true) : ''}
    `),
    variables,
    parseResponse: (response: Response) => {
      if (action.operation === 'query') return { data: dataOrThrow(response) };
      return { data: response.data?.data };
    },
  };
}

/** One `buildQuery` for every resource of the table: react-admin verb + resource + params → GraphQL document. */
export function createBuildQuery(table: Record<string, ResourceDefinition> = RESOURCES): BuildQuery {
  return (fetchType: string, resource: string, params: QueryParams): BuildQueryResult => {
    const definition = getResourceDefinition(resource, table);
    const { inputTypes, typeName } = definition;

    switch (fetchType) {
      case GET_LIST:
      case GET_MANY_REFERENCE: {
        const filter = fetchType === GET_LIST ? params.filter : { ...params.filter, [String(params.target)]: params.id };
        const listed = listedIn(definition, filter);
        const variables = listVariables(listed, filter, params.sort, mapPage(params.pagination, params.range));
        return { query: listQuery(listed, resource), variables, parseResponse: listParser(listed) };
      }
      case GET_MANY: {
        if (!definition.filters.ids || !inputTypes.filter) {
          throw new Error(`The API cannot list ${resource} by ids (see the resource table)`);
        }
        const ids = params.range ? (params.ids ?? []) : (params.ids ?? []).slice(0, MAX_PAGE_SIZE);
        const variables: AnyRecord = {
          filter: { ids: ids.map(String) },
          ...(inputTypes.sort ? { sort: { field: definition.defaultSortField, direction: 'ASC' } } : {}),
          page: params.range ?? { offset: 0, limit: Math.max(1, Math.min(ids.length, MAX_PAGE_SIZE)) },
        };
        return {
          query: listQuery(definition, resource),
          variables,
          parseResponse: (response: Response) => ({ data: dataOrThrow<Page>(response).nodes }),
        };
      }
      case GET_ONE:
        return {
          query: gql(`
            query ${typeName}One($id: ID!) {
              data: ${operationOf(definition, resource, 'one')}(id: $id) { ${whole(definition)} }
            }
            ${fragment(definition, true)}
          `),
          variables: { id: String(params.id) },
          parseResponse: (response: Response) => ({ data: dataOrThrow(response) }),
        };
      case CREATE: {
        const create = operationOf(definition, resource, 'create');
        const { createResult } = definition;
        return {
          query: gql(`
            mutation ${create}($input: ${inputTypes.create}!) {
              data: ${create}(input: $input) { ${createResult ? createResult.selection : whole(definition)} }
            }
            ${fragment(definition, !createResult)}
          `),
          variables: { input: buildCreateInput(definition, params.data ?? {}) },
          parseResponse: (response: Response) => ({
            data: createResult ? createResult.toRecord(response.data?.data as AnyRecord) : response.data?.data,
          }),
        };
      }
      case UPDATE: {
        const update = operationOf(definition, resource, 'update');
        return {
          query: gql(`
            mutation ${update}($id: ID!, $input: ${inputTypes.update}!) {
              data: ${update}(id: $id, input: $input) { ${whole(definition)} }
            }
            ${fragment(definition, true)}
          `),
          variables: { id: String(params.id), input: buildUpdateInput(definition, params.data ?? {}, params.previousData) },
          parseResponse: (response: Response) => ({ data: response.data?.data }),
        };
      }
      case DELETE: {
        const remove = operationOf(definition, resource, 'delete');
        return {
          query: gql(`
            mutation ${remove}($id: ID!) {
              data: ${remove}(id: $id) { ${whole(definition)} }
            }
            ${fragment(definition, true)}
          `),
          variables: { id: String(params.id) },
          parseResponse: (response: Response) => ({ data: response.data?.data }),
        };
      }
      case ACTION:
        return buildAction(definition, resource, params);
      case UPDATE_MANY:
        // One input for several records cannot carry each record's version, which every update needs.
        throw new Error(`${resource}: records are updated one at a time, each with the version read`);
      case DELETE_MANY: {
        // The API has no bulk mutation: one document with an aliased mutation per record (one HTTP request).
        const ids = params.ids ?? [];
        if (ids.length === 0) throw new Error(`${fetchType} called without ids`);
        const operation = operationOf(definition, resource, 'delete');
        const declarations = ids.map((_, index) => `$id${index}: ID!`);
        const selections = ids.map((_, index) => `r${index}: ${operation}(id: $id${index}) { id }`);
        const variables: AnyRecord = Object.fromEntries(ids.map((id, index) => [`id${index}`, String(id)]));
        return {
          query: gql(`
            mutation ${operation}Many(${declarations.join(', ')}) {
              ${selections.join('\n')}
            }
          `),
          variables,
          parseResponse: (response: Response) => ({
            data: ids.map((_, index) => (response.data?.[`r${index}`] as AnyRecord | undefined)?.id).filter((id) => id != null),
          }),
        };
      }
      default:
        throw new Error(`Unsupported fetch type ${fetchType} for resource ${resource}`);
    }
  };
}

export const buildQuery = createBuildQuery();

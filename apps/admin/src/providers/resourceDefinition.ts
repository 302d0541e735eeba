import { schemaCapabilities, type SchemaCapabilities } from '@territoria/client';

/**
 * How each react-admin resource maps onto the API's GraphQL convention:
 *
 *   query <one>(id: ID!): <Type>!
 *   query <list>(filter: <Type>Filter, sort: <Type>Sort, page: PageInput): <Type>Page!   → { nodes totalCount hasNextPage }
 *   mutation create<Type>(input: Create<Type>Input!): <Type>!
 *   mutation update<Type>(id: ID!, input: Update<Type>Input!): <Type>!   (input.version: optimistic locking)
 *   mutation delete<Type>(id: ID!): <Type>!
 *
 * Each resource folder's `api.ts` declares its mapping with `defineResource(...)` (the list of
 * resources/index.ts makes the table). A resource that departs from the convention says how: an operation set to null does not exist (users are never deleted), a list
 * without filter or sort input takes only the page (API tokens), top-level list arguments are
 * filled from react-admin filters (a record's history), a create mutation may answer more than
 * the record (an API token and its secret), and `actions` name the other operations (revoking a
 * token, merging two contacts, adding members to a group…), run with the data provider's
 * `runAction`. Some lists are a field of another record (a group's members: `parent`; an edition's
 * sessions, read whole: `parent.whole`; a list two records hold: `alsoIn`), some
 * resources share a query with a fixed filter (country and thematic groups: `fixedFilter`).
 * A picker's selected values are read with the list query's `ids` filter.
 */

export interface FilterMapping {
  /** Field of the GraphQL filter input. */
  field: string;
  /** The GraphQL field is a list: a single react-admin value is wrapped in an array. */
  list?: boolean;
  /** The GraphQL field is a Boolean: "true" / "false" (a select's values) are sent as booleans. */
  boolean?: boolean;
}

/**
 * An operation outside react-admin's verbs, run with `dataProvider.runAction(resource, { action, id, data })`.
 * A plain string is a mutation taking the record's id and answering the record.
 */
export interface ActionDefinition {
  /** Query or mutation (default: mutation). */
  operation?: 'query' | 'mutation';
  /** The GraphQL field, e.g. "mergeContacts". */
  field: string;
  /** The argument carrying `params.id` (default "id"); null: the action takes no id. */
  idArgument?: string | null;
  /** Other arguments, read from `params.data` (name → GraphQL type). */
  arguments?: Record<string, string>;
  /** Selection set of the answer (default: the record's fragment); null: the answer is a scalar. */
  selection?: string | null;
}

/** The list is a field of another query's answer, e.g. group(id: $groupId) { members(filter, page) }. */
export interface ParentQuery {
  /** The query answering the parent record, e.g. "group". */
  query: string;
  /** Its argument, e.g. "id". */
  argument: string;
  /** The react-admin filter (or reference target) carrying the parent's id, e.g. "groupId". */
  filter: string;
  /** GraphQL type of the argument. */
  type: string;
  /** The list's field in this parent, when it is not the resource's list name (an edition's "awards", a collectivity's "labelAwards"). */
  field?: string;
  /**
   * The field answers the whole list, without filter, sort or page (an edition's sessions): it is
   * read at once and counted by its length.
   */
  whole?: boolean;
}

export interface ResourceDefinition {
  typeName: string;
  /** GraphQL operations; null: the API has none (the console must not call it). */
  operations: {
    one: string | null;
    list: string | null;
    create: string | null;
    update: string | null;
    delete: string | null;
  };
  /** GraphQL input types; a null filter or sort: the list query has no such argument. */
  inputTypes: {
    filter: string | null;
    sort: string | null;
    create: string;
    update: string;
  };
  /**
   * Top-level arguments of the list query besides filter, sort and page (name → GraphQL type),
   * read from the react-admin filter of the same name, e.g. history(entityType, entityId).
   */
  listArguments: Record<string, string>;
  /** GraphQL selection set of one record in a list (without the outer braces). */
  fields: string;
  /** Added to `fields` when one record is read or written (show pages), not in lists and exports. */
  detailFields?: string;
  /** Filter values always sent to the list query (e.g. the kind of groups a resource lists). */
  fixedFilter?: Record<string, unknown>;
  /** The list query is a field of another record (see ParentQuery). */
  parent?: ParentQuery;
  /** Other records holding the same list (a contact's participations, a collectivity's): read in the one whose filter is given. */
  alsoIn?: ParentQuery[];
  /** react-admin sort field → value of the API's sort field enum. */
  sortFields: Record<string, string>;
  /** Used when react-admin asks for a field missing from `sortFields`. */
  defaultSortField: string;
  /** react-admin filter key → GraphQL filter field. */
  filters: Record<string, FilterMapping>;
  /** Fields accepted by the create and update inputs; anything else in the form data is left out. */
  inputFields: readonly string[];
  /** Fields of the create input when they differ from the update input's. */
  createInputFields?: readonly string[];
  /** Field sent back with an update so the API refuses a stale save. */
  versionField?: string;
  /** Resource-specific clean-up of the input (e.g. turning a text into a list). */
  normalizeInput?: (input: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The create mutation answers a wrapper around the record: its selection set (the record's
   * fragment is available as `...<Type>Fields`) and how to make the react-admin record of it.
   */
  createResult?: { selection: string; toRecord: (result: Record<string, unknown>) => Record<string, unknown> };
  /** Operations outside react-admin's verbs (action name → definition; a string: a mutation taking the id). */
  actions: Record<string, string | ActionDefinition>;
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);
/** "UPDATED_AT" → "updatedAt": the react-admin field a sort value is named after. */
const camelCase = (value: string) => value.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const namedType = (type: string | undefined) => type?.replace(/[[\]!]/g, '') ?? null;

export interface ResourceConvention {
  typeName: string;
  /** Name of the list query, e.g. "collectivities" (null: the API lists them only inside another record). */
  plural: string | null;
  fields: string;
  detailFields?: string;
  fixedFilter?: Record<string, unknown>;
  parent?: ParentQuery;
  alsoIn?: ParentQuery[];
  /** react-admin fields sorted by a value of the API's sort enum other than their own name (e.g. lastName → NAME). */
  sortFields?: Record<string, string>;
  defaultSortField?: string;
  /** react-admin filter key → GraphQL filter field, besides `q` (search) and `id`/`ids` (ids) when the filter has them. */
  filters?: Record<string, FilterMapping>;
  inputFields?: readonly string[];
  createInputFields?: readonly string[];
  versionField?: string;
  normalizeInput?: ResourceDefinition['normalizeInput'];
  /** Departures from the naming convention (null: the console does not use it, or the API has none). */
  operations?: Partial<ResourceDefinition['operations']>;
  inputTypes?: Partial<ResourceDefinition['inputTypes']>;
  /** The list query's own arguments (name → type), when they are to be sent in another order than the schema's. */
  listArguments?: Record<string, string>;
  createResult?: ResourceDefinition['createResult'];
  actions?: Record<string, string | ActionDefinition>;
}

/**
 * A resource's mapping, read from the schema (packages/client's capabilities, generated from
 * schema.gql): the by-id query and the mutations exist when the schema has them under the
 * convention's names, the list's filter and sort inputs and its other arguments are the list
 * query's, `q` and `id`/`ids` are offered when the filter has `search` and `ids`, and every value
 * of the sort enum sorts the react-admin field of its name.
 */
export function defineResource(
  convention: ResourceConvention,
  schema: SchemaCapabilities = schemaCapabilities,
): ResourceDefinition {
  const { typeName, parent } = convention;
  const query = (name: string) => schema.Query[name];
  const mutation = (name: string) => schema.Mutation[name];
  const orNull = (name: string, exists: unknown) => (exists ? name : null);
  const conventional = {
    one: orNull(lowerFirst(typeName), query(lowerFirst(typeName))?.args.id),
    list: convention.plural,
    create: orNull(`create${typeName}`, mutation(`create${typeName}`)),
    update: orNull(`update${typeName}`, mutation(`update${typeName}`)),
    delete: orNull(`delete${typeName}`, mutation(`delete${typeName}`)),
  };
  const operations = { ...conventional, ...convention.operations };
  const parentType = parent ? query(parent.query)?.type : undefined;
  const list = operations.list
    ? parentType
      ? schema.objects[parentType]?.[operations.list]
      : query(operations.list)
    : undefined;
  const { filter: filterArgument, sort: sortArgument, page: _page, ...listArguments } = list?.args ?? {};
  const inputTypes = {
    filter: namedType(filterArgument),
    sort: namedType(sortArgument),
    create: namedType(operations.create ? mutation(operations.create)?.args.input : undefined) ?? `Create${typeName}Input`,
    update: namedType(operations.update ? mutation(operations.update)?.args.input : undefined) ?? `Update${typeName}Input`,
    ...convention.inputTypes,
  };
  const filterFields = inputTypes.filter ? (schema.inputs[inputTypes.filter] ?? {}) : {};
  const sortEnum = namedType(inputTypes.sort ? schema.inputs[inputTypes.sort]?.field : undefined);
  const sortValues = sortEnum ? (schema.enums[sortEnum] ?? []) : [];
  return {
    typeName,
    operations,
    inputTypes,
    listArguments: convention.listArguments ?? listArguments,
    fields: convention.fields,
    detailFields: convention.detailFields,
    fixedFilter: convention.fixedFilter,
    parent,
    alsoIn: convention.alsoIn,
    sortFields: { ...Object.fromEntries(sortValues.map((value) => [camelCase(value), value])), ...convention.sortFields },
    defaultSortField:
      convention.defaultSortField ?? (sortValues.includes('RELEVANCE') ? 'RELEVANCE' : (sortValues[0] ?? 'RELEVANCE')),
    filters: {
      ...('search' in filterFields ? { q: { field: 'search' } } : {}),
      ...('ids' in filterFields ? { id: { field: 'ids', list: true }, ids: { field: 'ids', list: true } } : {}),
      ...convention.filters,
    },
    inputFields: convention.inputFields ?? [],
    createInputFields: convention.createInputFields,
    versionField: convention.versionField,
    normalizeInput: convention.normalizeInput,
    createResult: convention.createResult,
    actions: convention.actions ?? {},
  };
}

/** Splits "21000, 21100; 21200" into ["21000", "21100", "21200"]. */
export function splitList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Splits "eau, santé; jeunesse" into ["eau", "santé", "jeunesse"] (themes hold spaces). */
export function splitThemes(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** "2026-03-31" (a date input) → the end of that day, local time, as the API's DateTime. */
export function endOfDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return value;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).toISOString();
}

/** "2021-06-29T09:30" (a date-time input, local time) → the API's DateTime (ISO, UTC). */
export function localDateTimeToIso(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value.trim())) return value;
  return new Date(value.trim()).toISOString();
}

/** Trims the given text fields; an empty text becomes null (nothing). */
export function trimTexts(input: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const output = { ...input };
  for (const field of fields) {
    if (typeof output[field] === 'string') output[field] = (output[field] as string).trim() || null;
  }
  return output;
}

import { parseEurosToCents } from '../util/money';

/**
 * How each react-admin resource maps onto the API's GraphQL convention:
 *
 *   query <one>(id: ID!): <Type>!
 *   query <list>(filter: <Type>Filter, sort: <Type>Sort, page: PageInput): <Type>Page!   → { nodes totalCount hasNextPage }
 *   mutation create<Type>(input: Create<Type>Input!): <Type>!
 *   mutation update<Type>(id: ID!, input: Update<Type>Input!): <Type>!   (input.version: optimistic locking)
 *   mutation delete<Type>(id: ID!): <Type>!
 *
 * Adding a resource is one `defineResource(...)` entry below. A resource that departs from the
 * convention says how: an operation set to null does not exist (users are never deleted), a list
 * without filter or sort input takes only the page (API tokens), top-level list arguments are
 * filled from react-admin filters (a record's history), a create mutation may answer more than
 * the record (an API token and its secret), and `actions` name mutations taking just an id
 * (revoking a token), run with the data provider's `runAction`.
 */

export interface FilterMapping {
  /** Field of the GraphQL filter input. */
  field: string;
  /** The GraphQL field is a list: a single react-admin value is wrapped in an array. */
  list?: boolean;
  /** The GraphQL field is a Boolean: "true" / "false" (a select's values) are sent as booleans. */
  boolean?: boolean;
}

export interface ResourceDefinition {
  typeName: string;
  /** GraphQL operations; null: the API has none (the console must not call it). */
  operations: {
    one: string | null;
    list: string;
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
  /** GraphQL selection set of one record (without the outer braces). */
  fields: string;
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
  /**
   * Updates send every writable field, not only the changed ones (the version still guards
   * against stale saves): for an API that mishandles the fields left out (see `users`).
   */
  updateSendsEveryField?: boolean;
  /** Resource-specific clean-up of the input (e.g. turning a text into a list). */
  normalizeInput?: (input: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The create mutation answers a wrapper around the record: its selection set (the record's
   * fragment is available as `...<Type>Fields`) and how to make the react-admin record of it.
   */
  createResult?: { selection: string; toRecord: (result: any) => Record<string, unknown> };
  /** Mutations taking only the record's id and answering the record (action name → mutation). */
  actions: Record<string, string>;
}

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

/** Filters every resource understands: the full-text search box and react-admin's "ids" lookups. */
const COMMON_FILTERS: Record<string, FilterMapping> = {
  q: { field: 'search' },
  id: { field: 'ids', list: true },
  ids: { field: 'ids', list: true },
};

export interface ResourceConvention {
  typeName: string;
  /** Name of the list query, e.g. "collectivities". */
  plural: string;
  fields: string;
  sortFields?: Record<string, string>;
  defaultSortField?: string;
  filters?: Record<string, FilterMapping>;
  /** false: the API's filter has neither `search` nor `ids` (only the filters given here). */
  commonFilters?: boolean;
  inputFields?: readonly string[];
  createInputFields?: readonly string[];
  versionField?: string;
  updateSendsEveryField?: boolean;
  normalizeInput?: ResourceDefinition['normalizeInput'];
  /** Departures from the naming convention (null: no such operation). */
  operations?: Partial<ResourceDefinition['operations']>;
  inputTypes?: Partial<ResourceDefinition['inputTypes']>;
  listArguments?: Record<string, string>;
  createResult?: ResourceDefinition['createResult'];
  actions?: Record<string, string>;
}

/** Derives operation and input type names from the API's naming convention. */
export function defineResource(convention: ResourceConvention): ResourceDefinition {
  const { typeName } = convention;
  return {
    typeName,
    operations: {
      one: lowerFirst(typeName),
      list: convention.plural,
      create: `create${typeName}`,
      update: `update${typeName}`,
      delete: `delete${typeName}`,
      ...convention.operations,
    },
    inputTypes: {
      filter: `${typeName}Filter`,
      sort: `${typeName}Sort`,
      create: `Create${typeName}Input`,
      update: `Update${typeName}Input`,
      ...convention.inputTypes,
    },
    listArguments: convention.listArguments ?? {},
    fields: convention.fields,
    sortFields: convention.sortFields ?? {},
    defaultSortField: convention.defaultSortField ?? 'RELEVANCE',
    filters: { ...(convention.commonFilters === false ? {} : COMMON_FILTERS), ...convention.filters },
    inputFields: convention.inputFields ?? [],
    createInputFields: convention.createInputFields,
    versionField: convention.versionField,
    updateSendsEveryField: convention.updateSendsEveryField,
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

const COLLECTIVITY_FIELDS = `
  id
  name
  kind
  countryCode
  inseeCode
  siren
  regionCode
  departmentCode
  postalCodes
  population
  address
  website
  email
  phone
  membershipStatus
  memberSince
  memberUntil
  notes
  fromReferential
  version
  createdAt
  updatedAt
  region { id name inseeCode }
  department { id name inseeCode }
`;

const USER_FIELDS = `
  id
  email
  displayName
  role
  active
  linkedContactId
  lastSignInAt
  version
  createdAt
  updatedAt
`;

const API_TOKEN_FIELDS = `
  id
  name
  prefix
  scopes
  expiresAt
  revokedAt
  lastUsedAt
  createdById
  createdAt
`;

const AUDIT_ENTRY_FIELDS = `
  id
  at
  action
  actorType
  actorId
  actorLabel
  entityType
  entityId
  changes { field before after }
`;

/** "2026-03-31" (a date input) → the end of that day, local time, as the API's DateTime. */
export function endOfDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return value;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).toISOString();
}

export const RESOURCES: Record<string, ResourceDefinition> = {
  collectivities: defineResource({
    typeName: 'Collectivity',
    plural: 'collectivities',
    fields: COLLECTIVITY_FIELDS,
    sortFields: {
      relevance: 'RELEVANCE',
      name: 'NAME',
      population: 'POPULATION',
      inseeCode: 'INSEE_CODE',
      kind: 'KIND',
      departmentCode: 'DEPARTMENT_CODE',
      'department.name': 'DEPARTMENT_CODE',
      membershipStatus: 'MEMBERSHIP_STATUS',
      updatedAt: 'UPDATED_AT',
    },
    defaultSortField: 'RELEVANCE',
    filters: {
      kind: { field: 'kinds', list: true },
      kinds: { field: 'kinds', list: true },
      membershipStatus: { field: 'membershipStatuses', list: true },
      membershipStatuses: { field: 'membershipStatuses', list: true },
      regionCode: { field: 'regionCode' },
      departmentCode: { field: 'departmentCode' },
      countryCode: { field: 'countryCode' },
    },
    inputFields: [
      'name',
      'kind',
      'countryCode',
      'inseeCode',
      'siren',
      'regionCode',
      'departmentCode',
      'postalCodes',
      'population',
      'address',
      'website',
      'email',
      'phone',
      'membershipStatus',
      'memberSince',
      'memberUntil',
      'notes',
      // sent with a change of membership status only (the council's deliberation)
      'deliberationDate',
      'deliberationReference',
    ],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = { ...input };
      if ('postalCodes' in output) output.postalCodes = splitList(output.postalCodes) ?? [];
      for (const field of ['inseeCode', 'siren', 'regionCode', 'departmentCode'] as const) {
        if (typeof output[field] === 'string') output[field] = (output[field] as string).replace(/\s+/g, '').toUpperCase();
      }
      if (typeof output.countryCode === 'string') output.countryCode = output.countryCode.toUpperCase();
      if (typeof output.population === 'string') {
        const digits = output.population.replace(/[\s\u202f\u00a0]/g, '');
        output.population = digits === '' ? null : Number(digits);
      }
      return output;
    },
  }),
  users: defineResource({
    typeName: 'User',
    plural: 'users',
    fields: USER_FIELDS,
    // Users are never deleted: they are deactivated (active: false), their history stays.
    operations: { delete: null },
    // The API lists users by display name; its filter has no ids.
    inputTypes: { sort: null },
    commonFilters: false,
    filters: {
      q: { field: 'search' },
      role: { field: 'roles', list: true },
      roles: { field: 'roles', list: true },
      active: { field: 'active', boolean: true },
    },
    inputFields: ['email', 'displayName', 'role', 'active', 'password', 'linkedContactId'],
    createInputFields: ['email', 'displayName', 'role', 'password', 'linkedContactId'],
    versionField: 'version',
    // The API's updateUser copies the fields left out of its input as undefined onto the user:
    // it then answers INTERNAL_SERVER_ERROR ("Cannot return null for non-nullable field
    // User.email") and audits them as emptied. Until it ignores them, send every field.
    updateSendsEveryField: true,
    normalizeInput: (input) => {
      const output = { ...input };
      if (typeof output.email === 'string') output.email = output.email.trim();
      if (typeof output.displayName === 'string') output.displayName = output.displayName.trim();
      if (typeof output.linkedContactId === 'string') output.linkedContactId = output.linkedContactId.trim() || null;
      // An empty password field on the edit form means "keep the current one".
      if (output.password === null) delete output.password;
      return output;
    },
  }),
  apiTokens: defineResource({
    typeName: 'ApiToken',
    plural: 'apiTokens',
    fields: API_TOKEN_FIELDS,
    // Tokens are created, listed and revoked: never read alone, edited or deleted.
    operations: { one: null, update: null, delete: null },
    inputTypes: { filter: null, sort: null },
    commonFilters: false,
    inputFields: ['name', 'scopes', 'expiresAt'],
    normalizeInput: (input) => {
      const output = { ...input };
      if (typeof output.name === 'string') output.name = output.name.trim();
      if (typeof output.expiresAt === 'string') output.expiresAt = endOfDay(output.expiresAt);
      return output;
    },
    // The secret comes with the created token, this once: the console shows it, then forgets it.
    createResult: {
      selection: 'token { ...ApiTokenFields } secret',
      toRecord: (result) => ({ ...result.token, secret: result.secret }),
    },
    actions: { revoke: 'revokeApiToken' },
  }),
  auditEntries: defineResource({
    typeName: 'AuditEntry',
    plural: 'auditEntries',
    fields: AUDIT_ENTRY_FIELDS,
    // The journal is read-only, newest first.
    operations: { one: null, create: null, update: null, delete: null },
    inputTypes: { filter: 'AuditFilterInput', sort: null },
    commonFilters: false,
    filters: {
      entityType: { field: 'entityType' },
      entityId: { field: 'entityId' },
      actorId: { field: 'actorId' },
    },
  }),
  /** One record's history (ADMIN and STAFF): filter or reference on entityType and entityId. */
  history: defineResource({
    typeName: 'AuditEntry',
    plural: 'history',
    fields: AUDIT_ENTRY_FIELDS,
    operations: { one: null, create: null, update: null, delete: null },
    inputTypes: { filter: null, sort: null },
    commonFilters: false,
    listArguments: { entityType: 'String!', entityId: 'ID!' },
  }),
  /** Partners of the association (ministries, agencies, EU programmes…): ADMIN and STAFF. */
  partners: defineResource({
    typeName: 'Partner',
    plural: 'partners',
    fields: `
      id
      name
      acronym
      kind
      countryCode
      website
      notes
      version
      createdAt
      updatedAt
    `,
    // Listed by name; the filter has neither sort nor ids (the picker loads the partners at once).
    inputTypes: { sort: null },
    commonFilters: false,
    filters: {
      q: { field: 'search' },
      kind: { field: 'kinds', list: true },
      kinds: { field: 'kinds', list: true },
    },
    inputFields: ['name', 'acronym', 'kind', 'countryCode', 'website', 'notes'],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = trimTexts(input, ['name', 'acronym', 'website']);
      if (typeof output.countryCode === 'string') output.countryCode = output.countryCode.trim().toUpperCase() || null;
      return output;
    },
  }),
  /** A partner's support for one year; amounts in euro cents (typed in euros). */
  partnerships: defineResource({
    typeName: 'Partnership',
    plural: 'partnerships',
    fields: `
      id
      year
      kind
      amountCents
      agreementReference
      eventId
      notes
      version
      partnerId
      partner { id name acronym kind }
    `,
    // The API has no partnership(id): the edit page finds it by listing (providers/lookups.ts).
    operations: { one: null },
    // Newest year first, largest amounts first; no search and no ids in the filter.
    inputTypes: { sort: null },
    commonFilters: false,
    filters: {
      partnerId: { field: 'partnerId' },
      year: { field: 'year' },
      kind: { field: 'kinds', list: true },
      kinds: { field: 'kinds', list: true },
    },
    // A partnership stays with its partner: the partner is chosen on creation only.
    inputFields: ['year', 'kind', 'amountCents', 'agreementReference', 'notes'],
    createInputFields: ['partnerId', 'year', 'kind', 'amountCents', 'agreementReference', 'notes'],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = trimTexts(input, ['agreementReference']);
      if (typeof output.amountCents === 'string') output.amountCents = parseEurosToCents(output.amountCents);
      if (typeof output.year === 'string') output.year = output.year.trim() === '' ? null : Number(output.year);
      return output;
    },
  }),
  /**
   * Yearly dues (read-only here: generated, paid and waived with the operations of
   * providers/operations.ts). Newest year first, then by collectivity name.
   */
  membershipFees: defineResource({
    typeName: 'MembershipFee',
    plural: 'membershipFees',
    fields: `
      id
      year
      amountCents
      computation
      status
      invoicedOn
      dueOn
      paidOn
      paymentReference
      waiverReason
      version
      collectivity { id name population }
    `,
    operations: { one: null, create: null, update: null, delete: null },
    inputTypes: { sort: null },
    commonFilters: false,
    filters: {
      q: { field: 'search' },
      year: { field: 'year' },
      status: { field: 'statuses', list: true },
      statuses: { field: 'statuses', list: true },
      collectivityId: { field: 'collectivityId' },
    },
  }),
};

/** Trims the given text fields; an empty text becomes null (nothing). */
function trimTexts(input: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const output = { ...input };
  for (const field of fields) {
    if (typeof output[field] === 'string') output[field] = (output[field] as string).trim() || null;
  }
  return output;
}

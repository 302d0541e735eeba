import { parseEurosToCents } from '../util/money';
import { MAILING_RESOURCES } from '../resources/mailings/definition';

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
 * the record (an API token and its secret), and `actions` name the other operations (revoking a
 * token, merging two contacts, adding members to a group…), run with the data provider's
 * `runAction`. Some lists are a field of another record (a group's members: `parent`), some
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
  /** Operations outside react-admin's verbs (action name → definition; a string: a mutation taking the id). */
  actions: Record<string, string | ActionDefinition>;
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
  /** Name of the list query, e.g. "collectivities" (null: the API lists them only inside another record). */
  plural: string | null;
  fields: string;
  detailFields?: string;
  fixedFilter?: Record<string, unknown>;
  parent?: ParentQuery;
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
  actions?: Record<string, string | ActionDefinition>;
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
    detailFields: convention.detailFields,
    fixedFilter: convention.fixedFilter,
    parent: convention.parent,
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

/** A collectivity in lists and exports; its groups, contacts and cooperations are read on its page. */
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

/** A cooperation as shown on a collectivity or a country group (both sides named, never bare ids). */
const COOPERATION_FIELDS = `
  id
  kind
  since
  endedOn
  themes
  notes
  countryCode
  version
  frenchCollectivityId
  foreignCollectivityId
  frenchCollectivity { id name }
  foreignCollectivity { id name countryCode }
`;

const COLLECTIVITY_DETAIL_FIELDS = `
  contactCount
  groups { id kind name }
  cooperations { ${COOPERATION_FIELDS} }
`;

const CONTACT_FIELDS = `
  id
  civility
  firstName
  lastName
  email
  phone
  consentStatus
  consentAt
  consentSource
  erasedAt
  version
  createdAt
  updatedAt
  positions { id title kind startedOn endedOn current version collectivityId partnerId collectivity { id name } }
  groups { id kind name }
`;

const CONTACT_DETAIL_FIELDS = `
  notes
  offices { id role startedOn endedOn current groupId group { id kind name } }
`;

const POSITION_FIELDS = `
  id
  contactId
  title
  kind
  startedOn
  endedOn
  current
  version
  collectivityId
  partnerId
  collectivity { id name }
`;

const GROUP_FIELDS = `
  id
  kind
  name
  description
  allowsCoPresidency
  version
  memberCount
  createdAt
  updatedAt
  officers { id role startedOn endedOn current contactId contact { id firstName lastName } }
  ... on CountryGroup { countries }
  ... on ThematicGroup { theme }
`;

const GROUP_DETAIL_FIELDS = `
  ... on CountryGroup { cooperations { ${COOPERATION_FIELDS} } }
`;

const GROUP_MEMBER_FIELDS = `
  id
  groupId
  collectivityId
  joinedOn
  leftOn
  collectivity { id name kind inseeCode countryCode contactCount department { id name inseeCode } }
`;

const GROUP_OFFICE_FIELDS = `
  id
  groupId
  contactId
  role
  startedOn
  endedOn
  current
  contact { id firstName lastName }
`;

/** A participation in lists, exports and the check-in desk: names, never bare ids. */
const PARTICIPATION_FIELDS = `
  id
  eventId
  contactId
  collectivityId
  partnerId
  organisationName
  displayName
  organisationDisplayName
  role
  status
  countryCode
  registeredAt
  checkedInAt
  notes
  version
  createdAt
  updatedAt
  event { id title year editionNumber }
`;

const IMPORT_CANDIDATE_FIELDS = 'id kind name detail';

/** What previewParticipationImport answers: the file as read, the mapping, and each row's outcome. */
const IMPORT_PREVIEW_FIELDS = `
  encoding
  delimiter
  columns { index header field sample }
  counts { rows ready alreadyRegistered ambiguous errors duplicates statusChanges }
  questions { question count lines singleCandidate }
  statuses { value count status mapped }
  rows {
    line outcome civility firstName lastName email organisation jobTitle countryCode role status currentStatus statusChange
    contactMatch contactId contactCandidates { ${IMPORT_CANDIDATE_FIELDS} }
    organisationMatch collectivityId partnerId organisationCandidates { ${IMPORT_CANDIDATE_FIELDS} }
    existingParticipationId duplicateOfLine questions
    errors { field code value message }
    notices { field code value message }
  }
`;

/** An edition's committed imports, as the import page lists them. */
const PARTICIPATION_IMPORT_FIELDS = `
  id fileName importedAt importedBy rows participationsCreated contactsCreated positionsCreated statusesUpdated unchanged skipped undoneAt undoneBy
`;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** Splits "eau, santé; jeunesse" into ["eau", "santé", "jeunesse"] (themes hold spaces). */
export function splitThemes(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** The first position of a contact being created: sent only when it names a collectivity. */
function normalizePosition(value: unknown): unknown {
  if (!value || typeof value !== 'object') return undefined;
  const position = value as Record<string, unknown>;
  if (!position.collectivityId) return undefined;
  const result: Record<string, unknown> = {
    collectivityId: position.collectivityId,
    title: trimmed(position.title),
    kind: position.kind,
    startedOn: position.startedOn,
  };
  if (position.endedOn) result.endedOn = position.endedOn;
  return result;
}

const GROUP_BASE = {
  typeName: 'Group',
  plural: 'groups',
  fields: GROUP_FIELDS,
  detailFields: GROUP_DETAIL_FIELDS,
  // The API creates each kind with its own mutation (see countryGroups and thematicGroups).
  operations: { one: 'group', create: null, update: 'updateGroup', delete: 'deleteGroup' },
  // Groups come ordered by kind then name: no sort argument.
  inputTypes: { filter: 'GroupFilter', sort: null, update: 'UpdateGroupInput' },
  filters: {
    q: { field: 'search' },
    kind: { field: 'kind' },
    countryCode: { field: 'countryCode' },
  },
  inputFields: ['name', 'description', 'allowsCoPresidency'],
  versionField: 'version',
} satisfies ResourceConvention;

function normalizeGroupInput(input: Record<string, unknown>): Record<string, unknown> {
  const output = { ...input };
  for (const field of ['name', 'theme'] as const) {
    if (typeof output[field] === 'string') output[field] = (output[field] as string).trim();
  }
  if (typeof output.description === 'string') output.description = output.description.trim() || null;
  if (Array.isArray(output.countries)) output.countries = output.countries.map((code) => String(code).toUpperCase());
  return output;
}

/** "2026-03-31" (a date input) → the end of that day, local time, as the API's DateTime. */
export function endOfDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return value;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).toISOString();
}

/** Rencontres (events module): an edition as listed, shown and edited. */
/** A due as the dues list and the operations on dues return it. */
export const MEMBERSHIP_FEE_FIELDS = `
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
`;

export const EVENT_FIELDS = `
  id
  seriesId
  series { id name acronym }
  editionNumber
  year
  title
  startsOn
  endsOn
  venue
  city
  theme
  website
  hashtag
  version
  createdAt
  updatedAt
`;

/** A part of an edition's programme, with its speakers (contacts). */
export const EVENT_SESSION_FIELDS = `
  id
  eventId
  title
  kind
  startsAt
  durationMinutes
  room
  description
  version
  speakers { id civility firstName lastName }
`;

/** A label awarded to a collectivity (the label and the edition named, never bare ids). */
export const LABEL_AWARD_FIELDS = `
  id
  labelId
  label { id name }
  collectivityId
  collectivity { id name kind inseeCode countryCode }
  year
  eventId
  event { id editionNumber year title }
  citation
  version
`;

/** "2021-06-29T09:30" (a date-time input, local time) → the API's DateTime (ISO, UTC). */
export function localDateTimeToIso(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value.trim())) return value;
  return new Date(value.trim()).toISOString();
}

const COLLECTIVITY_CREATE_FIELDS = [
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
];

export const RESOURCES: Record<string, ResourceDefinition> = {
  collectivities: defineResource({
    typeName: 'Collectivity',
    plural: 'collectivities',
    fields: COLLECTIVITY_FIELDS,
    detailFields: COLLECTIVITY_DETAIL_FIELDS,
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
      ...COLLECTIVITY_CREATE_FIELDS,
      // sent with a change of membership status only (the council's deliberation)
      'deliberationDate',
      'deliberationReference',
    ],
    // A new collectivity has no membership change to justify yet.
    createInputFields: COLLECTIVITY_CREATE_FIELDS,
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
    inputFields: ['year', 'kind', 'amountCents', 'agreementReference', 'eventId', 'notes'],
    createInputFields: ['partnerId', 'year', 'kind', 'amountCents', 'agreementReference', 'eventId', 'notes'],
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
    fields: MEMBERSHIP_FEE_FIELDS,
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
  // --- Rencontres (events module): editions, their programme and their label awards ---
  /** Editions of the yearly event, newest first (the API's order: no sort argument). */
  events: defineResource({
    typeName: 'Event',
    plural: 'events',
    fields: EVENT_FIELDS,
    inputTypes: { sort: null },
    filters: {
      q: { field: 'search' },
      year: { field: 'year' },
      seriesId: { field: 'seriesId' },
      upcoming: { field: 'upcoming', boolean: true },
    },
    inputFields: ['editionNumber', 'year', 'title', 'startsOn', 'endsOn', 'venue', 'city', 'theme', 'website', 'hashtag'],
    // an edition stays in its series
    createInputFields: [
      'seriesId',
      'editionNumber',
      'year',
      'title',
      'startsOn',
      'endsOn',
      'venue',
      'city',
      'theme',
      'website',
      'hashtag',
    ],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = trimTexts(input, ['title', 'venue', 'city', 'theme', 'website', 'hashtag']);
      for (const field of ['editionNumber', 'year'] as const) {
        if (typeof output[field] === 'string') output[field] = output[field] === '' ? null : Number(output[field]);
      }
      return output;
    },
  }),
  /** An edition's sessions: read with the edition (event.sessions), written here. */
  eventSessions: defineResource({
    typeName: 'EventSession',
    plural: null,
    fields: EVENT_SESSION_FIELDS,
    operations: { one: null },
    inputTypes: { filter: null, sort: null },
    commonFilters: false,
    inputFields: ['title', 'kind', 'startsAt', 'durationMinutes', 'room', 'description', 'speakerIds'],
    createInputFields: ['eventId', 'title', 'kind', 'startsAt', 'durationMinutes', 'room', 'description', 'speakerIds'],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = trimTexts(input, ['title', 'room', 'description']);
      if ('startsAt' in output) output.startsAt = localDateTimeToIso(output.startsAt);
      if (Array.isArray(output.speakerIds)) output.speakerIds = output.speakerIds.map(String);
      return output;
    },
  }),
  /** Labels awarded to collectivities: read with the edition or the collectivity, written here. */
  labelAwards: defineResource({
    typeName: 'LabelAward',
    plural: null,
    fields: LABEL_AWARD_FIELDS,
    operations: { one: null, create: 'awardLabel' },
    inputTypes: { filter: null, sort: null, create: 'AwardLabelInput' },
    commonFilters: false,
    inputFields: ['year', 'eventId', 'citation'],
    createInputFields: ['labelId', 'collectivityId', 'year', 'eventId', 'citation'],
    versionField: 'version',
    normalizeInput: (input) => trimTexts(input, ['citation']),
  }),
  // --- end of Rencontres ---

  /**
   * People: elected officials and staff of the collectivities. Never deleted: merged into a
   * duplicate, or erased (anonymised) on request by an ADMIN.
   */
  contacts: defineResource({
    typeName: 'Contact',
    plural: 'contacts',
    fields: CONTACT_FIELDS,
    detailFields: CONTACT_DETAIL_FIELDS,
    operations: { delete: null },
    sortFields: { name: 'NAME', lastName: 'NAME', updatedAt: 'UPDATED_AT', createdAt: 'CREATED_AT' },
    defaultSortField: 'NAME',
    filters: {
      q: { field: 'search' },
      collectivityId: { field: 'collectivityId' },
      groupId: { field: 'groupId' },
      consentStatus: { field: 'consentStatuses', list: true },
      consentStatuses: { field: 'consentStatuses', list: true },
      positionKind: { field: 'positionKind' },
    },
    inputFields: ['civility', 'firstName', 'lastName', 'email', 'phone', 'consentStatus', 'consentSource', 'notes'],
    createInputFields: [
      'civility',
      'firstName',
      'lastName',
      'email',
      'phone',
      'consentStatus',
      'consentSource',
      'notes',
      'position',
      'confirmNotDuplicate',
    ],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = { ...input };
      for (const field of ['firstName', 'lastName', 'phone', 'consentSource'] as const) {
        if (typeof output[field] === 'string') output[field] = (output[field] as string).trim();
      }
      if (typeof output.email === 'string') output.email = output.email.trim().toLowerCase() || null;
      if ('position' in output) output.position = normalizePosition(output.position);
      if ('confirmNotDuplicate' in output) output.confirmNotDuplicate = output.confirmNotDuplicate === true;
      return output;
    },
    actions: {
      erase: 'eraseContact',
      exportData: { field: 'exportContactData', selection: null },
      merge: { field: 'mergeContacts', idArgument: 'keptId', arguments: { mergedId: 'ID!' } },
      possibleDuplicates: {
        operation: 'query',
        field: 'possibleDuplicateContacts',
        idArgument: null,
        arguments: { firstName: 'String!', lastName: 'String!', email: 'String', collectivityId: 'ID' },
        selection: 'id firstName lastName email',
      },
    },
  }),
  /** A contact's mandates and jobs, read with the contact: created, edited (ended) and deleted here. */
  positions: defineResource({
    typeName: 'Position',
    plural: null,
    fields: POSITION_FIELDS,
    operations: { one: null },
    inputTypes: { filter: null, sort: null },
    commonFilters: false,
    inputFields: ['title', 'kind', 'startedOn', 'endedOn'],
    createInputFields: ['contactId', 'collectivityId', 'title', 'kind', 'startedOn', 'endedOn'],
    versionField: 'version',
    normalizeInput: (input) => ({ ...input, ...(typeof input.title === 'string' ? { title: input.title.trim() } : {}) }),
  }),
  /** Groups of both kinds: the pickers, and a group president's "Mes groupes". */
  groups: defineResource(GROUP_BASE),
  countryGroups: defineResource({
    ...GROUP_BASE,
    fixedFilter: { kind: 'COUNTRY' },
    operations: { ...GROUP_BASE.operations, create: 'createCountryGroup' },
    inputTypes: { ...GROUP_BASE.inputTypes, create: 'CreateCountryGroupInput' },
    inputFields: ['name', 'description', 'allowsCoPresidency', 'countries'],
    normalizeInput: normalizeGroupInput,
  }),
  thematicGroups: defineResource({
    ...GROUP_BASE,
    fixedFilter: { kind: 'THEMATIC' },
    operations: { ...GROUP_BASE.operations, create: 'createThematicGroup' },
    inputTypes: { ...GROUP_BASE.inputTypes, create: 'CreateThematicGroupInput' },
    inputFields: ['name', 'description', 'allowsCoPresidency', 'theme'],
    normalizeInput: normalizeGroupInput,
  }),
  /** A group's members, a page at a time: group(id) { members(filter, page) }; added and removed by actions. */
  groupMembers: defineResource({
    typeName: 'GroupMember',
    plural: 'members',
    fields: GROUP_MEMBER_FIELDS,
    parent: { query: 'group', argument: 'id', filter: 'groupId', type: 'ID!' },
    operations: { one: null, create: null, update: null, delete: null },
    inputTypes: { filter: 'GroupMemberFilter', sort: null },
    commonFilters: false,
    filters: {
      q: { field: 'search' },
      currentOnly: { field: 'currentOnly', boolean: true },
    },
    actions: {
      add: {
        field: 'addGroupMembers',
        idArgument: null,
        arguments: { groupId: 'ID!', collectivityIds: '[ID!]!', joinedOn: 'Date' },
      },
      remove: {
        field: 'removeGroupMember',
        idArgument: null,
        arguments: { groupId: 'ID!', collectivityId: 'ID!', leftOn: 'Date' },
      },
    },
  }),
  /** A group's officers (read with the group): assigned with `create`, ended with the "end" action. */
  groupOffices: defineResource({
    typeName: 'GroupOffice',
    plural: null,
    fields: GROUP_OFFICE_FIELDS,
    operations: { one: null, create: 'assignGroupOfficer', update: null, delete: null },
    inputTypes: { filter: null, sort: null, create: 'AssignOfficerInput' },
    commonFilters: false,
    inputFields: ['groupId', 'contactId', 'role', 'startedOn', 'endedOn'],
    actions: { end: { field: 'endGroupOffice', arguments: { endedOn: 'Date' } } },
  }),
  /** A French collectivity's cooperations with foreign local governments (read with either side). */
  cooperations: defineResource({
    typeName: 'Cooperation',
    plural: null,
    fields: COOPERATION_FIELDS,
    operations: { one: null },
    inputTypes: { filter: null, sort: null },
    commonFilters: false,
    inputFields: ['kind', 'since', 'endedOn', 'themes', 'notes'],
    createInputFields: ['frenchCollectivityId', 'foreignCollectivityId', 'kind', 'since', 'themes', 'notes'],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = { ...input };
      if ('themes' in output) output.themes = splitThemes(output.themes) ?? [];
      if (typeof output.notes === 'string') output.notes = output.notes.trim() || null;
      return output;
    },
  }),

  // --- events: participations (registrations, check-in at the door, CSV import) ---
  /**
   * Who takes part in an edition: a person and/or an organisation. Listed by name within an
   * edition; a group president reads only those of his groups' members (the API narrows).
   */
  participations: defineResource({
    typeName: 'Participation',
    plural: 'participations',
    fields: PARTICIPATION_FIELDS,
    sortFields: {
      name: 'NAME',
      displayName: 'NAME',
      registeredAt: 'REGISTERED_AT',
      checkedInAt: 'CHECKED_IN_AT',
      status: 'STATUS',
      role: 'ROLE',
      countryCode: 'COUNTRY',
    },
    defaultSortField: 'NAME',
    filters: {
      q: { field: 'search' },
      eventId: { field: 'eventId' },
      contactId: { field: 'contactId' },
      collectivityId: { field: 'collectivityId' },
      partnerId: { field: 'partnerId' },
      groupId: { field: 'groupId' },
      status: { field: 'statuses', list: true },
      statuses: { field: 'statuses', list: true },
      role: { field: 'roles', list: true },
      roles: { field: 'roles', list: true },
      countryCode: { field: 'countryCodes', list: true },
      countryCodes: { field: 'countryCodes', list: true },
      checkedIn: { field: 'checkedIn', boolean: true },
    },
    // The person and the edition are chosen once; the organisation, role, status, country and notes change.
    inputFields: ['collectivityId', 'partnerId', 'organisationName', 'role', 'status', 'countryCode', 'notes'],
    createInputFields: [
      'eventId',
      'contactId',
      'collectivityId',
      'partnerId',
      'organisationName',
      'role',
      'status',
      'countryCode',
      'notes',
    ],
    versionField: 'version',
    normalizeInput: (input) => {
      const output = trimTexts(input, ['organisationName', 'notes']);
      if (typeof output.countryCode === 'string') output.countryCode = output.countryCode.trim().toUpperCase() || null;
      return output;
    },
    actions: {
      // at the door: answers whether another desk had already done it (not an error)
      checkIn: { field: 'checkInParticipation', selection: 'participation { ...ParticipationFields } alreadyCheckedIn' },
      undoCheckIn: 'undoCheckIn',
      // after the day: whoever never arrived is marked absent
      markAbsentees: {
        field: 'markAbsentees',
        idArgument: null,
        arguments: { eventId: 'ID!' },
        selection: 'eventId markedAbsent',
      },
      // a registration list: read and matched (nothing written), then imported all or nothing
      previewImport: {
        field: 'previewParticipationImport',
        idArgument: null,
        arguments: { input: 'ParticipationImportInput!' },
        selection: IMPORT_PREVIEW_FIELDS,
      },
      commitImport: {
        field: 'commitParticipationImport',
        idArgument: null,
        arguments: { input: 'ParticipationImportInput!' },
        selection: 'importId participationsCreated contactsCreated positionsCreated statusesUpdated unchanged skipped',
      },
      // an edition's imports, and the undoing of one as a whole
      imports: {
        operation: 'query',
        field: 'participationImports',
        idArgument: null,
        arguments: { eventId: 'ID!' },
        selection: PARTICIPATION_IMPORT_FIELDS,
      },
      undoImport: {
        field: 'undoParticipationImport',
        selection: 'importId participationsDeleted statusesRestored contactsDeleted contactsKept',
      },
      // the list's bulk actions: all or nothing
      setStatus: {
        field: 'setParticipationsStatus',
        idArgument: null,
        arguments: { ids: '[ID!]!', status: 'ParticipationStatus!' },
        selection: 'changed participations { ...ParticipationFields }',
      },
      deleteMany: { field: 'deleteParticipations', idArgument: null, arguments: { ids: '[ID!]!' }, selection: 'deleted ids' },
      // the desk: a search tolerant of typos, and someone who did not register
      deskSearch: {
        operation: 'query',
        field: 'checkInSearch',
        idArgument: null,
        arguments: { eventId: 'ID!', search: 'String!', limit: 'Int' },
      },
      walkIn: { field: 'registerWalkIn', idArgument: null, arguments: { input: 'WalkInInput!' } },
    },
  }),
  // --- end of participations ---
  ...Object.fromEntries(Object.entries(MAILING_RESOURCES).map(([name, convention]) => [name, defineResource(convention)])),
};

/** Trims the given text fields; an empty text becomes null (nothing). */
function trimTexts(input: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const output = { ...input };
  for (const field of fields) {
    if (typeof output[field] === 'string') output[field] = (output[field] as string).trim() || null;
  }
  return output;
}

/**
 * How each react-admin resource maps onto the API's GraphQL convention:
 *
 *   query <one>(id: ID!): <Type>!
 *   query <list>(filter: <Type>Filter, sort: <Type>Sort, page: PageInput): <Type>Page!   → { nodes totalCount hasNextPage }
 *   mutation create<Type>(input: Create<Type>Input!): <Type>!
 *   mutation update<Type>(id: ID!, input: Update<Type>Input!): <Type>!   (input.version: optimistic locking)
 *   mutation delete<Type>(id: ID!): <Type>!
 *
 * Adding a resource is one `defineResource(...)` entry below.
 */

export interface FilterMapping {
  /** Field of the GraphQL filter input. */
  field: string;
  /** The GraphQL field is a list: a single react-admin value is wrapped in an array. */
  list?: boolean;
}

export interface ResourceDefinition {
  typeName: string;
  operations: {
    one: string;
    list: string;
    create: string;
    update: string;
    delete: string;
  };
  inputTypes: {
    filter: string;
    sort: string;
    create: string;
    update: string;
  };
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
  /** Field sent back with an update so the API refuses a stale save. */
  versionField?: string;
  /** Resource-specific clean-up of the input (e.g. turning a text into a list). */
  normalizeInput?: (input: Record<string, unknown>) => Record<string, unknown>;
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
  sortFields: Record<string, string>;
  defaultSortField?: string;
  filters?: Record<string, FilterMapping>;
  inputFields: readonly string[];
  versionField?: string;
  normalizeInput?: ResourceDefinition['normalizeInput'];
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
    },
    inputTypes: {
      filter: `${typeName}Filter`,
      sort: `${typeName}Sort`,
      create: `Create${typeName}Input`,
      update: `Update${typeName}Input`,
    },
    fields: convention.fields,
    sortFields: convention.sortFields,
    defaultSortField: convention.defaultSortField ?? 'RELEVANCE',
    filters: { ...COMMON_FILTERS, ...convention.filters },
    inputFields: convention.inputFields,
    versionField: convention.versionField,
    normalizeInput: convention.normalizeInput,
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
};

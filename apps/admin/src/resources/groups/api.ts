import { defineResource, type ResourceConvention } from '../../providers/resourceDefinition';
import { COOPERATION_FIELDS } from '../cooperations/api';

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

const GROUP_BASE = {
  typeName: 'Group',
  plural: 'groups',
  fields: GROUP_FIELDS,
  detailFields: GROUP_DETAIL_FIELDS,
  filters: {
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

/** Groups of both kinds: the pickers, and a group president's "Mes groupes". */
export const groupsApi = defineResource(GROUP_BASE);

export const countryGroupsApi = defineResource({
  ...GROUP_BASE,
  fixedFilter: { kind: 'COUNTRY' },
  operations: { create: 'createCountryGroup' },
  inputFields: ['name', 'description', 'allowsCoPresidency', 'countries'],
  normalizeInput: normalizeGroupInput,
});

export const thematicGroupsApi = defineResource({
  ...GROUP_BASE,
  fixedFilter: { kind: 'THEMATIC' },
  operations: { create: 'createThematicGroup' },
  inputFields: ['name', 'description', 'allowsCoPresidency', 'theme'],
  normalizeInput: normalizeGroupInput,
});
/** A group's members, a page at a time: group(id) { members(filter, page) }; added and removed by actions. */

export const groupMembersApi = defineResource({
  typeName: 'GroupMember',
  plural: 'members',
  fields: GROUP_MEMBER_FIELDS,
  parent: { query: 'group', argument: 'id', filter: 'groupId', type: 'ID!' },
  filters: {
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
});
/** A group's officers (read with the group): assigned with `create`, ended with the "end" action. */

export const groupOfficesApi = defineResource({
  typeName: 'GroupOffice',
  plural: null,
  fields: GROUP_OFFICE_FIELDS,
  operations: { create: 'assignGroupOfficer' },
  inputFields: ['groupId', 'contactId', 'role', 'startedOn', 'endedOn'],
  actions: { end: { field: 'endGroupOffice', arguments: { endedOn: 'Date' } } },
});
/** A French collectivity's cooperations with foreign local governments (read with either side). */

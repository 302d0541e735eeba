import { REFERENTIAL_OWNED_FIELDS } from '@territoria/domain';
import { defineResource, splitList } from '../../providers/resourceDefinition';
import { COOPERATION_FIELDS } from '../cooperations/api';

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

const COLLECTIVITY_DETAIL_FIELDS = `
  contactCount
  groups { id kind name }
  cooperations { ${COOPERATION_FIELDS} }
`;

// the referential's own fields (identity, place, population), then those staff keep
const COLLECTIVITY_CREATE_FIELDS = [
  ...REFERENTIAL_OWNED_FIELDS,
  'address',
  'website',
  'email',
  'phone',
  'membershipStatus',
  'memberSince',
  'memberUntil',
  'notes',
];

export const collectivitiesApi = defineResource({
  typeName: 'Collectivity',
  plural: 'collectivities',
  fields: COLLECTIVITY_FIELDS,
  detailFields: COLLECTIVITY_DETAIL_FIELDS,
  // the schema's sort values sort the fields of their names; the list shows the département's name
  sortFields: { 'department.name': 'DEPARTMENT_CODE' },
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
});

/** A collectivity's changes of membership status, read whole with it: collectivity(id) { membershipHistory }. */
export const membershipChangesApi = defineResource({
  typeName: 'MembershipChange',
  plural: 'membershipHistory',
  parent: { query: 'collectivity', argument: 'id', filter: 'collectivityId', type: 'ID!', whole: true },
  fields: 'id fromStatus toStatus effectiveOn deliberationDate deliberationReference recordedAt',
});

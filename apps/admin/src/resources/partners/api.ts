import { defineResource, trimTexts } from '../../providers/resourceDefinition';

export const partnersApi = defineResource({
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
  filters: {
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
});
/** A partner's support for one year; amounts in euro cents (typed in euros). */

/** The people holding a current position at a partner, read whole with it: partner(id) { contacts }. */
export const partnerContactsApi = defineResource({
  typeName: 'Contact',
  plural: 'contacts',
  parent: { query: 'partner', argument: 'id', filter: 'partnerId', type: 'ID!', whole: true },
  // read only: contacts are written as the contacts resource
  operations: { one: null, create: null, update: null, delete: null },
  fields: 'id firstName lastName email phone positions(current: true) { id title kind startedOn partnerId }',
});

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
});
/** A partner's support for one year; amounts in euro cents (typed in euros). */

import { defineResource, trimTexts } from '../../providers/resourceDefinition';
import { parseEurosToCents } from '../../util/money';

export const partnershipsApi = defineResource({
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
});
/**
 * Yearly dues (read-only here: generated, paid and waived with the operations of
 * providers/operations.ts). Newest year first, then by collectivity name.
 */

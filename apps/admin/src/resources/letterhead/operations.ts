import type { OperationDefinition } from '../../providers/operations';

const LETTERHEAD_FIELDS =
  'organisationName address signatory version logo { contentType byteSize dataUrl } signature { contentType byteSize dataUrl }';

/** The letterhead's reading and its change (spread into providers/operations.ts). */
export const LETTERHEAD_OPERATIONS = {
  letterhead: {
    kind: 'query',
    document: `query Letterhead { data: letterhead { ${LETTERHEAD_FIELDS} } }`,
  },
  updateLetterhead: {
    kind: 'mutation',
    document: `mutation UpdateLetterhead($input: UpdateLetterheadInput!) { data: updateLetterhead(input: $input) { ${LETTERHEAD_FIELDS} } }`,
    formFields: ['organisationName', 'address', 'signatory', 'logo', 'signature'],
  },
} as const satisfies Record<string, OperationDefinition>;

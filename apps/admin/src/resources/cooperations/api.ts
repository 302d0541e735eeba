import { defineResource, splitThemes } from '../../providers/resourceDefinition';

/** A cooperation as shown on a collectivity or a country group (both sides named, never bare ids). */
export const COOPERATION_FIELDS = `
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

export const cooperationsApi = defineResource({
  typeName: 'Cooperation',
  plural: null,
  fields: COOPERATION_FIELDS,
  inputFields: ['kind', 'since', 'endedOn', 'themes', 'notes'],
  createInputFields: ['frenchCollectivityId', 'foreignCollectivityId', 'kind', 'since', 'themes', 'notes'],
  versionField: 'version',
  normalizeInput: (input) => {
    const output = { ...input };
    if ('themes' in output) output.themes = splitThemes(output.themes) ?? [];
    if (typeof output.notes === 'string') output.notes = output.notes.trim() || null;
    return output;
  },
});

/**
 * Who takes part in an edition: a person and/or an organisation. Listed by name within an
 * edition; a group president reads only those of his groups' members (the API narrows).
 */

import { defineResource, trimmed } from '../../providers/resourceDefinition';

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

export const contactsApi = defineResource({
  typeName: 'Contact',
  plural: 'contacts',
  fields: CONTACT_FIELDS,
  detailFields: CONTACT_DETAIL_FIELDS,
  sortFields: { lastName: 'NAME' },
  defaultSortField: 'NAME',
  filters: {
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
});
/** A contact's mandates and jobs, read with the contact: created, edited (ended) and deleted here. */

export const positionsApi = defineResource({
  typeName: 'Position',
  plural: null,
  fields: POSITION_FIELDS,
  inputFields: ['title', 'kind', 'startedOn', 'endedOn'],
  createInputFields: ['contactId', 'collectivityId', 'title', 'kind', 'startedOn', 'endedOn'],
  versionField: 'version',
  normalizeInput: (input) => ({ ...input, ...(typeof input.title === 'string' ? { title: input.title.trim() } : {}) }),
});
/** Groups of both kinds: the pickers, and a group president's "Mes groupes". */

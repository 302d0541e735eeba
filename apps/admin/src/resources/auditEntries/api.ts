import { defineResource } from '../../providers/resourceDefinition';

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

export const auditEntriesApi = defineResource({
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
});
/** One record's history (ADMIN and STAFF): filter or reference on entityType and entityId. */

export const historyApi = defineResource({
  typeName: 'AuditEntry',
  plural: 'history',
  fields: AUDIT_ENTRY_FIELDS,
  operations: { one: null, create: null, update: null, delete: null },
  inputTypes: { filter: null, sort: null },
  commonFilters: false,
  listArguments: { entityType: 'String!', entityId: 'ID!' },
});
/** Partners of the association (ministries, agencies, EU programmes…): ADMIN and STAFF. */

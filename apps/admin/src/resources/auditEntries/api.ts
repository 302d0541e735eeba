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
  // the order a record's page names them in
  listArguments: { entityType: 'String!', entityId: 'ID!' },
  fields: AUDIT_ENTRY_FIELDS,
});
/** Partners of the association (ministries, agencies, EU programmes…): ADMIN and STAFF. */

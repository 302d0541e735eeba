import type { OperationDefinition } from '../../providers/operations';

/**
 * Someone's participations as a collectivity's or a contact's page lists them: names as strings
 * (a group president may read neither partners nor every contact), the edition named.
 */
const PARTICIPATION_SUMMARY_FIELDS = `
  id eventId event { id editionNumber year title }
  contactId collectivityId partnerId displayName organisationDisplayName
  role status registeredAt checkedInAt
`;

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const participationsOperations = {
  collectivityParticipations: {
    kind: 'query',
    document: `query CollectivityParticipations($id: ID!) {
      data: collectivity(id: $id) { id participations { ${PARTICIPATION_SUMMARY_FIELDS} } }
    }`,
  },
  contactParticipations: {
    kind: 'query',
    document: `query ContactParticipations($id: ID!) {
      data: contact(id: $id) { id participations { ${PARTICIPATION_SUMMARY_FIELDS} } }
    }`,
  },
} as const satisfies Record<string, OperationDefinition>;

import type { OperationDefinition } from '../../providers/operations';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const partnersOperations = {
  partnerContacts: {
    kind: 'query',
    document: `query PartnerContacts($id: ID!) {
      data: partner(id: $id) {
        id
        contacts {
          id firstName lastName email phone
          positions(current: true) { id title kind startedOn partnerId }
        }
      }
    }`,
  },
} as const satisfies Record<string, OperationDefinition>;

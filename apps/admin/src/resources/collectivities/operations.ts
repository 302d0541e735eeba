import type { OperationDefinition } from '../../providers/operations';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const collectivitiesOperations = {
  collectivityMembership: {
    kind: 'query',
    document: `query CollectivityMembership($id: ID!) {
      data: collectivity(id: $id) {
        id
        membershipHistory { id fromStatus toStatus effectiveOn deliberationDate deliberationReference recordedAt }
      }
    }`,
  },
  memberCountsByRegion: {
    kind: 'query',
    document: `query MemberCountsByRegion { data: memberCountsByRegion { regionCode regionName memberCount } }`,
  },
} as const satisfies Record<string, OperationDefinition>;

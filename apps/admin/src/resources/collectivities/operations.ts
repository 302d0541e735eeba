import type { OperationDefinition } from '../../providers/operations';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const collectivitiesOperations = {
  memberCountsByRegion: {
    kind: 'query',
    document: `query MemberCountsByRegion { data: memberCountsByRegion { regionCode regionName memberCount } }`,
  },
} as const satisfies Record<string, OperationDefinition>;

import type { OperationDefinition } from '../../providers/operations';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const partnershipsOperations = {
  partnershipTotals: {
    kind: 'query',
    document: `query PartnershipTotals($year: Int) { data: partnershipTotals(year: $year) { year kind count totalCents } }`,
  },
} as const satisfies Record<string, OperationDefinition>;

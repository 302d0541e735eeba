import type { OperationDefinition } from '../../providers/operations';

const FEE_SCALE_FIELDS = 'year dueOn version brackets { minPopulation maxPopulation amountCents }';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const feeScalesOperations = {
  feeScales: {
    kind: 'query',
    document: `query FeeScales { data: feeScales { ${FEE_SCALE_FIELDS} } }`,
  },
  feeScale: {
    kind: 'query',
    document: `query FeeScale($year: Int!) { data: feeScale(year: $year) { ${FEE_SCALE_FIELDS} } }`,
  },
  setFeeScale: {
    kind: 'mutation',
    document: `mutation SetFeeScale($input: SetFeeScaleInput!) { data: setFeeScale(input: $input) { ${FEE_SCALE_FIELDS} } }`,
    formFields: ['year', 'dueOn', 'brackets'],
  },
} as const satisfies Record<string, OperationDefinition>;

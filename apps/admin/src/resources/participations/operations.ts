import type { OperationDefinition } from '../../providers/operations';

/** Operations outside react-admin's verbs (run with `dataProvider.runOperation`): see providers/operations.ts. */
export const participationsOperations = {} as const satisfies Record<string, OperationDefinition>;

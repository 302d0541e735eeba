import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useDataProvider, type DataProvider } from 'react-admin';
import type { OperationName, OperationRunner } from '../providers/operations';

/** The data provider's method for the operations outside react-admin's verbs (providers/operations.ts). */
type WithOperations = DataProvider & { runOperation: OperationRunner };

/**
 * Reads one of the API's operations outside react-admin's verbs (totals, fee scales…) with
 * react-query, like react-admin's own hooks: cached, and read again by the refresh button and
 * after every mutation that calls `useRefresh()`.
 */
export function useOperation<T>(name: OperationName, variables: Record<string, unknown>, options: { enabled?: boolean } = {}) {
  const dataProvider = useDataProvider<WithOperations>();
  return useQuery<T>({
    queryKey: ['operation', name, variables],
    queryFn: async () => (await dataProvider.runOperation(name, variables)).data as T,
    enabled: options.enabled ?? true,
  });
}

/** Runs an operation (a mutation, typically): resolves to its data, rejects with a translated HttpError. */
export function useRunOperation() {
  const dataProvider = useDataProvider<WithOperations>();
  return useCallback(
    async <T = unknown>(name: OperationName, variables: Record<string, unknown>): Promise<T> =>
      (await dataProvider.runOperation(name, variables)).data as T,
    [dataProvider],
  );
}

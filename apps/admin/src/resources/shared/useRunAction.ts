import { useDataProvider, type DataProvider } from 'react-admin';
import type { RunActionParams } from '../../providers/dataProvider';

export type ActionRunner = <T = unknown>(resource: string, params: RunActionParams) => Promise<{ data: T }>;

/**
 * The data provider's runAction: the resource table's operations outside react-admin's verbs
 * (merging contacts, adding members to a group, ending an office…). Failures are HttpErrors
 * with a translated message and field errors, like the other methods.
 */
export function useRunAction(): ActionRunner {
  const dataProvider = useDataProvider<DataProvider & { runAction?: ActionRunner }>();
  return (resource, params) =>
    dataProvider.runAction
      ? dataProvider.runAction(resource, params)
      : Promise.reject(new Error('This data provider has no runAction method'));
}

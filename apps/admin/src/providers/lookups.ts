import { MAX_PAGE_SIZE } from '@territoria/domain';
import type { DataProvider, GetOneParams, RaRecord } from 'react-admin';
import { RESOURCES, type ResourceDefinition } from './resourceTable';

/**
 * Records the API cannot read alone. Its schema has `partnerships(filter, page)` but no
 * `partnership(id)`: the edit page's getOne finds the partnership by listing them, a page of
 * 1000 at a time (an association records a few hundred partnerships a year). To drop once the API
 * answers `partnership(id)` (set the resource's `one` operation back in the resource table).
 */
export const LOOKED_UP_BY_LISTING: readonly string[] = ['partnerships'];

export function withListLookups(
  provider: Pick<DataProvider, 'getOne' | 'getList'>,
  table: Record<string, ResourceDefinition> = RESOURCES,
  pageSize: number = MAX_PAGE_SIZE,
): DataProvider['getOne'] {
  return async <RecordType extends RaRecord = any>(resource: string, params: GetOneParams<RecordType>) => {
    if (!LOOKED_UP_BY_LISTING.includes(resource) || table[resource]?.operations.one) {
      return provider.getOne<RecordType>(resource, params);
    }
    for (let page = 1; ; page += 1) {
      const { data } = await provider.getList<RecordType>(resource, {
        pagination: { page, perPage: pageSize },
        sort: { field: 'id', order: 'ASC' },
        filter: {},
        meta: params.meta,
        signal: params.signal,
      });
      const found = data.find((record) => String(record.id) === String(params.id));
      if (found) return { data: found };
      if (data.length < pageSize) {
        // the same failure as the API's for a missing record: errors.ts says it in French
        throw { graphQLErrors: [{ message: `${resource} ${params.id} does not exist.`, extensions: { code: 'NOT_FOUND' } }] };
      }
    }
  };
}

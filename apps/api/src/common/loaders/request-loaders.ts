import DataLoader from 'dataloader';

/** The GraphQL context of one request: loaders live as long as the request, so nothing is cached across users. */
export interface RequestContext {
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

export function createRequestContext(): RequestContext {
  return { loaders: new Map() };
}

/** The request's loader under `key`, created on first use. */
export function requestLoader<K, V>(context: RequestContext, key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = create();
    context.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** The request's loader of records by id (null for an unknown id): one query for every id asked in the request. */
export function byIdLoader<T extends { id: string }>(
  context: RequestContext,
  key: string,
  findByIds: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return requestLoader(context, key, () => new DataLoader(async (ids: readonly string[]) => {
    const found = new Map((await findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  }));
}

/** The request's loader of each parent's rows (one query for every parent asked in the request). */
export function groupedLoader<T>(
  context: RequestContext,
  key: string,
  findByParents: (parentIds: readonly string[]) => Promise<T[]>,
  parentOf: (row: T) => string,
): DataLoader<string, T[]> {
  return requestLoader(context, key, () => new DataLoader(async (parentIds: readonly string[]) => {
    const byParent = new Map<string, T[]>();
    for (const row of await findByParents(parentIds)) {
      const list = byParent.get(parentOf(row));
      if (list) list.push(row);
      else byParent.set(parentOf(row), [row]);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  }));
}

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

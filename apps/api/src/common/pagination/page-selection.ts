import { Kind, type GraphQLResolveInfo } from 'graphql';

/**
 * Whether the client asked for the page's totals: counting every match costs a second query,
 * which an integrator paging through nodes alone should not pay for.
 */
export function wantsPageTotals(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some(
      (selection) =>
        selection.kind !== Kind.FIELD || selection.name.value === 'totalCount' || selection.name.value === 'hasNextPage',
    ),
  );
}

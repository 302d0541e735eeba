import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** The one page shape of every list query: the nodes, the total count, whether more follow. */
export function PageType<T>(nodeType: abstract new (...args: never[]) => T, name: string): Type<Page<T>> {
  @ObjectType(name, { description: `A page of ${humanName(name)} rows: the same shape for every list query` })
  class PageClass implements Page<T> {
    @Field(() => [nodeType], { description: 'The rows of this page, in the order asked for' })
    nodes: T[];

    @Field(() => Int, {
      description:
        'How many rows the whole list holds (every page), counting only those the caller may see. It costs a count: leave it out when paging through everything',
    })
    totalCount: number;

    @Field({ description: 'Whether rows follow this page (read with the next offset)' })
    hasNextPage: boolean;

    @Field(() => String, {
      nullable: true,
      description:
        'On a synced page (page.after or page.updatedSince given): the cursor to pass as page.after for the next page, or to keep for the next run. Null otherwise.',
    })
    endCursor?: string | null;
  }
  return PageClass;
}

/** "MembershipFeePage" → "membership fee". */
function humanName(pageName: string): string {
  return pageName
    .replace(/Page$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** totalCount null: not counted, because not asked for. */
export function toPage<T>(nodes: T[], totalCount: number | null, offset: number): Page<T> {
  const total = totalCount ?? offset + nodes.length;
  return { nodes, totalCount: total, hasNextPage: offset + nodes.length < total };
}

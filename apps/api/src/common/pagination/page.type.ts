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
  @ObjectType(name)
  class PageClass implements Page<T> {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;

    @Field()
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

/** totalCount null: not counted, because not asked for. */
export function toPage<T>(nodes: T[], totalCount: number | null, offset: number): Page<T> {
  const total = totalCount ?? offset + nodes.length;
  return { nodes, totalCount: total, hasNextPage: offset + nodes.length < total };
}

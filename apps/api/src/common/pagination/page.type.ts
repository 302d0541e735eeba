import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
}

/** The one page shape of every list query: the nodes, the total count, whether more follow. */
export function PageType<T>(nodeType: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class PageClass implements Page<T> {
    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;

    @Field()
    hasNextPage: boolean;
  }
  return PageClass;
}

export function toPage<T>(nodes: T[], totalCount: number, offset: number): Page<T> {
  return { nodes, totalCount, hasNextPage: offset + nodes.length < totalCount };
}

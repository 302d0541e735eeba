import { Args, Context, Field, Info, InputType, Query, Resolver } from '@nestjs/graphql';
import { API_SCOPES } from '@territoria/domain';
import { IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_PAGE, PageInput } from '../../common/pagination/page.input.js';
import { PageType } from '../../common/pagination/page.type.js';
import { ReadService } from '../../common/read/read.service.js';
import { AnsweredInSql } from '../../common/read/answer.js';
import { raw, sql } from '../../common/read/sql.js';
import { Access, EVERY_ROLE } from '../../common/access/access.decorator.js';
import type { AuthenticatedContext } from '../../common/access/auth-context.js';
import { Tombstone } from './tombstone.entity.js';
import './tombstone.read.js';

export const TombstonePage = PageType(Tombstone, 'TombstonePage');

@InputType({ description: 'Which tombstones: every criterion given must match' })
export class TombstoneFilter {
  @Field(() => [String], { nullable: true, description: 'Only the tombstones of these types (e.g. ["Collectivity", "Contact"])' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  types?: string[];
}

// Anyone who reads some synced list: each caller gets the tombstones of the types it may read.
@Access({ roles: EVERY_ROLE, scope: [...API_SCOPES] })
@Resolver(() => Tombstone)
export class TombstonesResolver {
  constructor(private readonly read: ReadService) {}

  @AnsweredInSql()
  @Query(() => TombstonePage, {
    description:
      'Rows deleted or erased, of the types the caller may read. With page.updatedSince (deleted since) or page.after, the feed of an incremental sync: the same cursor rules as every synced list.',
  })
  tombstones(
    @Info() info: GraphQLResolveInfo,
    @Context() context: AuthenticatedContext,
    @Args('filter', { type: () => TombstoneFilter, nullable: true }) filter?: TombstoneFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<unknown> {
    const types = filter?.types;
    return this.read.page(
      context,
      info,
      'Tombstone',
      {
        where: (row) => (types ? sql`${raw(row)}.type = ANY(${types}::text[])` : raw('TRUE')),
        orderBy: (row) => raw(`${row}.xid, ${row}.row_id`),
      },
      page ?? DEFAULT_PAGE,
    );
  }
}

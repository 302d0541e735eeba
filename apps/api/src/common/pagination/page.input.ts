import { Field, GraphQLISODateTime, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SortDirection } from '@territoria/domain';
import { IsDate, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sort',
  valuesMap: {
    ASC: { description: 'Ascending: A to Z, smallest first, oldest first' },
    DESC: { description: 'Descending: Z to A, largest first, newest first' },
  },
});

@InputType({ description: 'Which rows of a list: the same for every list query' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many rows to skip from the start of the list' })
  @IsInt()
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many rows to return, at most ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, {
    nullable: true,
    description:
      "Incremental sync: the endCursor of the previous page (or of the last run). The list is then ordered by each row's last change, and only changes already settled are served: none is missed, none is sent twice. Refused with reason INVALID_CURSOR when altered, CURSOR_OF_ANOTHER_LIST when given by another list.",
  })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Incremental sync: only the rows changed at or after this instant, in the order of their last change (a first sync from a date; give 1970-01-01T00:00:00Z for everything). Refused with reason UPDATED_SINCE_IN_FUTURE when in the future.',
  })
  @IsOptional()
  @IsDate()
  updatedSince?: Date | null;
}

export const DEFAULT_PAGE: PageInput = { offset: 0, limit: DEFAULT_PAGE_SIZE };

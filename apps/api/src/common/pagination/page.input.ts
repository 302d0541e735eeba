import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SortDirection } from '@territoria/domain';
import { IsInt, Max, Min } from 'class-validator';

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
}

export const DEFAULT_PAGE: PageInput = { offset: 0, limit: DEFAULT_PAGE_SIZE };

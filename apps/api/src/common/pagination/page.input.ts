import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SortDirection } from '@territoria/domain';
import { IsInt, Max, Min } from 'class-validator';

registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;
}

export const DEFAULT_PAGE: PageInput = { offset: 0, limit: DEFAULT_PAGE_SIZE };

import { Field, InputType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { SortDirection } from '@territoria/domain';
import { IsEnum } from 'class-validator';

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

/** A sort input over an enum of allowed fields: never a free string that would reach SQL. */
export function SortInputType<F extends string>(fieldEnum: Record<string, F>, name: string): Type<Sort<F>> {
  @InputType(name, { description: 'How to order a list: one field of the allowed ones and a direction' })
  class SortInputClass implements Sort<F> {
    @Field(() => fieldEnum as object, { name: 'field', description: 'The field to order by' })
    @IsEnum(fieldEnum)
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (the default) or descending' })
    @IsEnum(SortDirection)
    direction: SortDirection = SortDirection.ASC;
  }
  return SortInputClass;
}

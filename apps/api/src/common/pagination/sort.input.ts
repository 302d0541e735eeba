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
  @InputType(name)
  class SortInputClass implements Sort<F> {
    @Field(() => fieldEnum as object, { name: 'field' })
    @IsEnum(fieldEnum)
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    @IsEnum(SortDirection)
    direction: SortDirection = SortDirection.ASC;
  }
  return SortInputClass;
}

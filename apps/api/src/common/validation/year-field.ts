import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IsPresentOrAbsent } from './partial-update.js';

/** A year between `min` and `max`; on an update input (`optional`), absent leaves it as it is. */
export const YearField = (min: number, max: number, { optional = false, description = 'Year' } = {}) =>
  applyDecorators(
    Field(() => Int, {
      nullable: optional,
      description: `${description}, ${min} to ${max}${optional ? '; absent leaves it as it is' : ''}`,
    }),
    ...(optional ? [IsPresentOrAbsent()] : []),
    IsInt(),
    Min(min),
    Max(max),
  );

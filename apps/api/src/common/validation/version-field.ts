import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';

/**
 * The version of a record an update was made from: given, a stale one is refused (CONFLICT) so
 * nobody overwrites a colleague's change unknowingly.
 */
export const VersionField = () =>
  applyDecorators(
    Field(() => Int, { nullable: true, description: 'The version read: a stale one is refused (CONFLICT)' }),
    IsOptional(),
    IsInt(),
    Min(1),
  );

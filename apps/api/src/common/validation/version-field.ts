import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';

/**
 * The version of a record an update was made from, required: a stale one is refused (CONFLICT),
 * so nobody overwrites a colleague's change unknowingly, and an update cannot leave it out and
 * win blindly. (Internal updates, such as a password change, call the services without one.)
 */
export const VersionField = () =>
  applyDecorators(
    Field(() => Int, { description: 'The version read: a stale one is refused (CONFLICT)' }),
    IsInt(),
    Min(1),
  );

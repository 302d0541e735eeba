import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { MAX_PAGE_SIZE } from '@territoria/domain';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';

/** The `ids` of a list filter: read several records by id in one request (a picker's values). */
export const IdsFilterField = () =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description: `Only the records with these ids (at most ${MAX_PAGE_SIZE})` }),
    IsOptional(),
    ArrayMaxSize(MAX_PAGE_SIZE),
    IsUUID('all', { each: true }),
  );

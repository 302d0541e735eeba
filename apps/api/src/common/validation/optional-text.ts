import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** An input's optional free text (null clears it), at most `maxLength` characters. */
export const OptionalText = (maxLength: number) =>
  applyDecorators(
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );

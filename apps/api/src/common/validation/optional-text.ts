import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** An input's optional free text (null clears it), at most `maxLength` characters. */
export const OptionalText = (maxLength: number, description?: string) =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description: `${description ?? 'Free text'}; at most ${maxLength} characters, null clears it`,
    }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );

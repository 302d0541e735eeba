import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';

const nullableString = (description: string) =>
  Field(() => String, { nullable: true, description: `${description}; null clears it` });

/** An optional website (null clears it): an http(s) address. */
export const OptionalWebsite = () =>
  applyDecorators(
    nullableString('Website, a URL starting with http:// or https://'),
    IsOptional(),
    MaxLength(500),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: 'website must be a URL starting with http:// or https://' },
    ),
  );

/** An optional email address (null clears it). */
export const OptionalEmail = () =>
  applyDecorators(
    nullableString('Email address'),
    IsOptional(),
    MaxLength(320),
    IsEmail({}, { message: 'email must be an email address' }),
  );

/** An optional phone number as people write them: digits, spaces, dots, dashes, brackets, a leading +. */
export const OptionalPhone = () =>
  applyDecorators(
    nullableString('Phone number as written: digits, spaces, dots, dashes, brackets, a leading +'),
    IsOptional(),
    Matches(/^\+?[0-9 .()-]{6,30}$/, { message: 'phone must be a phone number' }),
  );

import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { isErrorReason } from '@territoria/domain';
import { type FieldError, UserInputError } from '../errors/app-errors.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // A constraint the console does not know by name (none today) is still a typed input problem.
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      field,
      code: isErrorReason(code) ? code : ('INVALID_VALUE' as const),
      message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const GRAPHQL_ARGS = 3;

/** The path of the first string holding U+0000, which PostgreSQL cannot store in text ('' for the value itself). */
function findNulCharacter(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulCharacter(item, Array.isArray(value) ? path : path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * class-validator on every argument, failing with BAD_USER_INPUT and the path of each field at
 * fault. Fields of `input` are named as they are ("siren"); other arguments keep their name
 * ("page.limit").
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidUnknownValues: false,
      validateCustomDecorators: false,
      exceptionFactory: (errors) => new UserInputError(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // An optional argument left out stays out (GraphQL already checked it may be).
    if (value === undefined || value === null) return value;
    // Only client input: @Args in GraphQL (@nestjs/graphql's GqlParamtype.ARGS, not exported), bodies and queries in REST.
    const isClientInput = (metadata.type as unknown) === GRAPHQL_ARGS || metadata.type === 'body' || metadata.type === 'query';
    if (!isClientInput) return value;
    const withNul = findNulCharacter(value);
    if (withNul !== null) {
      const field = metadata.data && metadata.data !== 'input' ? [metadata.data, withNul].filter(Boolean).join('.') : withNul;
      throw UserInputError.forField(field || 'input', 'nulCharacter', 'Text cannot contain the NUL character (U+0000).');
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof UserInputError && metadata.data && metadata.data !== 'input') {
        throw error.withFieldPrefix(metadata.data);
      }
      throw error;
    }
  }
}

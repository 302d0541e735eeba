import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, UserInputError } from '../errors/app-errors.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, code, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
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

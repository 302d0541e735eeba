import { Injectable, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UserInputError } from '../errors/app-errors.js';

/** Ids are UUIDs: anything else is refused before it reaches SQL (an optional id left out passes). */
@Injectable()
export class UuidPipe implements PipeTransform<string | undefined, string | undefined> {
  transform(value: string | undefined, metadata: ArgumentMetadata): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isUUID(value)) {
      throw UserInputError.forField(
        metadata.data ?? 'id',
        'isUuid',
        `${JSON.stringify(String(value).slice(0, 60))} is not a valid id.`,
      );
    }
    return value;
  }
}

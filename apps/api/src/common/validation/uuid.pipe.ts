import { Injectable, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { UserInputError } from '../errors/app-errors.js';

/** Ids are UUIDs: anything else is refused before it reaches SQL. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) {
      throw UserInputError.forField(metadata.data ?? 'id', 'isUuid', `${JSON.stringify(String(value).slice(0, 60))} is not a valid id.`);
    }
    return value;
  }
}

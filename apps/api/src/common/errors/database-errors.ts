import { QueryFailedError } from 'typeorm';
import { DuplicateError, UserInputError } from './app-errors.js';

interface PostgresError {
  code?: string;
  constraint?: string;
  column?: string;
}

export interface UniqueConstraintField {
  field: string;
  message: string;
}

/**
 * Turns PostgreSQL constraint violations into client errors (never a 500): a unique index names
 * the field at fault through the table the caller passes.
 */
export function translateDatabaseError(error: unknown, uniqueConstraints: Record<string, UniqueConstraintField>): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as PostgresError;
  switch (driverError.code) {
    case '23505': {
      const known = driverError.constraint ? uniqueConstraints[driverError.constraint] : undefined;
      return known
        ? new DuplicateError(known.field, known.message)
        : new DuplicateError('id', 'A record with the same unique values already exists.', {
            constraint: driverError.constraint,
          });
    }
    case '23503': // foreign_key_violation
    case '23001': // restrict_violation (ON DELETE RESTRICT)
      return UserInputError.forField(
        driverError.column ?? 'id',
        'IN_USE',
        'A referenced record does not exist or is still in use.',
      );
    case '22001':
      return UserInputError.forField(driverError.column ?? 'input', 'maxLength', 'A value is too long.');
    case '22P02':
      return UserInputError.forField('id', 'format', 'A value has an invalid format.');
    default:
      return error;
  }
}

/** Runs a write, turning constraint violations into client errors (see translateDatabaseError). */
export async function withDatabaseErrors<T>(
  uniqueConstraints: Record<string, UniqueConstraintField>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw translateDatabaseError(error, uniqueConstraints);
  }
}

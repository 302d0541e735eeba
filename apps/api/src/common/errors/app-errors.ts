import { GraphQLError } from 'graphql';

/** The codes clients can rely on, in `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'DUPLICATE',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /**
   * Refused before running as a possible cross-site request forgery (extensions.reason): a POST
   * that is not JSON (CONTENT_TYPE, HTTP 415), or a cookie-signed request from another origin than
   * the console's (ORIGIN, HTTP 403).
   */
  CSRF_REFUSED: 'CSRF_REFUSED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Refused before running: the answer could exceed the cost budget (extensions: cost, maxCost, over). */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The answer was larger than the response ceiling: it was not sent (extensions: size, maxSize). */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * What each code means to a client and what its extensions carry: the schema's documentation
 * (Query's description) and the README are written from it, so a new code cannot go undocumented.
 */
export const ERROR_CODE_MEANINGS: Record<ErrorCode | 'GRAPHQL_VALIDATION_FAILED', string> = {
  BAD_USER_INPUT:
    'An argument or input field is invalid; nothing was changed. `field` names the first one at fault (a path such as "siren" or "page.limit"), `fields` lists each as { field, code, message } with a stable `code` (e.g. "SIREN_FORMAT", "maxLength", "required").',
  NOT_FOUND:
    'The record does not exist or is outside what the caller may see (both read alike). `entity` and `id` name it; a bulk operation gives `ids`.',
  DUPLICATE:
    'The value must be unique and is already taken. `field`/`fields` name it; some carry `existingId`, the record that holds it.',
  CONFLICT:
    'The record changed since the `version` sent with the update: read it again and reapply the change. Carries `entity`, `id`, `currentVersion`.',
  UNAUTHENTICATED: 'No valid credential: not signed in, or a session or API token that is unknown, expired or revoked.',
  FORBIDDEN: "A valid credential whose role or token scopes do not allow this operation (see each operation's access rule).",
  CSRF_REFUSED:
    'Refused before running as a possible cross-site request forgery: `reason` is CONTENT_TYPE (a POST that is not JSON, HTTP 415) or ORIGIN (a cookie-signed request from another origin than the console, HTTP 403).',
  TOO_MANY_REQUESTS: 'Too many attempts (sign-in): wait a minute and try again.',
  PAYLOAD_TOO_LARGE: 'The request body is over the size limit (8 MiB).',
  QUERY_TOO_COSTLY:
    'Refused before running: the answer could hold more values than the budget (`cost`, `maxCost`, `over`), or its pages add up to too many rows (`pageRows`, `maxPageRows`).',
  RESPONSE_TOO_LARGE:
    'The answer was larger than the response ceiling and was not sent (`size`, `maxSize`); the operation did run.',
  INTERNAL_SERVER_ERROR: 'An unexpected failure; the details are logged with the request id (header x-request-id), never sent.',
  GRAPHQL_VALIDATION_FAILED:
    'The document does not validate against the schema (unknown field, too deep, too many aliases); HTTP 400.',
};

export interface FieldError {
  /** Path of the input field at fault, e.g. "siren" or "page.limit". */
  field: string;
  /** Stable code of the rule that failed, e.g. "SIREN_FORMAT" or "maxLength". */
  code: string;
  message: string;
}

/** An error meant for the client: its message and extensions are shown as they are. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(message, {
      extensions: {
        code,
        ...(fields.length > 0 ? { field: fields[0]!.field, fields } : {}),
        ...extra,
      },
    });
    this.name = 'AppError';
  }
}

export class UserInputError extends AppError {
  constructor(fields: FieldError[], message?: string) {
    super(
      ErrorCode.BAD_USER_INPUT,
      message ?? `Invalid input: ${fields.map((field) => `${field.field}: ${field.message}`).join('; ')}`,
      fields,
    );
  }

  static forField(field: string, code: string, message: string): UserInputError {
    return new UserInputError([{ field, code, message }]);
  }

  withFieldPrefix(prefix: string): UserInputError {
    return new UserInputError(
      this.fields.map((field) => ({ ...field, field: `${prefix}.${field.field}` })),
      undefined,
    );
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist.`, [], { entity, id });
  }
}

/** For a read that found nothing the caller may see: absent and out of scope read alike. */
export function notFound(entity: string, id: string): never {
  throw new NotFoundError(entity, id);
}

export class DuplicateError extends AppError {
  constructor(field: string, message: string) {
    super(ErrorCode.DUPLICATE, message, [{ field, code: 'unique', message }]);
  }
}

export class ConflictError extends AppError {
  constructor(entity: string, id: string, currentVersion: number) {
    super(
      ErrorCode.CONFLICT,
      `${entity} ${id} was changed by someone else since you read it (now at version ${currentVersion}). Reload it and apply your change again.`,
      [],
      { entity, id, currentVersion },
    );
  }
}

/** No valid credential: not signed in, or a session or token that is unknown, expired or revoked. */
export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first, or send a valid API token.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** A valid credential without the right to this operation. */
export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message = 'Too many attempts: wait a minute and try again.') {
    super(ErrorCode.TOO_MANY_REQUESTS, message);
  }
}

import { ErrorCode, type ErrorReason } from '@territoria/domain';
import { GraphQLError } from 'graphql';

export { ErrorCode, type ErrorReason } from '@territoria/domain';

/** The reason of a refusal that names none, by its code: the broad case. */
const DEFAULT_REASON: Record<ErrorCode, ErrorReason> = {
  BAD_USER_INPUT: 'INVALID_VALUE',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'unique',
  CONFLICT: 'STALE_VERSION',
  UNAUTHENTICATED: 'NOT_SIGNED_IN',
  FORBIDDEN: 'ROLE_NOT_ALLOWED',
  CSRF_REFUSED: 'ORIGIN',
  TOO_MANY_REQUESTS: 'SIGN_IN_RATE_LIMITED',
  PAYLOAD_TOO_LARGE: 'BODY_TOO_LARGE',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_DOCUMENT',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
};

/** The structured parts of a refusal (limit, maximum, retryAfterSeconds, entity, id, currentVersion…), beside its reason. */
export interface ErrorParts {
  reason?: ErrorReason;
  [part: string]: unknown;
}

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
  /** Stable code of the rule that failed, e.g. "SIREN_FORMAT" or "maxLength": the field's reason. */
  code: ErrorReason;
  message: string;
}

/**
 * An error meant for the client: its message and extensions are shown as they are. Its reason is
 * the one given, else its first field's code, else the broad one of its code.
 */
export class AppError extends GraphQLError {
  readonly reason: ErrorReason;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    { reason, ...parts }: ErrorParts = {},
  ) {
    const chosen = reason ?? fields[0]?.code ?? DEFAULT_REASON[code];
    super(message, {
      extensions: {
        code,
        reason: chosen,
        ...(fields.length > 0 ? { field: fields[0]!.field, fields } : {}),
        ...parts,
      },
    });
    this.reason = chosen;
    this.name = 'AppError';
  }
}

export class UserInputError extends AppError {
  constructor(
    fields: FieldError[],
    message?: string,
    readonly parts: Omit<ErrorParts, 'reason'> = {},
  ) {
    super(
      ErrorCode.BAD_USER_INPUT,
      message ?? `Invalid input: ${fields.map((field) => `${field.field}: ${field.message}`).join('; ')}`,
      fields,
      parts,
    );
  }

  static forField(field: string, code: ErrorReason, message: string, parts: Omit<ErrorParts, 'reason'> = {}): UserInputError {
    return new UserInputError([{ field, code, message }], undefined, parts);
  }

  withFieldPrefix(prefix: string): UserInputError {
    return new UserInputError(
      this.fields.map((field) => ({ ...field, field: `${prefix}.${field.field}` })),
      undefined,
      this.parts,
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
  constructor(field: string, message: string, parts: Omit<ErrorParts, 'reason'> = {}) {
    super(ErrorCode.DUPLICATE, message, [{ field, code: 'unique', message }], parts);
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

/** Why a request has no valid credential. */
export type UnauthenticatedReason = Extract<
  ErrorReason,
  | 'NOT_SIGNED_IN'
  | 'WRONG_CREDENTIALS'
  | 'SESSION_EXPIRED'
  | 'ACCOUNT_DEACTIVATED'
  | 'MALFORMED_AUTHORIZATION'
  | 'TOKEN_UNKNOWN'
  | 'TOKEN_REVOKED'
  | 'TOKEN_EXPIRED'
>;

const UNAUTHENTICATED_MESSAGES: Record<UnauthenticatedReason, string> = {
  NOT_SIGNED_IN: 'Sign in first, or send a valid API token.',
  WRONG_CREDENTIALS: 'Wrong email or password.',
  SESSION_EXPIRED: 'Your session has expired: sign in again.',
  ACCOUNT_DEACTIVATED: 'This account is deactivated.',
  MALFORMED_AUTHORIZATION: 'The Authorization header must be "Bearer <API token>".',
  TOKEN_UNKNOWN: 'Unknown API token.',
  TOKEN_REVOKED: 'This API token was revoked.',
  TOKEN_EXPIRED: 'This API token has expired.',
};

/** No valid credential: not signed in, or a session or token that is unknown, expired or revoked. */
export class UnauthenticatedError extends AppError {
  constructor(reason: UnauthenticatedReason = 'NOT_SIGNED_IN') {
    super(ErrorCode.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGES[reason], [], { reason });
  }
}

/** A valid credential without the right to this operation. */
export class ForbiddenError extends AppError {
  constructor(
    reason: Extract<ErrorReason, 'NO_ACCESS_RULE' | 'ROLE_NOT_ALLOWED' | 'TOKEN_SCOPE_MISSING' | 'TOKEN_READ_ONLY'>,
    message: string,
    parts: Omit<ErrorParts, 'reason'> = {},
  ) {
    super(ErrorCode.FORBIDDEN, message, [], { reason, ...parts });
  }
}

/** Too many attempts: the client may try again after retryAfterSeconds. */
export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number, message = `Too many attempts: try again in ${retryAfterSeconds} seconds.`) {
    super(ErrorCode.TOO_MANY_REQUESTS, message, [], { reason: 'SIGN_IN_RATE_LIMITED', retryAfterSeconds });
  }
}

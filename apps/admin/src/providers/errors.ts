import { ErrorCode as ApiErrorCode, type ErrorReason } from '@territoria/domain';
import { HttpError } from 'react-admin';

/**
 * GraphQL errors of the API → react-admin errors, worded in the console's language.
 *
 * The API puts a broad code in `extensions.code`, a precise reason in `extensions.reason`, the
 * refusal's parts beside them (role, retryAfterSeconds, maximum, entity, id, currentVersion…) and,
 * for input problems, the fields at fault in `extensions.fields: [{ field, code, message }]` (a
 * field's code is its reason). The console words every error from its translations by code,
 * reason and parts (i18n/errors.ts, under `territoria.errors`): it never reads the API's English
 * `message`, which is for API users.
 *
 * The resulting HttpError has:
 *   - message: the worded message for the whole request (notifications show it),
 *   - status: an HTTP-like status (401 for UNAUTHENTICATED: the authProvider's checkError signs the
 *     user out; 403 for FORBIDDEN: a notification only),
 *   - body.code / body.reason: the API's code (or NETWORK / UNKNOWN) and reason,
 *   - body.errors: { <field>: <worded message>, root: { serverError } } when fields are at fault,
 *     which react-admin's forms display under each input (server-side validation).
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FieldProblem {
  field: string;
  code: string;
  message?: string;
}

export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    reason?: string;
    fields?: FieldProblem[];
    [key: string]: unknown;
  };
}

export const ERROR_CODES = [...Object.values(ApiErrorCode), 'NETWORK', 'UNKNOWN'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REFUSED: 403,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  QUERY_TOO_COSTLY: 400,
  RESPONSE_TOO_LARGE: 500,
  GRAPHQL_VALIDATION_FAILED: 400,
  INTERNAL_SERVER_ERROR: 500,
  NETWORK: 503,
  UNKNOWN: 500,
};

/** The parts of a refusal, as its wording interpolates them. */
export type ErrorParts = Record<string, string | number | boolean>;

export interface ErrorBody {
  code: ErrorCode;
  /** The API's reason (extensions.reason), when it gave one. */
  reason?: ErrorReason | string;
  /** Server-side validation errors for react-admin forms. */
  errors?: Record<string, string | { serverError: string }>;
  fields?: FieldProblem[];
  /** The API's own (English) messages, for support only: never shown. */
  details?: string[];
  /**
   * What else the API said about the refusal (its `extensions` besides code, reason and fields),
   * e.g. the `candidates` of a possible duplicate contact.
   */
  extensions?: Record<string, unknown>;
}

/** Context that makes messages more precise (e.g. the expected INSEE code format for the kind being saved). */
export interface ErrorContext {
  kind?: string | null;
  /** Fields the form shows: problems on other fields are spelled out in the global message. */
  formFields?: readonly string[];
  /** The resource asked about: its own wording of a refusal wins (see resourceMessage). */
  resource?: string;
}

type Loose = Record<string, unknown> | null | undefined;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Record<string, unknown>) : null);

/** Finds GraphQL errors wherever Apollo / ra-data-graphql put them. */
export function extractGraphQLErrors(error: unknown): GraphQLErrorLike[] {
  const candidate = asObject(error);
  if (!candidate) return [];
  const found = [
    ...asArray(candidate.graphQLErrors),
    ...asArray(candidate.errors),
    ...asArray(asObject(asObject(candidate.networkError)?.result)?.errors),
    ...asArray(asObject(candidate.result)?.errors),
    ...asArray(asObject(candidate.cause)?.graphQLErrors),
  ] as GraphQLErrorLike[];
  if (found.length > 0) return found;
  // ra-data-graphql wraps the ApolloError in an HttpError's body
  if (candidate.body && typeof candidate.body === 'object' && candidate.body !== candidate) {
    return extractGraphQLErrors(candidate.body);
  }
  return [];
}

function normalizeCode(code: unknown): ErrorCode | undefined {
  if (typeof code !== 'string') return undefined;
  if ((ERROR_CODES as readonly string[]).includes(code)) return code as ErrorCode;
  // aliases produced by GraphQL servers and clients
  if (code === 'BAD_REQUEST') return 'BAD_USER_INPUT';
  if (code === 'GRAPHQL_PARSE_FAILED') return 'GRAPHQL_VALIDATION_FAILED';
  if (code === 'INTERNAL_ERROR') return 'INTERNAL_SERVER_ERROR';
  return undefined;
}

/** "input.postalCodes.0" / "postalCodes[0]" → "postalCodes" (the form field that shows the message). */
export function formFieldOf(path: string): string {
  const withoutInput = path.replace(/^input\./, '');
  return withoutInput.split(/[.[]/)[0] ?? withoutInput;
}

const MISSING = '\u0000';

/** The first of `keys` the console has a wording for, or undefined. */
function firstWording(translate: Translate, keys: string[], options: Record<string, unknown> = {}): string | undefined {
  for (const key of keys) {
    const translated = translate(key, { ...options, _: MISSING });
    if (translated && translated !== MISSING && translated !== key) return translated;
  }
  return undefined;
}

const BYTES_IN_A_MEGABYTE = 1024 * 1024;
/** Refusals whose `maximum` is a number of bytes: worded in megabytes. */
const MAXIMUM_IN_BYTES = new Set([
  'BODY_TOO_LARGE',
  'RESPONSE_TOO_LARGE',
  'FILE_TOO_LARGE',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENTS_TOO_LARGE',
]);

/**
 * The parts of a refusal (its extensions besides code, reason and fields), ready to interpolate:
 * lists joined, a size in megabytes, how many times over a budget, a count for plurals.
 */
export function errorParts(extensions: Loose, reason?: string): ErrorParts {
  const parts: ErrorParts = {};
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (key === 'code' || key === 'reason' || key === 'fields' || key === 'field') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parts[key] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      parts[key] = value.join(', ');
    }
  }
  const maximum = typeof parts.maximum === 'number' ? parts.maximum : undefined;
  if (maximum !== undefined && reason && MAXIMUM_IN_BYTES.has(reason)) {
    parts.maximumMegabytes = Math.round((maximum / BYTES_IN_A_MEGABYTE) * 10) / 10;
  }
  if (typeof parts.cost === 'number' && typeof parts.maxCost === 'number' && parts.maxCost > 0) {
    parts.times = Math.ceil(parts.cost / parts.maxCost);
  }
  const count = parts.retryAfterSeconds ?? parts.maximum;
  if (typeof count === 'number') parts.smart_count = count;
  return parts;
}

/** A field problem (server or client side) → message in the console's language. */
export function translateFieldProblem(
  problem: FieldProblem,
  translate: Translate,
  context: ErrorContext = {},
  parts: ErrorParts = {},
): string {
  const field = formFieldOf(problem.field);
  if (problem.code === 'INSEE_CODE_FORMAT' && context.kind) {
    const expected = firstWording(translate, [`territoria.inseeFormats.${context.kind}`]);
    const precise = expected && firstWording(translate, ['territoria.errors.fields.INSEE_CODE_FORMAT_EXPECTED'], { expected });
    if (precise) return precise;
  }
  return (
    firstWording(
      translate,
      [`territoria.errors.byField.${field}.${problem.code}`, `territoria.errors.fields.${problem.code}`],
      parts,
    ) ?? translate('territoria.errors.fields.INVALID_VALUE')
  );
}

/**
 * A refusal a resource words itself, by the API's `extensions.reason` first, then by code, under
 * territoria.errors.byResource.<resource>: a person already registered for an edition (DUPLICATE),
 * a cancelled registration at the door (BAD_USER_INPUT, reason CANCELLED). Empty when it has none.
 */
export function resourceMessage(
  translate: Translate,
  resource: string | undefined,
  code: ErrorCode,
  reason: unknown,
  parts: ErrorParts = {},
): string {
  if (!resource) return '';
  const keys = [
    ...(typeof reason === 'string' && reason ? [`territoria.errors.byResource.${resource}.${reason}`] : []),
    `territoria.errors.byResource.${resource}.${code}`,
  ];
  return firstWording(translate, keys, parts) ?? '';
}

/**
 * The message of a whole request: its reason's wording (a field reason's too, for a refusal that
 * is no input problem, e.g. dues already paid), else its code's.
 */
export function requestMessage(
  translate: Translate,
  code: ErrorCode,
  reason: string | undefined,
  parts: ErrorParts = {},
  { withFieldReason = true } = {},
): string {
  const keys = reason
    ? [`territoria.errors.reasons.${reason}`, ...(withFieldReason ? [`territoria.errors.fields.${reason}`] : [])]
    : [];
  return (
    firstWording(translate, [...keys, `territoria.errors.codes.${code}`], parts) ?? translate(`territoria.errors.codes.${code}`)
  );
}

function networkStatus(error: unknown): number | undefined {
  const candidate = asObject(error);
  const status = asObject(candidate?.networkError)?.statusCode ?? candidate?.statusCode ?? candidate?.status;
  return typeof status === 'number' ? status : undefined;
}

function codeFromStatus(status: number | undefined): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status !== undefined && status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'NETWORK';
}

/** DUPLICATE refusals whose field code says more than "already used". */
const PRECISE_DUPLICATE_CODES = new Set(['POSSIBLE_DUPLICATE', 'ALREADY_MEMBER']);

const isInputProblem = (code: ErrorCode) => code === 'BAD_USER_INPUT' || code === 'DUPLICATE';

/** Any error thrown while talking to the API → HttpError with a worded message and form errors. */
export function toReactAdminError(error: unknown, translate: Translate, context: ErrorContext = {}): HttpError {
  if (error instanceof HttpError && (error.body as ErrorBody | undefined)?.code) return error; // already mapped
  if ((error as Error | null)?.name === 'AbortError') return error as HttpError;

  const graphQLErrors = extractGraphQLErrors(error);
  if (graphQLErrors.length === 0) {
    const rawMessage = (error as Error | null)?.message;
    // ra-data-graphql: HttpError(message, 200, apolloError) for a failure after a 200 answer (a console
    // bug, e.g. an unexpected response shape); HttpError(message, statusCode) for a network failure.
    const answered = error instanceof HttpError && error.status === 200;
    const code: ErrorCode = answered ? 'UNKNOWN' : codeFromStatus(networkStatus(error));
    return new HttpError(requestMessage(translate, code, undefined), STATUS_BY_CODE[code], {
      code,
      details: rawMessage ? [rawMessage] : [],
    } satisfies ErrorBody);
  }

  const coded = graphQLErrors.map((graphQLError) => ({
    error: graphQLError,
    code: normalizeCode(graphQLError.extensions?.code),
  }));
  const main = coded.find((entry) => entry.code) ?? coded[0]!;
  const code: ErrorCode = main.code ?? 'UNKNOWN';
  const reason = typeof main.error.extensions?.reason === 'string' ? main.error.extensions.reason : undefined;
  const parts = errorParts(main.error.extensions, reason);

  const problems: FieldProblem[] = [];
  for (const { error: graphQLError, code: errorCode } of coded) {
    for (const problem of asArray(graphQLError.extensions?.fields) as FieldProblem[]) {
      problems.push({
        field: formFieldOf(String(problem.field)),
        code: String(problem.code ?? (errorCode === 'DUPLICATE' ? 'DUPLICATE' : 'INVALID_VALUE')),
        message: problem.message,
      });
    }
  }

  const wordField = (problem: FieldProblem) => translateFieldProblem(problem, translate, context, parts);
  let message = requestMessage(translate, code, reason, parts, { withFieldReason: !isInputProblem(code) });
  if (isInputProblem(code) && problems.length > 0) message = translate(`territoria.errors.codes.${code}`);
  // Nothing to point at on the form (e.g. deleting a referential row): say what is wrong instead.
  const onForm = (field: string) => !context.formFields || context.formFields.includes(field);
  const precise =
    code === 'DUPLICATE' && problems.length > 0 && problems.every((problem) => PRECISE_DUPLICATE_CODES.has(problem.code));
  if ((isInputProblem(code) && problems.length > 0 && !problems.some((problem) => onForm(problem.field))) || precise) {
    message = [...new Set(problems.map(wordField))].join(' ');
  }
  message = resourceMessage(translate, context.resource, code, reason, parts) || message;
  const {
    code: _code,
    reason: _reason,
    fields: _fields,
    field: _field,
    ...extensions
  } = (main.error.extensions ?? {}) as Record<string, unknown>;
  const body: ErrorBody = {
    code,
    ...(reason ? { reason } : {}),
    fields: problems,
    details: graphQLErrors.map((graphQLError) => graphQLError.message),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  if (isInputProblem(code) && problems.length > 0) {
    const errors: Record<string, string | { serverError: string }> = {};
    for (const problem of problems) {
      // a unique constraint reads as the field's DUPLICATE message; a precise code (POSSIBLE_DUPLICATE,
      // ALREADY_MEMBER…) keeps its own
      const text = wordField(
        code === 'DUPLICATE' && !PRECISE_DUPLICATE_CODES.has(problem.code) ? { ...problem, code: 'DUPLICATE' } : problem,
      );
      const existing = errors[problem.field];
      errors[problem.field] = typeof existing === 'string' && existing !== text ? `${existing} ${text}` : text;
    }
    const hidden = problems.filter((problem) => !onForm(problem.field)).map((problem) => errors[problem.field]);
    const hiddenText = [...new Set(hidden)].filter((text) => !message.includes(String(text))).join(' ');
    errors.root = { serverError: hiddenText ? `${message} ${hiddenText}` : message };
    body.errors = errors;
  }
  return new HttpError(message, STATUS_BY_CODE[code], body);
}

export function errorCodeOf(error: unknown): ErrorCode | undefined {
  return (error as { body?: ErrorBody } | null)?.body?.code;
}

export function errorReasonOf(error: unknown): string | undefined {
  return (error as { body?: ErrorBody } | null)?.body?.reason;
}

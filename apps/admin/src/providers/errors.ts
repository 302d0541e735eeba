import { HttpError } from 'react-admin';

/**
 * GraphQL errors of the API → react-admin errors.
 *
 * The API puts a machine code in `extensions.code` (BAD_USER_INPUT, NOT_FOUND, DUPLICATE,
 * CONFLICT, UNAUTHENTICATED, FORBIDDEN, CSRF_REFUSED, TOO_MANY_REQUESTS, PAYLOAD_TOO_LARGE,
 * INTERNAL_SERVER_ERROR)
 * and, for input problems, the fields at fault in `extensions.fields: [{ field, code, message }]`.
 * The console never shows the API's English messages: it translates codes (and field + code
 * pairs, and a few known messages) with the i18n keys under `territoria.errors`.
 *
 * The resulting HttpError has:
 *   - message: the translated message for the whole request (notifications show it),
 *   - status: an HTTP-like status (401 for UNAUTHENTICATED: the authProvider's checkError signs the
 *     user out; 403 for FORBIDDEN: a notification only),
 *   - body.code: the API code (or NETWORK / UNKNOWN),
 *   - body.errors: { <field>: <translated message>, root: { serverError } } when fields are at fault,
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
    fields?: FieldProblem[];
    [key: string]: unknown;
  };
}

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'DUPLICATE',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  /** The console is opened at an address the server does not know (its PUBLIC_URL). */
  'CSRF_REFUSED',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;
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
  INTERNAL_SERVER_ERROR: 500,
  NETWORK: 503,
  UNKNOWN: 500,
};

export interface ErrorBody {
  code: ErrorCode;
  /** Server-side validation errors for react-admin forms. */
  errors?: Record<string, string | { serverError: string }>;
  fields?: FieldProblem[];
  /** The API's own (English) messages, for support. */
  details?: string[];
  /**
   * What else the API said about the refusal (its `extensions` besides code and fields), e.g. the
   * `candidates` of a possible duplicate contact.
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

const asArray = (value: unknown): any[] => (Array.isArray(value) ? value : []);

/** Finds GraphQL errors wherever Apollo / ra-data-graphql put them. */
export function extractGraphQLErrors(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== 'object') return [];
  const candidate = error as any;
  const found = [
    ...asArray(candidate.graphQLErrors),
    ...asArray(candidate.errors),
    ...asArray(candidate.networkError?.result?.errors),
    ...asArray(candidate.result?.errors),
    ...asArray(candidate.cause?.graphQLErrors),
  ];
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
  // a few aliases produced by GraphQL servers for input errors
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST' || code === 'GRAPHQL_PARSE_FAILED') {
    return code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : 'UNKNOWN';
  }
  if (code === 'INTERNAL_ERROR') return 'INTERNAL_SERVER_ERROR';
  return undefined;
}

/** "input.postalCodes.0" / "postalCodes[0]" → "postalCodes" (the form field that shows the message). */
export function formFieldOf(path: string): string {
  const withoutInput = path.replace(/^input\./, '');
  return withoutInput.split(/[.[]/)[0] ?? withoutInput;
}

/** GraphQL coercion errors have no `fields`, but name the variable path: 'got invalid value "x" at "input.memberSince"'. */
function fieldsFromCoercionMessage(message: string): FieldProblem[] {
  const match = /at "input\.([A-Za-z0-9_.[\]]+)"/.exec(message) ?? /Field "([A-Za-z0-9_]+)" of required type/.exec(message);
  return match?.[1] ? [{ field: formFieldOf(match[1]), code: 'INVALID_VALUE', message }] : [];
}

function translateOr(translate: Translate, keys: string[], fallback: string, options: Record<string, unknown> = {}) {
  for (const key of keys) {
    const translated = translate(key, { ...options, _: '\u0000' });
    if (translated && translated !== '\u0000' && translated !== key) return translated;
  }
  return fallback;
}

/** A field problem (server or client side) → message in the console's language. */
export function translateFieldProblem(problem: FieldProblem, translate: Translate, context: ErrorContext = {}): string {
  const field = formFieldOf(problem.field);
  if (problem.code === 'INSEE_CODE_FORMAT' && context.kind) {
    const expected = translateOr(translate, [`territoria.inseeFormats.${context.kind}`], '');
    if (expected) {
      return translateOr(translate, ['territoria.errors.fields.INSEE_CODE_FORMAT_EXPECTED'], problem.message ?? problem.code, {
        expected,
      });
    }
  }
  // "Already a member: Dijon, Paris." → the names, for messages that repeat them (%{detail})
  const detail = /:\s*(.+?)\.?$/.exec(problem.message ?? '')?.[1] ?? '';
  return translateOr(
    translate,
    [`territoria.errors.byField.${field}.${problem.code}`, `territoria.errors.fields.${problem.code}`],
    problem.message ?? problem.code,
    { detail },
  );
}

/**
 * The API words some refusals precisely (an expired session, a deactivated account, a wrong
 * password): the console says the same in its language, by key under territoria.errors.messages.
 */
export const KNOWN_SERVER_MESSAGES: Record<string, string> = {
  'Wrong email or password.': 'wrong_credentials',
  'Your session has expired: sign in again.': 'session_expired',
  'This account is deactivated.': 'account_deactivated',
};

export function codeMessage(code: ErrorCode, translate: Translate, serverMessage?: string): string {
  const known = serverMessage ? KNOWN_SERVER_MESSAGES[serverMessage.trim()] : undefined;
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = /(\d+)\s*seconds?/.exec(serverMessage ?? '')?.[1];
    if (seconds) {
      return translateOr(translate, ['territoria.errors.messages.too_many_attempts_wait'], serverMessage ?? code, {
        seconds: Number(seconds),
        smart_count: Number(seconds),
      });
    }
  }
  return translateOr(
    translate,
    [...(known ? [`territoria.errors.messages.${known}`] : []), `territoria.errors.codes.${code}`],
    serverMessage ?? code,
    { message: serverMessage ?? '' },
  );
}

function networkStatus(error: any): number | undefined {
  const status = error?.networkError?.statusCode ?? error?.statusCode ?? error?.status;
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

/**
 * A refusal a resource words itself, by the API's `extensions.reason` first, then by code, under
 * territoria.errors.byResource.<resource>: a person already registered for an edition (DUPLICATE),
 * a cancelled registration at the door (BAD_USER_INPUT, reason CANCELLED). Empty when it has none.
 */
export function resourceMessage(translate: Translate, resource: string | undefined, code: ErrorCode, reason: unknown): string {
  if (!resource) return '';
  const keys = [
    ...(typeof reason === 'string' && reason ? [`territoria.errors.byResource.${resource}.${reason}`] : []),
    `territoria.errors.byResource.${resource}.${code}`,
  ];
  return translateOr(translate, keys, '');
}

/** DUPLICATE refusals whose field code says more than "already used". */
const PRECISE_DUPLICATE_CODES = new Set(['POSSIBLE_DUPLICATE', 'ALREADY_MEMBER']);

/** Any error thrown while talking to the API → HttpError with a translated message and form errors. */
export function toReactAdminError(error: unknown, translate: Translate, context: ErrorContext = {}): HttpError {
  if (error instanceof HttpError && (error.body as ErrorBody | undefined)?.code) return error; // already mapped
  if ((error as any)?.name === 'AbortError') return error as HttpError;

  const graphQLErrors = extractGraphQLErrors(error);
  if (graphQLErrors.length === 0) {
    const rawMessage = (error as any)?.message as string | undefined;
    // ra-data-graphql: HttpError(message, 200, apolloError) for a failure after a 200 answer (a console
    // bug, e.g. an unexpected response shape); HttpError(message, statusCode) for a network failure.
    const answered = error instanceof HttpError && error.status === 200;
    const code: ErrorCode = answered ? 'UNKNOWN' : codeFromStatus(networkStatus(error));
    return new HttpError(codeMessage(code, translate, rawMessage), STATUS_BY_CODE[code], {
      code,
      details: rawMessage ? [rawMessage] : [],
    } satisfies ErrorBody);
  }

  const coded = graphQLErrors.map((graphQLError) => ({
    error: graphQLError,
    code: normalizeCode(graphQLError.extensions?.code),
  }));
  const main = coded.find((entry) => entry.code) ?? coded[0]!;
  let code: ErrorCode = main.code ?? 'UNKNOWN';

  const problems: FieldProblem[] = [];
  for (const { error: graphQLError, code: errorCode } of coded) {
    const fields = asArray(graphQLError.extensions?.fields) as FieldProblem[];
    if (fields.length > 0) {
      for (const problem of fields) {
        problems.push({
          field: formFieldOf(String(problem.field)),
          code: String(problem.code ?? (errorCode === 'DUPLICATE' ? 'DUPLICATE' : 'INVALID_VALUE')),
          message: problem.message,
        });
      }
    } else if (errorCode === undefined || errorCode === 'BAD_USER_INPUT' || errorCode === 'UNKNOWN') {
      problems.push(...fieldsFromCoercionMessage(graphQLError.message));
    }
  }
  // A variable that does not fit the schema (e.g. an invalid date) is an input problem.
  if (code === 'UNKNOWN' && problems.length > 0) code = 'BAD_USER_INPUT';

  let message = codeMessage(code, translate, main.error.message);
  // Nothing to point at on the form (e.g. deleting a referential row): say what is wrong instead.
  const onForm = (field: string) => !context.formFields || context.formFields.includes(field);
  const precise =
    code === 'DUPLICATE' && problems.length > 0 && problems.every((problem) => PRECISE_DUPLICATE_CODES.has(problem.code));
  if (
    ((code === 'BAD_USER_INPUT' || code === 'DUPLICATE') &&
      problems.length > 0 &&
      !problems.some((problem) => onForm(problem.field))) ||
    precise
  ) {
    message = [...new Set(problems.map((problem) => translateFieldProblem(problem, translate, context)))].join(' ');
  }
  message = resourceMessage(translate, context.resource, code, main.error.extensions?.reason) || message;
  const { code: _code, fields: _fields, field: _field, ...extensions } = (main.error.extensions ?? {}) as Record<string, unknown>;
  const body: ErrorBody = {
    code,
    fields: problems,
    details: graphQLErrors.map((graphQLError) => graphQLError.message),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  if ((code === 'BAD_USER_INPUT' || code === 'DUPLICATE') && problems.length > 0) {
    const errors: Record<string, string | { serverError: string }> = {};
    for (const problem of problems) {
      const text = translateFieldProblem(
        // a unique constraint reads as the field's DUPLICATE message; a precise code (POSSIBLE_DUPLICATE,
        // ALREADY_MEMBER…) keeps its own
        code === 'DUPLICATE' && !PRECISE_DUPLICATE_CODES.has(problem.code) ? { ...problem, code: 'DUPLICATE' } : problem,
        translate,
        context,
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

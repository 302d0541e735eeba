/**
 * The refusals of the API, as codes both sides share. Every error carries a broad `code`
 * (`extensions.code`) and a precise `reason` (`extensions.reason`; for an input problem, also the
 * `code` of each of its `fields`), plus the structured parts the reason names (limit, seconds to
 * wait, entity and id, current version…). The console words each reason from its translations:
 * the API's English `message` is for API users only.
 */

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE: 'DUPLICATE',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** Refused before running as a possible cross-site request forgery (reasons CONTENT_TYPE, ORIGIN). */
  CSRF_REFUSED: 'CSRF_REFUSED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Refused before running: the answer could exceed the cost budget or the rows allowed. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The answer was larger than the response ceiling: it was not sent. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The document does not fit the schema, or breaks the depth or alias limits. */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Reasons of a whole request, with the parts each one carries in `extensions`. */
export const REQUEST_ERROR_REASONS = [
  // FORBIDDEN
  'NO_ACCESS_RULE',
  /** role */
  'ROLE_NOT_ALLOWED',
  /** scopes: any one of them would do */
  'TOKEN_SCOPE_MISSING',
  'TOKEN_READ_ONLY',
  // UNAUTHENTICATED
  'NOT_SIGNED_IN',
  'WRONG_CREDENTIALS',
  'SESSION_EXPIRED',
  'ACCOUNT_DEACTIVATED',
  'MALFORMED_AUTHORIZATION',
  'TOKEN_UNKNOWN',
  'TOKEN_REVOKED',
  'TOKEN_EXPIRED',
  // TOO_MANY_REQUESTS: retryAfterSeconds
  'SIGN_IN_RATE_LIMITED',
  // CSRF_REFUSED
  'CONTENT_TYPE',
  'ORIGIN',
  // PAYLOAD_TOO_LARGE: maximum (bytes)
  'BODY_TOO_LARGE',
  // QUERY_TOO_COSTLY: cost, maximum, over / rows, maximum
  'QUERY_TOO_COSTLY',
  'TOO_MANY_PAGE_ROWS',
  // GRAPHQL_VALIDATION_FAILED: aliases, maximum / depth, maximum
  'TOO_MANY_ALIASES',
  'QUERY_TOO_DEEP',
  'INVALID_DOCUMENT',
  // RESPONSE_TOO_LARGE: size, maximum
  'RESPONSE_TOO_LARGE',
  // NOT_FOUND: entity, id
  'NOT_FOUND',
  // CONFLICT: entity, id, currentVersion
  'STALE_VERSION',
  // BAD_USER_INPUT without fields: a request the HTTP layer could not read
  'MALFORMED_REQUEST',
  // INTERNAL_SERVER_ERROR
  'INTERNAL',
  // mailings
  'MAILING_NOT_DRAFT',
  'NO_ADDRESS',
  'SMTP_NOT_CONFIGURED',
  'STALE',
  /** PAYLOAD_TOO_LARGE: size, maximum (bytes) */
  'ATTACHMENT_TOO_LARGE',
  /** PAYLOAD_TOO_LARGE: size (all files with this one), maximum (bytes) */
  'ATTACHMENTS_TOO_LARGE',
  // printed documents
  'FEE_NOT_PAID',
  'FEE_NOT_DUE',
  'NO_DUES',
  'NO_PARTICIPANTS',
] as const;

/** Reasons of one input field (`fields[].code`): the domain's rules, the services' and class-validator's. */
export const FIELD_ERROR_REASONS = [
  // GraphQL coercion and common checks
  'required',
  'type',
  'format',
  'unique',
  'nulCharacter',
  'isUuid',
  'INVALID_VALUE',
  'REQUIRED',
  'NOT_FOUND',
  'IN_USE',
  'TOO_MANY',
  'TERM_ORDER',
  // class-validator constraints used by the inputs
  'arrayMaxSize',
  'arrayMinSize',
  'arrayUnique',
  'isArray',
  'isBoolean',
  'isDate',
  'isEmail',
  'isEnum',
  'isISO31661Alpha2',
  'isIn',
  'isInt',
  'isNotEmpty',
  'isString',
  'matches',
  'max',
  'maxLength',
  'min',
  'minLength',
  'nestedValidation',
  // collectivities
  'SIREN_FORMAT',
  'SIREN_NOT_ALLOWED',
  'INSEE_CODE_FORMAT',
  'INSEE_CODE_NOT_ALLOWED',
  'FRENCH_KIND_OUTSIDE_FRANCE',
  'FOREIGN_KIND_IN_FRANCE',
  'MEMBERSHIP_DATES_ORDER',
  'REFERENTIAL_FIELD',
  'REFERENTIAL_ROW',
  // cooperations, groups
  'NOT_FRENCH',
  'NOT_FOREIGN',
  'COUNTRY_GROUP_ONLY',
  'THEMATIC_GROUP_ONLY',
  'REPEATED',
  /** names: the collectivities already members */
  'ALREADY_MEMBER',
  'NOT_A_MEMBER',
  'NOT_IN_A_MEMBER',
  'PRESIDENCY_OVERLAP',
  // contacts, users, tokens
  'POSSIBLE_DUPLICATE',
  'SAME_CONTACT',
  'ERASED',
  'UNKNOWN_CONTACT',
  'WRONG_PASSWORD',
  'LAST_ADMIN',
  'SELF_LOCKOUT',
  'future',
  // dues and fee scales
  'NO_FEE_SCALE',
  'ALREADY_PAID',
  /** invoicedOn */
  'BEFORE_INVOICE',
  'NEGATIVE_AMOUNT',
  'EMPTY_BRACKET',
  'FIRST_BRACKET_NOT_ZERO',
  'OVERLAP',
  'GAP',
  'LAST_BRACKET_BOUNDED',
  'OPEN_BRACKET_NOT_LAST',
  // events and registrations
  'BEFORE_START',
  'NOT_STARTED',
  'CANCELLED',
  'NO_IDENTITY',
  'ONE_ORGANISATION',
  // the registration import: file, mapping, resolutions
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
  'BASE64',
  'ENCODING',
  'NOT_CSV',
  'EMPTY_FILE',
  'CSV_FORMAT',
  'NO_ROWS',
  'COLUMN',
  'COLUMN_TWICE',
  'FIELD_TWICE',
  'RESOLUTION',
  'NOT_A_CANDIDATE',
  'ANSWER',
  'QUESTION_TWICE',
  'UNRESOLVED_ROWS',
  'EVERY_ROW_IN_ERROR',
  'ALREADY_UNDONE',
  'CHANGED_SINCE',
  // incremental sync: page.after, page.updatedSince
  'INVALID_CURSOR',
  'INVALID_DATE',
  'CURSOR_OF_ANOTHER_LIST',
  'UPDATED_SINCE_IN_FUTURE',
  'CURSOR_WITH_OFFSET',
  'SYNC_NOT_SUPPORTED',
  // webhooks: the endpoint's url and event types
  'WEBHOOK_URL_INVALID',
  'WEBHOOK_URL_SCHEME',
  'WEBHOOK_URL_TOO_LONG',
  'WEBHOOK_URL_PRIVATE',
  'WEBHOOK_URL_UNRESOLVED',
  'WEBHOOK_EVENT_TYPE_UNKNOWN',
  // mailings
  'MAILING_BODY_TOO_LARGE',
  'MAILING_NO_RECIPIENT',
  'MERGE_FIELD_NEEDS_EDITION',
  'MERGE_FIELD_UNKNOWN',
  // printed documents: ids and years in the address, the letterhead's images
  'UUID',
  'YEAR',
  'IMAGE_NOT_DATA_URL',
  'IMAGE_TYPE_NOT_ALLOWED',
  'IMAGE_CONTENT_MISMATCH',
  'IMAGE_TOO_LARGE',
] as const;

export type ErrorReason = (typeof REQUEST_ERROR_REASONS)[number] | (typeof FIELD_ERROR_REASONS)[number];

/** Every reason the API can send, for the console's check that each one is worded. */
export const ERROR_REASONS: readonly ErrorReason[] = [
  ...new Set<ErrorReason>([...REQUEST_ERROR_REASONS, ...FIELD_ERROR_REASONS]),
];

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value);
}

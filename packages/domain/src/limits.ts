/**
 * Limits the API enforces and the console checks before sending, defined once for both.
 * (The page size lives in pagination.ts, the longest collectivity name in collectivity-rules.ts.)
 */

/** The largest registration file the import accepts, once decoded from base64. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** The most registrations one import file may hold. */
export const MAX_IMPORT_ROWS = 20_000;
/** The most records a bulk action (check-in, cancellation, payment…) takes at once. */
export const BULK_MAX_IDS = 1000;
/** The most organisations or contacts the import proposes for one line. */
export const MAX_IMPORT_CANDIDATES = 10;
/** The largest request body the API reads (a 5 MB file grows by a third in base64). */
export const MAX_REQUEST_BODY_BYTES = 8 * 1024 * 1024;
/** The most aliases one GraphQL operation may use. */
export const MAX_QUERY_ALIASES = 30;
/** The deepest selection one GraphQL operation may nest. */
export const MAX_QUERY_DEPTH = 10;

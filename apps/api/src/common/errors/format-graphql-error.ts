import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-errors.js';

// graphql-js reports a variable of the wrong shape as: Variable "$input" got invalid value 5 at "input.kind"; …
const VARIABLE_PATH = /^Variable "\$([^"]+)" got invalid value .*? at "([^"]+)"/;
// …and a required field left out at the top of a variable as: Variable "$input" got invalid value { … }; Field "version" of required type "Int!" was not provided.
const MISSING_FIELD =
  /^Variable "\$([^"]+)" got invalid value [\s\S]*?; Field "([^"]+)" of required type "[^"]+" was not provided\.$/;

export interface FormatOptions {
  /**
   * Leave out graphql-js' "Did you mean …?" from its messages: in production, where introspection
   * is off, they would tell an anonymous caller the names of fields, types and enum values.
   */
  hideSuggestions?: boolean;
  /** The request body limit, told to a client whose request was over it. */
  maxBodyBytes?: number;
}

/** graphql-js puts its suggestions at the end of a message, and a variable's message ends with its value's. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean\b[\s\S]*$/, '');
}

/**
 * Mercurius wraps the validation errors of one request in a single error: unwrap them. Its depth
 * limit reports a plain error with a code of its own: it gets its reason and the limit.
 */
export function flattenErrors(errors: readonly GraphQLError[], { maxDepth }: { maxDepth?: number } = {}): GraphQLError[] {
  return errors.flatMap((error) => {
    const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
    if (!Array.isArray(inner)) return [error];
    return inner.map((item: unknown) => {
      if (item instanceof GraphQLError) return item;
      const message = String((item as Error)?.message ?? item);
      if ((item as { code?: unknown })?.code === 'MER_ERR_GQL_QUERY_DEPTH') {
        return new GraphQLError(message, { extensions: { reason: 'QUERY_TOO_DEEP', maximum: maxDepth } });
      }
      return new GraphQLError(message);
    });
  });
}

/**
 * Shapes every error the API returns: our own errors go out as they are; errors in the client's
 * document or variables get a code and, where graphql-js names it, the field; anything else is
 * masked (no stack, no SQL) and logged.
 */
export function formatGraphQLError(
  error: GraphQLError,
  logUnexpected: (error: unknown) => void,
  { hideSuggestions = false, maxBodyBytes }: FormatOptions = {},
): GraphQLFormattedError {
  const original = error.originalError;
  const wrongValue = VARIABLE_PATH.exec(error.message);
  const missing = wrongValue ? null : MISSING_FIELD.exec(error.message);
  const variable = wrongValue ?? (missing && [missing[0], missing[1], `${missing[1]}.${missing[2]}`]);
  if (variable) {
    // "input.kind" is reported as "kind", like the fields class-validator checks; other arguments keep their name.
    const [, name, path] = variable;
    const field = name === 'input' || path === name ? path!.split('.').slice(1).join('.') || path! : path!;
    const message = hideSuggestions ? withoutSuggestions(error.message) : error.message;
    return {
      message,
      locations: error.locations,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: missing ? 'required' : 'type',
        field,
        fields: [{ field, code: missing ? 'required' : 'type', message }],
      },
    };
  }
  if (original instanceof AppError || (original instanceof GraphQLError && original.extensions?.code)) {
    return { ...error.toJSON(), extensions: { reason: 'INVALID_VALUE', ...original.extensions } };
  }
  if (!original || original instanceof GraphQLError) {
    return {
      ...error.toJSON(),
      ...(hideSuggestions ? { message: withoutSuggestions(error.message) } : {}),
      extensions: original
        ? { reason: 'INVALID_VALUE', ...error.extensions, code: ErrorCode.BAD_USER_INPUT }
        : { reason: 'INVALID_DOCUMENT', ...error.extensions, code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
    };
  }
  // Refused by the HTTP layer before GraphQL ran (body too large, malformed JSON).
  const status = (original as { statusCode?: unknown }).statusCode;
  if (status === 413) {
    return {
      message: 'The request body is too large.',
      extensions: {
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        reason: 'BODY_TOO_LARGE',
        ...(maxBodyBytes ? { maximum: maxBodyBytes } : {}),
      },
    };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'MALFORMED_REQUEST' } };
  }
  logUnexpected(original);
  return {
    message: 'Internal server error',
    locations: error.locations,
    path: error.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'INTERNAL' },
  };
}

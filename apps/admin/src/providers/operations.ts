import { gql, type ApolloClient } from '@apollo/client';
import { HttpError, type I18nProvider } from 'react-admin';
import { extractGraphQLErrors, toReactAdminError, translateFieldProblem, type ErrorBody, type FieldProblem } from './errors';
import { CONSOLE_RESOURCES, type OperationName } from '../resources';

/**
 * The API's operations outside react-admin's verbs (totals, dues generation, payments, the fee
 * scale…): one hand-written document each, its root field aliased `data`. They run with the data
 * provider's `runOperation(name, variables)`, which answers `{ data }` and fails like the other
 * methods (an HttpError in the console's language), keeping the API's full field paths
 * (`brackets.2`) in `body.rawFields` for forms that point at rows of a list.
 */

export interface OperationDefinition {
  kind: 'query' | 'mutation';
  document: string;
  /** Fields of the dialog or page that shows the errors (problems elsewhere are spelled out). */
  formFields?: readonly string[];
}

/** Every resource's operations, from the resource list (resources/index.ts). */
export const OPERATIONS: Record<string, OperationDefinition> = Object.assign(
  {},
  ...CONSOLE_RESOURCES.map((resource) => resource.operations ?? {}),
);

export type { OperationName };

/** An operation's failure: the usual error body, plus the API's field paths as it sent them. */
export interface OperationErrorBody extends ErrorBody {
  rawFields: FieldProblem[];
}

const documents = new Map<string, ReturnType<typeof gql>>();
function documentOf(name: string, definition: OperationDefinition) {
  let document = documents.get(name);
  if (!document) {
    document = gql(definition.document);
    documents.set(name, document);
  }
  return document;
}

/** The API's field problems as sent ("brackets.2", "paidOn"), before the console folds them onto form fields. */
export function rawFieldProblems(error: unknown): FieldProblem[] {
  return extractGraphQLErrors(error).flatMap((graphQLError) =>
    (Array.isArray(graphQLError.extensions?.fields) ? graphQLError.extensions!.fields : []).map((problem) => ({
      field: String(problem.field).replace(/^input\./, ''),
      code: String(problem.code),
      message: problem.message,
    })),
  );
}

/** `dataProvider.runOperation(name, variables)`: see OPERATIONS. */
export function createOperationRunner(
  client: ApolloClient<unknown>,
  i18nProvider: Pick<I18nProvider, 'translate'>,
  table: Record<string, OperationDefinition> = OPERATIONS,
) {
  const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
  return async (name: string, variables: Record<string, unknown> = {}): Promise<{ data: unknown }> => {
    const definition = table[name];
    if (!definition) throw new Error(`Unknown operation "${name}" (see providers/operations.ts)`);
    try {
      const document = documentOf(name, definition);
      const response: { data?: { data?: unknown } | null; errors?: readonly unknown[] } =
        definition.kind === 'query'
          ? await client.query({ query: document, variables, fetchPolicy: 'no-cache', errorPolicy: 'all' })
          : await client.mutate({ mutation: document, variables, fetchPolicy: 'no-cache', errorPolicy: 'none' });
      const errors = response?.errors ?? [];
      const data = response?.data?.data;
      // feeScale(year) answers null for a year without a scale: that is data, not a failure
      if (errors.length > 0 && (data === undefined || data === null)) throw { graphQLErrors: errors };
      return { data: data ?? null };
    } catch (error) {
      const mapped = toReactAdminError(error, translate, { formFields: definition.formFields });
      const body = (mapped.body ?? {}) as OperationErrorBody;
      body.rawFields = rawFieldProblems(error);
      throw new HttpError(mapped.message, mapped.status, body);
    }
  };
}

export type OperationRunner = ReturnType<typeof createOperationRunner>;

/**
 * What a dialog says when an operation is refused. Field problems the dialog shows under its
 * inputs are in `fieldErrors`; the message explains the rest, preferring the console's wording of
 * the API's precise refusal (e.g. "already paid", sent with CONFLICT) to the generic one.
 */
export function operationError(
  error: unknown,
  translate: (key: string, options?: Record<string, unknown>) => string,
): { message: string; fieldErrors: Record<string, string> } {
  const body = (error as { body?: Partial<OperationErrorBody> } | null)?.body;
  const fieldErrors: Record<string, string> = {};
  for (const [field, text] of Object.entries(body?.errors ?? {})) {
    if (field !== 'root' && typeof text === 'string') fieldErrors[field] = text;
  }
  let message = (error as Error | null)?.message || translate('ra.notification.http_error');
  if (body?.code === 'CONFLICT' || body?.code === 'NOT_FOUND') {
    const precise = (body.rawFields ?? []).map((problem) => translateFieldProblem(problem, translate));
    if (precise.length > 0) message = [...new Set(precise)].join(' ');
  }
  return { message, fieldErrors };
}

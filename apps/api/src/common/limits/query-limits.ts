import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationRule,
} from 'graphql';
import { AppError, ErrorCode, UserInputError } from '../errors/app-errors.js';
import { MAX_PAGE_SIZE } from './list-limits.js';
import { measureOperation, type QueryCost } from './query-cost.js';

/**
 * The most values one answer may hold (see query-cost.ts). Every document the console sends fits
 * at its largest pages (the console's schema test checks it): the heaviest is the preview of a
 * registration list of 20,000 lines (6.4 million by this measure: each line's candidates carry
 * their kinds and numbers; the budget leaves it room, as the console's browser test found it refused at 7 million), then a page of 1000 groups with their officers (1 million) and 1000 contacts with their
 * positions (0.8 million). Lists of lists of lists are
 * far over: a page of 1000 participations with their editions' sessions' speakers' participations
 * may hold two billion values.
 */
export const QUERY_COST_BUDGET = 15_000_000;

/**
 * The rows one request may ask for in its pages outside any list, all together: what the console
 * asks at most. Thirty aliases of a page of 1000 stay within the cost budget, but building and
 * serialising 30,000 rows would hold the server for seconds.
 */
export const MAX_PAGE_ROWS_PER_REQUEST = MAX_PAGE_SIZE;

/** A document refused before execution: a 400, its errors shaped like validation errors. */
export class QueryRefusal extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: GraphQLError[]) {
    super('Graphql validation error');
    this.name = 'QueryRefusal';
  }
}

export class QueryTooCostlyError extends AppError {
  constructor(cost: number, maxCost: number) {
    const over = cost - maxCost;
    super(
      ErrorCode.QUERY_TOO_COSTLY,
      Number.isFinite(cost)
        ? `This query costs ${format(cost)} (the values it may return): ${format(over)} over the budget of ${format(maxCost)}` +
            ` (${format(Math.ceil(cost / maxCost))} times it). Ask for smaller pages (page.limit) or fewer nested lists.`
        : `This query spreads its fragments into more fields than can be priced: far over the budget of ${format(maxCost)}.`,
      [],
      { reason: 'QUERY_TOO_COSTLY', ...(Number.isFinite(cost) ? { cost, over } : {}), maxCost, maximum: maxCost },
    );
  }
}

export class TooManyRowsError extends AppError {
  constructor(pageRows: number, maxPageRows: number) {
    super(
      ErrorCode.QUERY_TOO_COSTLY,
      `This query asks for ${format(pageRows)} rows in its pages (their page.limit added up):` +
        ` at most ${format(maxPageRows)} in one request. Ask for the others in further requests.`,
      [],
      { reason: 'TOO_MANY_PAGE_ROWS', pageRows, maxPageRows, maximum: maxPageRows },
    );
  }
}

const format = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : String(value));

/**
 * The operation a request runs: the only one, or the one it names. The document has passed
 * validation, so a name always finds its operation.
 */
function operationOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode[] {
  const named = getOperationAST(document, operationName);
  if (named) return [named];
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/** The cost of what a request is about to run, with the variables it sent. Undefined when its variables do not coerce (execution refuses them). */
export function measureRequest(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Record<string, unknown> | undefined,
  operationName?: string,
): QueryCost | undefined {
  let costliest: QueryCost | undefined;
  for (const operation of operationOf(document, operationName)) {
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (coerced.errors) return undefined;
    const measured = measureOperation(schema, document, operation, coerced.coerced, rawVariables ?? {});
    if (!costliest || measured.cost > costliest.cost) costliest = measured;
  }
  return costliest;
}

/** The cost of each request being answered, for the response ceiling (keyed by the Fastify request). */
const requestCosts = new WeakMap<object, number>();

export function costOfRequest(request: object): number | undefined {
  return requestCosts.get(request);
}

/** Throws the refusal of a request over the budget or with a bad page, before anything runs. */
export function assertWithinLimits(
  measured: QueryCost | undefined,
  maxCost: number,
  maxPageRows = MAX_PAGE_ROWS_PER_REQUEST,
): void {
  if (!measured) return;
  const refusals: AppError[] = [];
  if (measured.problems.length > 0) refusals.push(new UserInputError(measured.problems));
  else if (measured.cost > maxCost) refusals.push(new QueryTooCostlyError(measured.cost, maxCost));
  else if (measured.pageRows > maxPageRows) refusals.push(new TooManyRowsError(measured.pageRows, maxPageRows));
  if (refusals.length === 0) return;
  throw new QueryRefusal(refusals.map((refusal) => new GraphQLError(refusal.message, { originalError: refusal })));
}

/**
 * Mercurius' preExecution hook: runs on every request (cached documents too) with its variables,
 * after validation and before any resolver. Validation rules cannot do it: mercurius caches their
 * verdict per document, whatever the variables.
 */
export function queryLimitsHook(maxCost: number) {
  return (schema: GraphQLSchema, document: DocumentNode, context: object, variables?: Record<string, unknown>): void => {
    const { request } = context as { request?: { body?: unknown; query?: unknown } };
    const source = (request?.body ?? request?.query) as { operationName?: unknown } | undefined;
    const operationName = typeof source?.operationName === 'string' ? source.operationName : undefined;
    const measured = measureRequest(schema, document, variables, operationName);
    assertWithinLimits(measured, maxCost);
    if (request && measured) requestCosts.set(request, measured.cost);
  };
}

/** Refuses an operation with more than `max` aliases (fragments counted where spread), like the depth limit: a 400. */
export function aliasLimitRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = (selections: readonly SelectionNode[], spreading: ReadonlySet<string>): number => {
        let aliases = 0;
        for (const selection of selections) {
          if (selection.kind === Kind.FIELD) {
            if (selection.alias) aliases++;
            if (selection.selectionSet) aliases += count(selection.selectionSet.selections, spreading);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            aliases += count(selection.selectionSet.selections, spreading);
          } else if (!spreading.has(selection.name.value)) {
            const fragment = context.getFragment(selection.name.value);
            if (fragment) aliases += count(fragment.selectionSet.selections, new Set([...spreading, selection.name.value]));
          }
        }
        return aliases;
      };
      const aliases = count(operation.selectionSet.selections, new Set());
      if (aliases > max) {
        context.reportError(
          new GraphQLError(`The operation uses ${aliases} aliases: at most ${max} are allowed.`, {
            nodes: [operation],
            extensions: { reason: 'TOO_MANY_ALIASES', aliases, maxAliases: max, maximum: max },
          }),
        );
      }
    },
  });
}

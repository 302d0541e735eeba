import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { isPagedField, listLimit, MAX_PAGE_SIZE, PAGE_TYPES } from './list-limits.js';

/** An input the cost refuses before anything runs: a page too large (or negative), a nested page without a limit. */
export interface CostProblem {
  /** Path of the argument at fault, e.g. "page.limit". */
  field: string;
  code: 'max' | 'min' | 'REQUIRED';
  message: string;
}

/** Fields a document may make the measure walk (fragments counted where spread): beyond, it is not priced but refused. The alias and depth limits keep real documents far below. */
const MAX_FIELDS_WALKED = 100_000;

export interface QueryCost {
  /** The most values the answer can hold: each field counts once per row its parent may have (Infinity: too large to walk). */
  cost: number;
  /** The rows of the pages asked outside any list, all together (a page inside a list counts in the cost). */
  pageRows: number;
  problems: CostProblem[];
}

/**
 * The cost of one operation: every field counts the rows its parent may have, so a list
 * multiplies everything under it by its bound (the `page.limit` asked for, else the default page
 * size; an unpaged list by its cap in list-limits.ts). A page of 1000 participations with each
 * edition's sessions and their speakers costs 1000 × 200 × 100 for each speaker's field.
 *
 * `variables` are the coerced values (input defaults applied), `rawVariables` what the client sent
 * (to tell an explicit page limit from a default one).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  rawVariables: Record<string, unknown> = variables,
): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const problems: CostProblem[] = [];
  let pageRows = 0;
  let walked = 0;
  const reported = new Set<string>();
  const problem = (found: CostProblem) => {
    const key = `${found.field}|${found.code}|${found.message}`;
    if (!reported.has(key)) problems.push(found);
    reported.add(key);
  };

  const included = (node: SelectionNode) => {
    if (!node.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  };

  /** `rows`: how many objects of `parentType` the answer may hold here; `nodesBound`: the page asked for, for its nodes. */
  const measure = (
    parentType: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    rows: number,
    path: string,
    nodesBound: number | undefined,
    spread: Set<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type && isCompositeType(type)) cost += measure(type, selection.selectionSet, rows, path, nodesBound, spread);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        // Like execution, a fragment counts once per selection it is spread into, however often.
        if (fragment && type && isCompositeType(type) && !spread.has(name)) {
          spread.add(name);
          cost += measure(type, fragment.selectionSet, rows, path, nodesBound, spread);
        }
        continue;
      }
      if (++walked > MAX_FIELDS_WALKED) return Infinity;
      const name = selection.name.value;
      cost += rows;
      // Introspection answers from the schema, never from the database.
      if (name.startsWith('__') || !selection.selectionSet) continue;
      const field = fieldOf(parentType, name);
      if (!field) continue;
      const childType = getNamedType(field.type);
      if (!isCompositeType(childType)) continue;
      const fieldPath = path ? `${path}.${responseName(selection)}` : responseName(selection);
      if (isPagedField(parentType.name, name)) {
        const limit = pageLimit(field, selection, variables, rawVariables, rows > 1, fieldPath, problem);
        if (rows === 1) pageRows += limit;
        cost += measure(childType, selection.selectionSet, rows, fieldPath, limit, new Set());
        continue;
      }
      let bound = 1;
      if (isListType(getNullableType(field.type))) {
        // A list the table does not know yet counts as the largest page (a test asks for its entry).
        bound =
          name === 'nodes' && PAGE_TYPES.includes(parentType.name)
            ? (nodesBound ?? MAX_PAGE_SIZE)
            : (listLimit(parentType.name, name) ?? MAX_PAGE_SIZE);
      }
      cost += measure(childType, selection.selectionSet, rows * bound, fieldPath, undefined, new Set());
    }
    return cost;
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  const cost = root ? measure(root, operation.selectionSet, 1, '', undefined, new Set()) : 0;
  return { cost, pageRows, problems };
}

/** One cost for the documents the console or a test holds: the operation named, else the costliest. */
export function measureDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  rawVariables: Record<string, unknown> = variables,
): QueryCost {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return operations
    .map((operation) => measureOperation(schema, document, operation, variables, rawVariables))
    .reduce((costliest, next) => (next.cost > costliest.cost ? next : costliest), { cost: 0, pageRows: 0, problems: [] });
}

function responseName(node: FieldNode): string {
  return node.alias?.value ?? node.name.value;
}

function fieldOf(parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/**
 * The rows a paged field asks for. Over MAX_PAGE_SIZE or under 1 is refused; inside another list,
 * a page must say its limit: the default would silently multiply.
 */
function pageLimit(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  rawVariables: Record<string, unknown>,
  nested: boolean,
  path: string,
  problem: (found: CostProblem) => void,
): number {
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    // Arguments that do not coerce fail execution before any resolver runs: count the most.
    return MAX_PAGE_SIZE;
  }
  const page = args.page as { limit?: unknown; offset?: unknown } | null | undefined;
  // Refused with the limit, so that one answer names every field at fault.
  if (typeof page?.offset === 'number' && page.offset < 0) {
    problem({ field: 'page.offset', code: 'min', message: `${path}: page.offset is at least 0 (${page.offset} asked).` });
  }
  const limit = typeof page?.limit === 'number' ? page.limit : Number(pageDefault(field));
  if (limit > MAX_PAGE_SIZE) {
    problem({ field: 'page.limit', code: 'max', message: `${path}: page.limit is at most ${MAX_PAGE_SIZE} (${limit} asked).` });
    return MAX_PAGE_SIZE;
  }
  if (limit < 1) {
    problem({ field: 'page.limit', code: 'min', message: `${path}: page.limit is at least 1 (${limit} asked).` });
    return 1;
  }
  if (nested && !limitGiven(node, rawVariables)) {
    problem({
      field: 'page.limit',
      code: 'REQUIRED',
      message: `${path} is a page inside a list: say how many rows each may hold with page: { limit }.`,
    });
  }
  return limit;
}

function pageDefault(field: GraphQLField<unknown, unknown>): unknown {
  const pageType = getNamedType(field.args.find((argument) => argument.name === 'page')?.type);
  const limit =
    pageType && 'getFields' in pageType ? (pageType.getFields() as Record<string, { defaultValue?: unknown }>).limit : undefined;
  return limit?.defaultValue ?? MAX_PAGE_SIZE;
}

/** Whether the client wrote a limit (literally or through a variable it sent), not left the default. */
function limitGiven(node: FieldNode, rawVariables: Record<string, unknown>): boolean {
  const page = node.arguments?.find((argument) => argument.name.value === 'page')?.value;
  if (!page) return false;
  if (page.kind === Kind.VARIABLE) {
    const value = rawVariables[page.name.value];
    return typeof value === 'object' && value !== null && (value as { limit?: unknown }).limit != null;
  }
  if (page.kind !== Kind.OBJECT) return false;
  const limit = page.fields.find((field) => field.name.value === 'limit')?.value;
  if (!limit) return false;
  if (limit.kind === Kind.VARIABLE) return rawVariables[limit.name.value] != null;
  return limit.kind !== Kind.NULL;
}

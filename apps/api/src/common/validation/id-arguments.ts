import { isUUID } from 'class-validator';
import {
  getArgumentValues,
  getNullableType,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { type FieldError, UserInputError } from '../errors/app-errors.js';

/** A document refused before execution, like one that does not validate: a 400. */
class IdRefusal extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: GraphQLError[]) {
    super('Graphql validation error');
    this.name = 'IdRefusal';
  }
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** Every ID in a coerced argument value that is not a UUID, named like the validation pipe names fields. */
function collectInvalidIds(value: unknown, type: GraphQLInputType, path: string, found: FieldError[]): void {
  if (value === undefined || value === null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    // A list of ids is named as a whole ("collectivityIds"), a list of inputs by position ("resolutions.0.contactId").
    const byPosition = isInputObjectType(getNamedType(nullable.ofType));
    value.forEach((item, index) =>
      collectInvalidIds(item, nullable.ofType, byPosition ? join(path, String(index)) : path, found),
    );
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      collectInvalidIds((value as Record<string, unknown>)[field.name], field.type, join(path, field.name), found);
    }
    return;
  }
  if (nullable.name === 'ID' && !(typeof value === 'string' && isUUID(value))) {
    const field = path || 'input';
    if (!found.some((error) => error.field === field)) {
      found.push({ field, code: 'isUuid', message: `${JSON.stringify(String(value).slice(0, 60))} is not a valid id.` });
    }
  }
}

function operationsOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode[] {
  const named = getOperationAST(document, operationName);
  if (named) return [named];
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/**
 * The ids a request passes that are not UUIDs, in every argument of every field it selects (root
 * or nested, through its fragments), literal or variable, down to the ID fields of input objects
 * and lists. Arguments are coerced as execution will coerce them; a request whose variables do
 * not coerce is left to execution, which refuses it.
 */
export function invalidIds(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Record<string, unknown> | undefined,
  operationName?: string,
): FieldError[] {
  const found: FieldError[] = [];
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  for (const operation of operationsOf(document, operationName)) {
    const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (!coerced) continue;
    const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
    const spread = new Set<string>();
    while (pending.length > 0) {
      const typeInfo = new TypeInfo(schema);
      visit(
        pending.pop()!,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const field = typeInfo.getFieldDef();
            if (!field || field.args.length === 0) return;
            let values: Record<string, unknown>;
            try {
              values = getArgumentValues(field, node, coerced);
            } catch {
              return; // execution reports it
            }
            // Fields of `input` are named as they are ("linkedContactId"); other arguments keep their name ("filter.groupId").
            for (const arg of field.args)
              collectInvalidIds(values[arg.name], arg.type, arg.name === 'input' ? '' : arg.name, found);
          },
          FragmentSpread(node) {
            const fragment = fragments.get(node.name.value);
            if (fragment && !spread.has(node.name.value)) {
              spread.add(node.name.value);
              pending.push(fragment);
            }
          },
        }),
      );
    }
  }
  return found;
}

/**
 * Mercurius' preExecution hook: an id that is not a UUID is refused with BAD_USER_INPUT naming
 * the argument, before any resolver or SQL sees it (PostgreSQL would fail on it, masked as an
 * internal error). It covers every ID of the schema at once, the ones to come included.
 */
export function idArgumentsHook(
  schema: GraphQLSchema,
  document: DocumentNode,
  context: object,
  variables?: Record<string, unknown>,
): void {
  const { request } = context as { request?: { body?: unknown; query?: unknown } };
  const source = (request?.body ?? request?.query) as { operationName?: unknown } | undefined;
  const operationName = typeof source?.operationName === 'string' ? source.operationName : undefined;
  const found = invalidIds(schema, document, variables, operationName);
  if (found.length === 0) return;
  const error = new UserInputError(found);
  throw new IdRefusal([new GraphQLError(error.message, { originalError: error })]);
}

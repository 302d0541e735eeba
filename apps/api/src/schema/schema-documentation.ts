import { TypeMetadataStorage } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@territoria/domain';
import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ERROR_CODE_MEANINGS } from '../common/errors/app-errors.js';
import { ACCESS_RULE, type AccessRule } from '../common/access/access.decorator.js';

/** The paragraph each operation's description ends with, from its @Access rule. */
export const ACCESS_PREFIX = 'Access: ';

/**
 * What the schema says of itself beyond the descriptions written beside each declaration: the
 * access rule of every operation (read from its @Access metadata, so it cannot drift from what
 * the guard enforces), the error codes, and the arguments and fields every list or record shares.
 * Run on the schema the API serves and on the one emitted to schema.gql alike.
 */
export function documentSchema(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) {
    query.description = QUERY_DESCRIPTION;
    describeAccess(query, TypeMetadataStorage.getQueriesMetadata());
  }
  if (mutation) {
    mutation.description = MUTATION_DESCRIPTION;
    describeAccess(mutation, TypeMetadataStorage.getMutationsMetadata());
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
    const root = type === query || type === mutation;
    for (const field of Object.values(type.getFields())) {
      describeSharedArguments(field, root, type === mutation);
      if (!root) field.description ??= SHARED_FIELDS[field.name];
    }
  }
  return schema;
}

const errorList = Object.entries(ERROR_CODE_MEANINGS)
  .map(([code, meaning]) => `- ${code}: ${meaning}`)
  .join('\n');

const QUERY_DESCRIPTION = `Every read of the API. Lists share one convention: \`filter\` (every criterion given must match), \`sort\` (an enum of fields and a direction) and \`page\` (offset and limit, at most ${MAX_PAGE_SIZE} rows), answering a page with \`nodes\`, \`totalCount\` and \`hasNextPage\`. Rows a caller may not see are left out as if they did not exist: a group president sees only the groups they currently preside and those groups' members; an API token only what its scopes allow.

Errors come back in \`errors[].extensions\`: \`code\` (below) and, depending on it, more keys. A refusal may carry \`reason\`, a stable machine code (e.g. ALREADY_UNDONE), with its structured parts: word messages from \`code\`, \`reason\` and \`fields[].code\`, not from \`message\`.
${errorList}`;

const MUTATION_DESCRIPTION =
  'Every write of the API: signed-in users only (API tokens are read-only). Each change is audited (who, when, each field before and after) in the same transaction. Updates take the `version` read and are refused with CONFLICT when the record changed since; only the fields sent are written (null clears an optional one). Errors as described on Query.';

/** Arguments every list or record operation shares, described once. */
function describeSharedArguments(field: GraphQLField<unknown, unknown>, root: boolean, isMutation: boolean): void {
  const target = humanName(getNamedType(field.type).name);
  for (const arg of field.args) {
    if (arg.description) continue;
    const type = getNamedType(arg.type);
    if (arg.name === 'page' && type.name === 'PageInput') {
      arg.description = `Which rows of the list: \`offset\` rows skipped, then \`limit\` rows (${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE})`;
    } else if (arg.name === 'sort') {
      arg.description = 'Order of the rows; when absent, the default order of the list (see its sort input)';
    } else if (arg.name === 'filter') {
      arg.description = 'Only the rows matching every criterion given; when absent, every row the caller may see';
    } else if (root && arg.name === 'id' && type.name === 'ID') {
      const purpose = !isMutation
        ? ''
        : /^(delete|remove)/.test(field.name)
          ? ' to delete'
          : /^update/.test(field.name)
            ? ' to change'
            : '';
      arg.description = `Id of the ${target}${purpose}`;
    } else if (arg.name === 'input' && isInputObjectType(type) && type.description) {
      arg.description = type.description;
    }
  }
}

/** Fields every record carries, described once. */
const SHARED_FIELDS: Record<string, string> = {
  id: 'Unique identifier (a UUID), stable for the life of the record',
  version: 'Incremented by every change: send it back with an update, which is refused (CONFLICT) when the record changed since',
  createdAt: 'When the record was created',
  updatedAt: 'When the record was last changed',
};

/** "MembershipFee" → "membership fee". */
function humanName(typeName: string): string {
  return typeName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

type OperationMetadata = ReturnType<typeof TypeMetadataStorage.getQueriesMetadata>[number];

function describeAccess(root: GraphQLObjectType, operations: readonly OperationMetadata[]): void {
  const fields = root.getFields();
  for (const operation of operations) {
    const field = fields[operation.schemaName];
    if (!field) continue;
    const method = (operation.target.prototype as Record<string, object>)[operation.methodName]!;
    // The rule the guard applies: the method's, else its resolver class's.
    const rule = (Reflect.getMetadata(ACCESS_RULE, method) ?? Reflect.getMetadata(ACCESS_RULE, operation.target)) as
      AccessRule | undefined;
    const sentence = `${ACCESS_PREFIX}${rule ? accessSentence(rule) : 'nobody (no access rule).'}`;
    const own = (field.description ?? '').split(`\n\n${ACCESS_PREFIX}`)[0]!;
    field.description = own ? `${own}\n\n${sentence}` : sentence;
  }
}

export function accessSentence(rule: AccessRule): string {
  if (rule.public) return 'anyone, signed in or not.';
  const scopes = rule.scope === undefined ? [] : typeof rule.scope === 'string' ? [rule.scope] : [...rule.scope];
  const users = rule.roles.length ? `users with the role ${rule.roles.join(', ')}` : 'no signed-in user';
  const tokens = scopes.length ? `API tokens with the scope ${scopes.join(' or ')}` : 'not API tokens';
  return `${users}; ${tokens}.`;
}

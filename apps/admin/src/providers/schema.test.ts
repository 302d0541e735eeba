import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  parseType,
  print,
  typeFromAST,
  validate,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAX_PAGE_SIZE } from '@territoria/domain';
import { MAX_PAGE_ROWS_PER_REQUEST, measureRequest, QUERY_COST_BUDGET } from '../../../api/src/common/limits/query-limits';
import { CHANGE_MY_PASSWORD, ME, SIGN_IN, SIGN_OUT } from './authProvider';
import { ACTION, actionDefinition, buildQuery } from './buildQuery';
import { OPERATIONS } from './operations';
import { RESOURCES, type ResourceDefinition } from './resourceTable';

/**
 * Console ↔ API drift fails the build: every GraphQL document the console can send (each verb of
 * each resource of the table, each action, each operation outside the verbs, the sign-in
 * documents) is parsed and validated against
 * the API's contract, apps/api/schema.gql, and so are its variables, built from sample form data
 * by the same code as in the browser. The API's request limits (aliases, cost, depth) are checked
 * too: a document the schema accepts but the endpoint refuses is drift as well.
 */
const schemaPath = fileURLToPath(new URL('../../../api/schema.gql', import.meta.url));
const schema: GraphQLSchema = buildSchema(readFileSync(schemaPath, 'utf8'));

/** The API's limits (apps/api/src/graphql.config.ts, GRAPHQL_LIMITS); the cost is the API's own measure. */
const LIMITS = { aliases: 30, cost: QUERY_COST_BUDGET, depth: 10 };

const SAMPLE_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

/** A valid value of a GraphQL input type (enums: the first value; input objects: every field). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sample(field.type)]));
  }
  switch (type.name) {
    case 'Int':
      return 3;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'ID':
      return SAMPLE_ID;
    case 'Date':
      return '2025-03-12';
    case 'DateTime':
      return '2031-06-30T21:59:59.000Z';
    default:
      return 'Dijon';
  }
}

const typeNamed = (typeString: string) => typeFromAST(schema, parseType(typeString)) as GraphQLInputType | undefined;

/** Form data for the given input fields: a valid value for the fields the API knows, a text for the others (then refused). */
function formData(inputType: string, fields: readonly string[]): Record<string, unknown> {
  const type = schema.getType(inputType);
  if (!isInputObjectType(type)) throw new Error(`${inputType} is not an input type of the API`);
  const known = type.getFields();
  return Object.fromEntries(
    fields.map((field) => [field, known[field] ? sample(known[field]!.type) : 'not an input of the API']),
  );
}

/** A react-admin filter using every filter the resource maps (a list filter given as one value). */
function everyFilter(definition: ResourceDefinition): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const type = definition.inputTypes.filter ? schema.getType(definition.inputTypes.filter) : undefined;
  const fields = isInputObjectType(type) ? type.getFields() : {};
  for (const [key, mapping] of Object.entries(definition.filters)) {
    const field = fields[mapping.field];
    if (!field) {
      filter[key] = 'unknown filter';
      continue;
    }
    if (mapping.boolean) filter[key] = 'false';
    else {
      const value = sample(field.type);
      filter[key] = mapping.list && Array.isArray(value) ? value[0] : value;
    }
  }
  for (const [name, typeString] of Object.entries(definition.listArguments)) filter[name] = sample(typeNamed(typeString)!);
  if (definition.parent) filter[definition.parent.filter] = SAMPLE_ID;
  return filter;
}

/** What a <ReferenceManyField target> of this resource would be: its parent, an id argument, or an id filter. */
function referenceTarget(definition: ResourceDefinition): string | undefined {
  if (definition.parent) return definition.parent.filter;
  const idArgument = Object.entries(definition.listArguments).find(([, type]) => type.startsWith('ID'));
  if (idArgument) return idArgument[0];
  return Object.keys(definition.filters).find((key) => key.endsWith('Id'));
}

interface SentDocument {
  name: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/** What the console sends for each verb a resource supports, built by buildQuery from sample params. */
function documentsOf(resource: string, definition: ResourceDefinition): SentDocument[] {
  const sent: SentDocument[] = [];
  const add = (verb: string, params: Record<string, unknown>) => {
    const { query, variables } = buildQuery(verb, resource, params);
    sent.push({
      name: `${resource} ${verb}${params.action ? ` ${String(params.action)}` : ''}`,
      document: query,
      variables: variables ?? {},
    });
  };
  const { operations, inputTypes } = definition;
  if (operations.list) {
    const filter = everyFilter(definition);
    const sortField = Object.keys(definition.sortFields)[0];
    add('GET_LIST', { filter, sort: { field: sortField ?? 'id', order: 'DESC' }, pagination: { page: 2, perPage: 25 } });
    const target = referenceTarget(definition);
    if (target) {
      const { [target]: _target, ...others } = filter;
      add('GET_MANY_REFERENCE', {
        target,
        id: SAMPLE_ID,
        filter: others,
        sort: { field: 'id', order: 'ASC' },
        pagination: { page: 1, perPage: 10 },
      });
    }
    if (definition.filters.ids && inputTypes.filter)
      add('GET_MANY', { ids: [SAMPLE_ID, 'b7e1d2c3-4a5b-4c6d-8e9f-0a1b2c3d4e5f'] });
  }
  if (operations.one) add('GET_ONE', { id: SAMPLE_ID });
  if (operations.create)
    add('CREATE', { data: formData(inputTypes.create, definition.createInputFields ?? definition.inputFields) });
  if (operations.update) {
    const data = formData(inputTypes.update, definition.inputFields);
    add('UPDATE', { id: SAMPLE_ID, data, previousData: { id: SAMPLE_ID, version: 4 } });
  }
  if (operations.delete) {
    add('DELETE', { id: SAMPLE_ID, previousData: { id: SAMPLE_ID } });
    add('DELETE_MANY', { ids: [SAMPLE_ID, SAMPLE_ID] });
  }
  for (const action of Object.keys(definition.actions)) {
    const { arguments: args } = actionDefinition(definition, resource, action);
    const data = Object.fromEntries(Object.entries(args).map(([name, typeString]) => [name, sample(typeNamed(typeString)!)]));
    add(ACTION, { action, id: SAMPLE_ID, data });
  }
  return sent;
}

/** The sign-in documents of the authProvider (sent over fetch, outside the data provider). */
const AUTH_DOCUMENTS: SentDocument[] = [
  { name: 'signIn', document: parse(SIGN_IN), variables: { email: 'marie@territoria.test', password: 'correct horse battery' } },
  { name: 'signOut', document: parse(SIGN_OUT), variables: {} },
  { name: 'me', document: parse(ME), variables: {} },
  {
    name: 'changeMyPassword',
    document: parse(CHANGE_MY_PASSWORD),
    variables: { currentPassword: 'old password 1', newPassword: 'new password 12' },
  },
];

/** The hand-written operations outside the verbs (providers/operations.ts), with sample variables. */
const OPERATION_DOCUMENTS: SentDocument[] = Object.entries(OPERATIONS).map(([name, definition]) => {
  const document = parse(definition.document);
  const operation = document.definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
  const variables = Object.fromEntries(
    (operation?.variableDefinitions ?? []).map((variable) => {
      const type = typeFromAST(schema, variable.type as never) as GraphQLInputType | undefined;
      return [variable.variable.name.value, type ? sample(type) : 'unknown type'];
    }),
  );
  return { name: `operation ${name}`, document, variables };
});

const ALL_DOCUMENTS: SentDocument[] = [
  ...Object.entries(RESOURCES).flatMap(([resource, definition]) => documentsOf(resource, definition)),
  ...AUTH_DOCUMENTS,
  ...OPERATION_DOCUMENTS,
];

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

/**
 * The variables at the largest pages the console can ask for: a CSV export or a GET_MANY of many
 * ids asks for MAX_PAGE_SIZE rows per request.
 */
function atLargestPages(document: DocumentNode, variables: Record<string, unknown>): Record<string, unknown> {
  const largest = { ...variables };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type as never);
      if (type && getNamedType(type)?.name === 'PageInput')
        largest[variable.variable.name.value] = { offset: 0, limit: MAX_PAGE_SIZE };
    }
  }
  return largest;
}

/** Aliased fields, fragments included. */
function aliasCount(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const count = (node: ASTNode, seen: Set<string>): number => {
    let aliases = node.kind === Kind.FIELD && node.alias ? 1 : 0;
    if ('selectionSet' in node && node.selectionSet) {
      for (const child of node.selectionSet.selections) aliases += count(child, seen);
    } else if (node.kind === Kind.FRAGMENT_SPREAD && !seen.has(node.name.value)) {
      const fragment = fragments.get(node.name.value);
      if (fragment) aliases += count(fragment, new Set([...seen, node.name.value]));
    }
    return aliases;
  };
  return document.definitions.reduce((total, definition) => total + count(definition, new Set()), 0);
}

/** Deepest field nesting, fragments expanded. */
function depth(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const measure = (node: ASTNode, level: number): number => {
    if (node.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(node.name.value);
      return fragment ? measure(fragment, level) : level;
    }
    if (!('selectionSet' in node) || !node.selectionSet) return level;
    const next = node.kind === Kind.FIELD ? level + 1 : level;
    return Math.max(next, ...node.selectionSet.selections.map((child) => measure(child, next)));
  };
  return Math.max(
    0,
    ...document.definitions
      .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => measure(operation, 0)),
  );
}

describe('every GraphQL document the console sends fits the API (apps/api/schema.gql)', () => {
  it('covers every resource of the table, every action and the sign-in', () => {
    for (const resource of Object.keys(RESOURCES)) {
      expect(ALL_DOCUMENTS.some((sent) => sent.name.startsWith(`${resource} `))).toBe(true);
    }
    for (const [resource, definition] of Object.entries(RESOURCES)) {
      for (const action of Object.keys(definition.actions)) {
        expect(ALL_DOCUMENTS.map((sent) => sent.name)).toContain(`${resource} ${ACTION} ${action}`);
      }
    }
    for (const name of Object.keys(OPERATIONS)) expect(ALL_DOCUMENTS.map((sent) => sent.name)).toContain(`operation ${name}`);
    expect(ALL_DOCUMENTS.length).toBeGreaterThan(60);
  });

  it.each(ALL_DOCUMENTS.map((sent) => [sent.name, sent] as const))('%s validates against the schema', (_name, sent) => {
    // printed then parsed again: exactly the text sent over the wire
    const document = parse(print(sent.document));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations).toHaveLength(1);
    const coerced = getVariableValues(schema, operations[0]!.variableDefinitions ?? [], sent.variables);
    expect(coerced.errors?.map((error) => error.message) ?? []).toEqual([]);
  });

  it.each(ALL_DOCUMENTS.map((sent) => [sent.name, sent] as const))('%s stays within the API limits', (_name, sent) => {
    const document = parse(print(sent.document));
    expect(aliasCount(document)).toBeLessThanOrEqual(LIMITS.aliases);
    expect(depth(document)).toBeLessThanOrEqual(LIMITS.depth);
    for (const variables of [sent.variables, atLargestPages(document, sent.variables)]) {
      const measured = measureRequest(schema, document, variables);
      expect(measured?.problems ?? []).toEqual([]);
      expect(measured?.cost).toBeLessThanOrEqual(LIMITS.cost);
      expect(measured?.pageRows).toBeLessThanOrEqual(MAX_PAGE_ROWS_PER_REQUEST);
    }
  });

  it('notices drift: an unknown field or a wrong input is refused', () => {
    const unknownField = parse('query { contacts { nodes { id nickname } totalCount } }');
    expect(validate(schema, unknownField).map((error) => error.message)).toEqual([
      expect.stringMatching(/^Cannot query field "nickname" on type "Contact"/),
    ]);
    const operation = parse('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }')
      .definitions[0] as OperationDefinitionNode;
    const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], {
      input: { firstName: 'Jeanne', lastName: 'Martin', nickname: 'JM' },
    });
    expect(errors?.[0]?.message).toMatch(/"nickname" is not defined by type "CreateContactInput"/);
  });
});

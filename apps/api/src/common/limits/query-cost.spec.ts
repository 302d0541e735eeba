import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { MAX_IMPORT_ROWS } from '../../modules/events/import/csv-reading.js';
import { isPagedField, listLimit, MAX_ROWS_PER_LIST, PAGE_TYPES, PAGED_FIELDS } from './list-limits.js';
import { measureRequest, QUERY_COST_BUDGET } from './query-limits.js';

const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../../schema.gql', import.meta.url), 'utf8'));
const cost = (query: string, variables?: Record<string, unknown>) => measureRequest(schema, parse(query), variables)!;

/** Every field of the schema answering a list of objects, or taking a page. */
function listFields(): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const list = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
      if (list || field.args.some((argument) => argument.name === 'page')) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields;
}

describe('the list bounds', () => {
  it('bound every list of objects the schema has, and nothing else', () => {
    const fields = listFields();
    expect(fields.filter((name) => listLimit(...(name.split('.') as [string, string])) === undefined)).toEqual([]);
    const table = [
      ...Object.entries(MAX_ROWS_PER_LIST).flatMap(([type, caps]) => Object.keys(caps).map((field) => `${type}.${field}`)),
      ...Object.entries(PAGED_FIELDS).flatMap(([type, names]) => names.map((field) => `${type}.${field}`)),
      ...PAGE_TYPES.map((type) => `${type}.nodes`),
    ];
    expect(table.filter((name) => !fields.includes(name))).toEqual([]);
  });

  it('page exactly the fields taking a page', () => {
    const paged = listFields().filter((name) => {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const type = schema.getType(typeName);
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
      return field?.args.some((argument) => argument.name === 'page') ?? false;
    });
    expect(paged.filter((name) => !isPagedField(...(name.split('.') as [string, string])))).toEqual([]);
  });

  it('cap an import preview at the lines an import reads', () => {
    expect(listLimit('ImportPreview', 'rows')).toBe(MAX_IMPORT_ROWS);
  });
});

describe('the query cost', () => {
  it('counts each field once per row its parent may have', () => {
    expect(cost('{ me { id email } }').cost).toBe(3);
    // collectivities, totalCount, nodes: 1 each; id and name: 1000 each
    expect(cost('{ collectivities(page: { limit: 1000 }) { totalCount nodes { id name } } }').cost).toBe(2003);
    // the default page: 25 rows
    expect(cost('{ collectivities { nodes { id } } }').cost).toBe(27);
    expect(cost('{ a: collectivities { nodes { id } } b: contacts(page: { limit: 100 }) { totalCount } }').pageRows).toBe(125);
    expect(cost('query($page: PageInput) { collectivities(page: $page) { nodes { id } } }', { page: { limit: 40 } }).cost).toBe(
      42,
    );
    expect(cost('query($page: PageInput) { collectivities(page: $page) { nodes { id } } }', { page: { offset: 5 } }).cost).toBe(
      27,
    );
  });

  it('multiplies down the tree by each list’s cap, through fragments and interfaces', () => {
    // event: 1, sessions: 1, each session's id and speakers: 200 each, each speaker's id: 200 × 100
    expect(cost('{ event(id: "x") { sessions { id speakers { id } } } }').cost).toBe(2 + 400 + 20_000);
    const withFragment = cost(`
      query { groups(page: { limit: 10 }) { nodes { ...G } } }
      fragment G on Group { id ... on CountryGroup { cooperations { id } } officers { id } }`);
    // groups, nodes; per group: id, cooperations, officers (30); each group's 1000 cooperations' id, 100 officers' id
    expect(withFragment.cost).toBe(2 + 30 + 10_000 + 1000);
  });

  it('skips what @skip and @include leave out', () => {
    const query = 'query($all: Boolean!) { event(id: "x") { id sessions @include(if: $all) { id } } }';
    expect(cost(query, { all: false }).cost).toBe(2);
    expect(cost(query, { all: true }).cost).toBe(203);
  });

  it('prices the abusive query far over the budget', () => {
    const abusive = cost(
      '{ participations(page: {limit: 1000}) { nodes { event { sessions { speakers { participations { id } } } } } } }',
    );
    expect(abusive.problems).toEqual([]);
    expect(abusive.cost).toBeGreaterThan(1000 * 200 * 100 * 100);
    expect(abusive.cost).toBeGreaterThan(QUERY_COST_BUDGET * 100);
  });

  it('counts a fragment once per selection, however often it is spread, like execution', () => {
    const fragments = Array.from(
      { length: 20 },
      (_, level) => `fragment F${level} on Query { me { id } ...F${level + 1} ...F${level + 1} }`,
    );
    const document = `{ ...F0 } ${fragments.join(' ')} fragment F20 on Query { me { id } }`;
    expect(cost(document).cost).toBe(21 * 2);
  });

  it('finds a page over 1000, a page under 1 and a page without a limit inside a list', () => {
    expect(cost('{ collectivities(page: { limit: 1001 }) { totalCount } }').problems).toEqual([
      expect.objectContaining({ field: 'page.limit', code: 'max' }),
    ]);
    expect(cost('query($p: PageInput) { contacts(page: $p) { totalCount } }', { p: { limit: 0 } }).problems).toEqual([
      expect.objectContaining({ field: 'page.limit', code: 'min' }),
    ]);
    const nested = '{ groups(page: { limit: 5 }) { nodes { members { nodes { id } } } } }';
    expect(cost(nested).problems).toEqual([
      expect.objectContaining({
        field: 'page.limit',
        code: 'REQUIRED',
        message: expect.stringContaining('groups.nodes.members'),
      }),
    ]);
    const inner = cost('{ groups(page: { limit: 5 }) { nodes { members(page: { limit: 3 }) { nodes { id } } } } }');
    expect(inner.problems).toEqual([]);
    // the members' pages count in the cost, not in the rows of pages
    expect(inner.pageRows).toBe(5);
    expect(
      cost('query($m: PageInput) { groups { nodes { members(page: $m) { nodes { id } } } } }', { m: { limit: 3 } }).problems,
    ).toEqual([]);
    // one group: its members' default page is plain
    expect(cost('{ group(id: "x") { members { nodes { id } } } }').problems).toEqual([]);
  });
});

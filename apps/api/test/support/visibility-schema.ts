import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/** Walks the schema from the root fields to every type that has a root reader, for the visibility test. */

type Composite = GraphQLObjectType | GraphQLInterfaceType;

const isComposite = (type: GraphQLNamedType): type is Composite => isObjectType(type) || isInterfaceType(type);

/** How the caller reads one row of a type at the root: `t(id: ID!)`, or a list filtered by `ids`. */
export interface RootReader {
  field: string;
  byIds: boolean;
  /** The type the reader returns (an interface for an implementation read through it). */
  returns: string;
}

/** What to select on a row: `id`, the scalars of the type, and those of each implementation. */
export interface ScalarSelection {
  common: string[];
  byImplementation: Record<string, string[]>;
}

export interface RootCall {
  field: string;
  /** Argument values, printed as literals. */
  args: Record<string, unknown>;
  /** How reports name the call (`collectivity(id: Dijon)`). */
  label: string;
  /** A list (or page) of rows rather than one row. */
  list: boolean;
}

export interface Edge {
  field: string;
  /** Arguments as printed: an explicit page size on a paged field. */
  args: string;
  /** The implementation this field is selected on, through an inline fragment. */
  on?: string;
  /** The field returns a page: the rows are under `nodes`. */
  page: boolean;
  /** The named type of the rows reached. */
  target: string;
  /** The (type, field) pairs this step exercises. */
  covers: string[];
}

export interface WalkPath {
  root: RootCall;
  /** The rows' type under the root field. */
  rootTarget: string;
  rootPage: boolean;
  edges: Edge[];
}

/** The fixture rows the walk starts from and the values its required arguments take. */
export interface FixtureValues {
  /** Fixture ids per type, the one a single-row root reads first. */
  ids: Record<string, string[]>;
  /** Names of fixture ids, for reports. */
  names: Record<string, string>;
  /** Required arguments other than ids, by name (year, firstName…), or by type as `*String`, `*Int`. */
  args: Record<string, unknown>;
}

/** Rows deep a path goes (the root's rows are the first level): enough to reach every pair today. */
export const MAX_OBJECT_LEVELS = 4;
/** The server's query depth limit (src/graphql.config.ts). */
export const MAX_DEPTH = 10;
/**
 * Page sizes, always given: a root list filtered by ids asks for as many rows as ids, the others
 * for a default page; a nested page holds more than the fixtures put in one. Small pages keep the
 * server's estimate of an answer's size, which multiplies them, within its limits.
 */
export const ROOT_PAGE_LIMIT = 25;
export const NESTED_PAGE_LIMIT = 5;

export class SchemaWalk {
  /** Types with a root reader: the subjects of the comparison. */
  readonly readers = new Map<string, RootReader>();

  constructor(readonly schema: GraphQLSchema) {
    for (const type of this.compositeTypes()) {
      const reader = this.ownReader(type.name);
      if (reader) this.readers.set(type.name, reader);
    }
    // An implementation without a reader of its own is read through its interface's.
    for (const type of this.compositeTypes()) {
      if (this.readers.has(type.name) || !isObjectType(type)) continue;
      const through = type.getInterfaces().find((candidate) => this.readers.has(candidate.name));
      if (through) this.readers.set(type.name, this.readers.get(through.name)!);
    }
  }

  compositeTypes(): Composite[] {
    return Object.values(this.schema.getTypeMap()).filter(
      (type): type is Composite => isComposite(type) && !type.name.startsWith('__'),
    );
  }

  type(name: string): Composite {
    const type = this.schema.getType(name);
    if (!type || !isComposite(type)) throw new Error(`${name} is not an object or interface type`);
    return type;
  }

  hasId(name: string): boolean {
    const id = this.type(name).getFields().id;
    return !!id && String(id.type) === 'ID!';
  }

  isChecked(name: string): boolean {
    return this.readers.has(name);
  }

  /** Types with an `id` but no root reader: walked through, never compared. */
  uncheckedTypesWithId(): string[] {
    return this.compositeTypes()
      .filter(
        (type) => type.name !== 'Query' && type.name !== 'Mutation' && this.hasId(type.name) && !this.readers.has(type.name),
      )
      .map((type) => type.name)
      .sort();
  }

  private ownReader(name: string): RootReader | undefined {
    if (!this.hasId(name)) return undefined;
    const fields = Object.values(this.schema.getQueryType()!.getFields());
    const byId = fields.find(
      (field) =>
        getNamedType(field.type).name === name &&
        !isListType(unwrapNonNull(field.type)) &&
        field.args.length === 1 &&
        field.args[0]!.name === 'id' &&
        String(field.args[0]!.type) === 'ID!',
    );
    if (byId) return { field: byId.name, byIds: false, returns: name };
    const byIds = fields.find((field) => {
      const filter = field.args.find((arg) => arg.name === 'filter');
      const filterType = filter && getNamedType(filter.type);
      const ids = filterType && isInputObjectType(filterType) ? filterType.getFields().ids : undefined;
      return (
        ids && getNamedType(ids.type).name === 'ID' && isListType(unwrapNonNull(ids.type)) && this.pageNodes(field)?.name === name
      );
    });
    return byIds ? { field: byIds.name, byIds: true, returns: name } : undefined;
  }

  /** The rows' type when a field returns a page (`{ nodes: [T] }`). */
  pageNodes(field: GraphQLField<unknown, unknown>): Composite | undefined {
    const named = getNamedType(field.type);
    return isObjectType(named) && this.isPage(named) ? (getNamedType(named.getFields().nodes!.type) as Composite) : undefined;
  }

  /** The field takes `page: { limit }`. */
  takesPage(field: GraphQLField<unknown, unknown>): boolean {
    const page = field.args.find((arg) => arg.name === 'page');
    const pageType = page && getNamedType(page.type);
    return !!pageType && isInputObjectType(pageType) && 'limit' in pageType.getFields();
  }

  /** A page wrapper (`{ nodes: [T] totalCount }`): walked through, not a row. */
  isPage(type: Composite): boolean {
    const nodes = type.getFields().nodes;
    return !type.getFields().id && !!nodes && isListType(unwrapNonNull(nodes.type)) && isComposite(getNamedType(nodes.type));
  }

  /** Scalar (and enum) fields without required arguments. */
  scalars(name: string): ScalarSelection {
    const type = this.type(name);
    const leaves = (of: Composite) =>
      Object.values(of.getFields())
        .filter((field) => isLeafType(getNamedType(field.type)) && !hasRequiredArgs(field))
        .map((field) => field.name)
        .sort();
    const common = leaves(type);
    const byImplementation: Record<string, string[]> = {};
    if (isInterfaceType(type)) {
      for (const implementation of this.schema.getPossibleTypes(type)) {
        const own = leaves(implementation).filter((field) => !common.includes(field));
        if (own.length) byImplementation[implementation.name] = own;
      }
    }
    return { common, byImplementation };
  }

  /** The object types a field of this type exercises: the type itself, or each implementation. */
  private concrete(name: string): string[] {
    const type = this.type(name);
    return isInterfaceType(type) ? this.schema.getPossibleTypes(type).map((implementation) => implementation.name) : [name];
  }

  /** The composite fields one may follow from a row of this type (interfaces: theirs, then each implementation's own). */
  edgesFrom(name: string): Edge[] {
    const type = this.type(name);
    const edges: Edge[] = [];
    const add = (field: GraphQLField<unknown, unknown>, on: string | undefined, owners: string[]) => {
      if (hasRequiredArgs(field)) return;
      const named = getNamedType(field.type);
      if (!isComposite(named)) return;
      const rows = this.pageNodes(field);
      edges.push({
        field: field.name,
        args: this.takesPage(field) ? `(page: { limit: ${NESTED_PAGE_LIMIT} })` : '',
        on,
        page: !!rows,
        target: (rows ?? named).name,
        covers: owners.map((owner) => `${owner}.${field.name}`),
      });
    };
    for (const field of Object.values(type.getFields())) add(field, undefined, this.concrete(name));
    if (isInterfaceType(type)) {
      for (const implementation of this.schema.getPossibleTypes(type)) {
        for (const field of Object.values(implementation.getFields())) {
          if (!(field.name in type.getFields())) add(field, implementation.name, [implementation.name]);
        }
      }
    }
    return edges;
  }

  /** Every (object type, field) pair, reachable from Query, whose rows are of a checked type. */
  coverageUniverse(): { pairs: Set<string>; unreachable: string[] } {
    const query = this.schema.getQueryType()!;
    const reached = new Set<string>();
    const queue: string[] = [];
    const visit = (name: string) => {
      if (reached.has(name)) return;
      reached.add(name);
      queue.push(name);
    };
    const pairs = new Set<string>();
    for (const field of Object.values(query.getFields())) {
      const named = getNamedType(field.type);
      if (!isComposite(named)) continue;
      const rows = this.pageNodes(field) ?? named;
      if (this.isChecked(rows.name)) pairs.add(`Query.${field.name}`);
      visit(rows.name);
    }
    while (queue.length) {
      const name = queue.shift()!;
      for (const edge of this.edgesFrom(name)) {
        if (this.isChecked(edge.target)) edge.covers.forEach((pair) => pairs.add(pair));
        visit(edge.target);
      }
    }
    const unreachable: string[] = [];
    for (const type of this.compositeTypes()) {
      if (!isObjectType(type) || type.name === 'Query' || type.name === 'Mutation' || reached.has(type.name) || this.isPage(type))
        continue;
      if ([...type.getInterfaces()].some((implemented) => reached.has(implemented.name))) continue;
      for (const edge of this.edgesFrom(type.name)) {
        if (this.isChecked(edge.target)) unreachable.push(`${type.name}.${edge.field}`);
      }
    }
    return { pairs, unreachable };
  }

  /** The type an ID argument designates: `id` the field's own rows, `collectivityId` Collectivity, `seriesId` EventSeries. */
  idArgumentType(argument: string, rows: string): string | undefined {
    if (argument === 'id') return rows;
    if (!argument.endsWith('Id')) return undefined;
    const stem = argument[0]!.toUpperCase() + argument.slice(1, -2);
    if (this.schema.getType(stem)) return stem;
    const candidates = this.compositeTypes().filter((type) => type.name.endsWith(stem));
    return candidates.length === 1 ? candidates[0]!.name : undefined;
  }

  /** The rows a Query field returns (through a page's nodes). */
  rowsOf(field: GraphQLField<unknown, unknown>): Composite | undefined {
    const named = getNamedType(field.type);
    return this.pageNodes(field) ?? (isComposite(named) ? named : undefined);
  }

  /**
   * One call per Query field returning rows, its required arguments filled from the fixtures and
   * its `ids` filter, when it has one, set to the fixture rows of its type.
   */
  rootCalls(fixtures: FixtureValues): { calls: RootCall[]; skipped: string[] } {
    const calls: RootCall[] = [];
    const skipped: string[] = [];
    for (const field of Object.values(this.schema.getQueryType()!.getFields())) {
      const rows = this.rowsOf(field);
      if (!rows) continue;
      const args: Record<string, unknown> = {};
      const labels: string[] = [];
      let missing: string | undefined;
      for (const arg of field.args) {
        const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
        if (arg.name === 'filter' && !required) {
          const filterType = getNamedType(arg.type);
          const ids = fixtures.ids[rows.name];
          if (isInputObjectType(filterType) && filterType.getFields().ids && ids?.length) {
            args.filter = { ids };
            labels.push('filter: { ids: fixtures }');
          }
          continue;
        }
        if (!required) continue;
        let value: unknown;
        let label: string | undefined;
        if (getNamedType(arg.type).name === 'ID') {
          const type = this.idArgumentType(arg.name, rows.name);
          value = type ? fixtures.ids[type]?.[0] : fixtures.args[arg.name];
          label = value === undefined ? undefined : (fixtures.names[value as string] ?? String(value));
          if (value !== undefined && isListType(unwrapNonNull(arg.type))) value = [value];
        } else {
          // By name (year, firstName…), else the fixture value of its type.
          const typeName = getNamedType(arg.type).name;
          value = fixtures.args[arg.name] ?? fixtures.args[`*${typeName}`];
          if (value !== undefined && isListType(unwrapNonNull(arg.type))) value = [value];
          label = JSON.stringify(value);
        }
        if (value === undefined) {
          missing = arg.name;
          break;
        }
        args[arg.name] = value;
        labels.push(`${arg.name}: ${label}`);
      }
      if (missing) {
        skipped.push(`Query.${field.name} (no fixture value for ${missing})`);
        continue;
      }
      if (this.takesPage(field) && !('page' in args)) {
        const ids = (args.filter as { ids?: string[] } | undefined)?.ids;
        args.page = { limit: ids ? Math.min(ids.length, ROOT_PAGE_LIMIT) : ROOT_PAGE_LIMIT };
      }
      const list = !!this.pageNodes(field) || isListType(unwrapNonNull(field.type));
      calls.push({ field: field.name, args, label: `${field.name}${labels.length ? `(${labels.join(', ')})` : ''}`, list });
    }
    return { calls, skipped };
  }

  /** Can a row of this type lead to a checked type within `levels` more object levels? */
  private leads = new Map<string, boolean>();
  private leadsToChecked(name: string, levels: number): boolean {
    if (levels <= 0) return false;
    const key = `${name}/${levels}`;
    const known = this.leads.get(key);
    if (known !== undefined) return known;
    this.leads.set(key, false);
    const result = this.edgesFrom(name).some(
      (edge) => this.isChecked(edge.target) || this.leadsToChecked(edge.target, levels - 1),
    );
    this.leads.set(key, result);
    return result;
  }

  /**
   * Every path from these root calls, up to MAX_OBJECT_LEVELS rows deep and MAX_DEPTH selection
   * levels, that ends on a checked type; branches that cannot lead to one are cut.
   */
  paths(roots: RootCall[]): { paths: WalkPath[]; tooDeep: number } {
    const paths: WalkPath[] = [];
    let tooDeep = 0;
    for (const root of roots) {
      const field = this.schema.getQueryType()!.getFields()[root.field]!;
      const rows = this.pageNodes(field) ?? (getNamedType(field.type) as Composite);
      const base: WalkPath = { root, rootTarget: rows.name, rootPage: !!this.pageNodes(field), edges: [] };
      const extend = (path: WalkPath, target: string, levels: number) => {
        if (this.isChecked(target)) {
          if (selectionDepth(this, path) <= MAX_DEPTH) paths.push(path);
          else tooDeep++;
        }
        if (levels >= MAX_OBJECT_LEVELS) return;
        for (const edge of this.edgesFrom(target)) {
          if (!this.isChecked(edge.target) && !this.leadsToChecked(edge.target, MAX_OBJECT_LEVELS - levels - 1)) continue;
          extend({ ...path, edges: [...path.edges, edge] }, edge.target, levels + 1);
        }
      };
      extend(base, rows.name, 1);
    }
    return { paths, tooDeep };
  }
}

function unwrapNonNull(type: GraphQLType): GraphQLType {
  return isNonNullType(type) ? type.ofType : type;
}

export function hasRequiredArgs(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
}

/** How deep the request for this path goes, counted as the server counts it (fields and inline fragments). */
export function selectionDepth(walk: SchemaWalk, path: WalkPath): number {
  let depth = 1 + (path.rootPage ? 1 : 0);
  for (const edge of path.edges) depth += (edge.on ? 1 : 0) + 1 + (edge.page ? 1 : 0);
  const target = path.edges.length ? path.edges[path.edges.length - 1]!.target : path.rootTarget;
  const { byImplementation } = walk.scalars(target);
  return depth + (Object.keys(byImplementation).length ? 2 : 1);
}

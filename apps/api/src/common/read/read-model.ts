import type { Caller } from './caller.js';
import { raw, type Sql } from './sql.js';
import type { SyncTracking } from './sync.js';

/** Arguments of a field, coerced (defaults applied) from the document and its variables. */
export type FieldArgs = Record<string, unknown>;

/** A field that returns one row of another type (null when absent or not visible to the caller). */
export interface OneRelation {
  kind: 'one';
  type: string;
  /** Tables to read, `child` being the target type's table alias (default: its table). */
  from?: (child: string) => Sql;
  where: (parent: string, child: string, args: FieldArgs) => Sql;
}

/** A field that returns the rows of another type, each visible to the caller, in a stable order. */
export interface ManyRelation {
  kind: 'many';
  type: string;
  from?: (child: string) => Sql;
  where: (parent: string, child: string, args: FieldArgs, caller: Caller) => Sql;
  orderBy: (child: string, args: FieldArgs) => Sql;
}

/** A field whose GraphQL type is a page (`nodes`, `totalCount`, `hasNextPage`) of another type. */
export interface PageRelation {
  kind: 'page';
  type: string;
  from?: (child: string) => Sql;
  where: (parent: string, child: string, args: FieldArgs, caller: Caller) => Sql;
  orderBy: (child: string, args: FieldArgs) => Sql;
  defaultLimit: number;
}

/** A scalar computed in SQL from the row (a count, a name…). */
export interface ComputedField {
  kind: 'value';
  sql: (row: string, args: FieldArgs, caller: Caller) => Sql;
}

export type ReadField = OneRelation | ManyRelation | PageRelation | ComputedField;

/**
 * How one GraphQL type is read: its table (through its TypeORM entity, whose columns give the
 * scalar fields), which rows a caller may see, and its fields that are not plain columns.
 */
export interface ReadType {
  /** The GraphQL type name (for an interface: the interface's name). */
  name: string;
  /** The TypeORM entity class of its table. */
  entity: abstract new (...args: never[]) => unknown;
  /** The concrete GraphQL type of a row, for interfaces (an SQL expression giving the type name). */
  typeOf?: (row: string) => Sql;
  /** Implementations of an interface, read from the same table. */
  implementations?: readonly string[];
  /** The one definition of which rows the caller may see: an SQL condition on the row (true: all, false: none). */
  visible: (caller: Caller, row: string) => Sql | boolean;
  /** Lists of this type can be synced incrementally (common/read/sync.ts): where its changes are kept. */
  sync?: SyncTracking;
  fields?: Record<string, ReadField>;
}

const types = new Map<string, ReadType>();

/** Registers a type's read definition; each module defines its own types, once. */
export function defineReadType(definition: ReadType): ReadType {
  if (types.has(definition.name)) throw new Error(`Read type ${definition.name} is defined twice.`);
  types.set(definition.name, definition);
  for (const implementation of definition.implementations ?? []) types.set(implementation, definition);
  return definition;
}

/** Adds fields to a type defined by another module (a higher module extending a lower one's type). */
export function extendReadType(name: string, fields: Record<string, ReadField>): void {
  const type = readTypeOrFail(name);
  for (const [field, definition] of Object.entries(fields)) {
    if (type.fields?.[field]) throw new Error(`${name}.${field} is defined twice.`);
    type.fields = { ...type.fields, [field]: definition };
  }
}

/** The synced types whose removals leave tombstones (readable as such). */
export function trackedTypes(): ReadType[] {
  return [...new Set(types.values())].filter((type) => type.sync === 'tracked' || type.sync === 'stamped');
}

/** The read definition of a type, if it has one. */
export function findReadType(name: string): ReadType | undefined {
  return types.get(name);
}

export function readTypeOrFail(name: string): ReadType {
  const type = types.get(name);
  if (!type) throw new Error(`No read definition for ${name}.`);
  return type;
}

/** The one row of `type` whose id the parent holds in `column` (a foreign key): a by-id loader of the read road. */
export function rowById(type: string, column: string): OneRelation {
  return { kind: 'one', type, where: (parent, child) => raw(`${child}.id = ${parent}.${column}`) };
}

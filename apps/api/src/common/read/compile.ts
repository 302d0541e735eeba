import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isEnumType,
  isInterfaceType,
  isScalarType,
  isObjectType,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from './caller.js';
import { findReadType, readTypeOrFail, type FieldArgs, type ReadField, type ReadType } from './read-model.js';
import { CopiedRows, JsonWriter } from './copied-rows.js';
import { and, join, raw, sql, type Sql } from './sql.js';
import { asSql } from './visibility.js';
import {
  positionOf,
  cursorSql,
  encodeCursor,
  SYNC_HORIZON,
  horizonCursorSql,
  refuseSync,
  syncedFrom,
  syncRequest,
  wantsSync,
  type SyncArgs,
  type SyncRequest,
} from './sync.js';

/** Key of the concrete GraphQL type name in every compiled object; `$` cannot start a GraphQL name. */
export const TYPE_KEY = '$t';
/** Key of the row's columns by property name, for the few fields still resolved in code. */
export const ENTITY_KEY = '$e';

/** What the compiler needs to know of the database and the API around it. */
export interface CompilerEnvironment {
  schema: GraphQLSchema;
  /** The table of an entity and its columns by property name. */
  table(type: ReadType): { name: string; columns: ReadonlyMap<string, ColumnInfo> };
  /** Whether the caller may read that field (its access rule), for fields resolved in code. */
  fieldAllowed(typeName: string, fieldName: string, caller: Caller): boolean;
  /** Whether a field has its own resolver in code (then it is not a plain column). */
  hasResolver(typeName: string, fieldName: string): boolean;
  /** The most rows an unpaged list field may return. */
  listLimit(typeName: string, fieldName: string): number;
}

export interface ColumnInfo {
  column: string;
  /** timestamptz: sent as an ISO instant in UTC, as a Date would be. */
  instant: boolean;
  /** Text in the database (varchar, text, uuid…): its value is the string sent. */
  textual: boolean;
  /** A uuid (an id, a reference). */
  uuid: boolean;
}

/**
 * A root list or page answered as rows (answer mode, common/read/answer.ts): building JSON costs
 * the database about a microsecond per value, so the rows' columns come as values, copied out in
 * PostgreSQL's text format (copied-rows.ts), and the answer's JSON is written from their bytes
 * here; nested fields still come as JSON the database built.
 */
export interface RowsAnswer {
  /** Read with COPY: its columns, in order, are the ones the answer reads by position. */
  statement: Sql;
  /** How many columns it has. */
  width: number;
  /** The page's own values when it has no row to carry them (its total, the sync horizon). */
  whenEmpty?: Sql;
  answer(rows: CopiedRows, empty?: Record<string, unknown>): Buffer;
}

/** How a column's value is written: a string, a number, a boolean, JSON text, or an instant (UTC text). */
type ColumnKind = 'string' | 'number' | 'boolean' | 'json' | 'instant';

/** One field of a row answered as rows: `"key":` then the column holding its value, or a constant. */
interface RowField {
  prefix: Buffer;
  column?: number;
  kind?: ColumnKind;
  constant?: Buffer;
}

const CLOSE_OBJECT = Buffer.from('}');
const EMPTY_OBJECT = Buffer.from('{}');
const COMMA = Buffer.from(',');

/** The columns of a node answered as rows, and how one row is written as the node's JSON. */
interface NodeColumns {
  select: Sql[];
  write: (out: JsonWriter, rows: CopiedRows, row: number) => void;
  /** The column already holding the row's id as text, if the selection reads it plainly. */
  idColumn?: number;
}

export interface Request {
  caller: Caller;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /**
   * The JSON is the answer itself (common/read/answer.ts): `__typename` written by the database,
   * no keys of the code's own. Otherwise graphql-js reads the JSON through compiled-fields.ts.
   */
  answer?: boolean;
}

/** How the compiler reads one field of a read type. */
type FieldPlan =
  | { kind: 'read'; definition: ReadField }
  | { kind: 'column'; column: ColumnInfo }
  /** A field the caller may not read: left to its resolver, whose guard refuses it as before. */
  | { kind: 'refused' }
  /** A field computed in code from the row's columns. */
  | { kind: 'resolver' };

/** Scalars whose JSON from the database is what graphql-js would send for them. */
const PASS_THROUGH_SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean', 'DateTime', 'Date']);

export interface PageArgs extends SyncArgs {
  offset: number;
  limit: number;
}

/** The parts of a list of rows of one type: which rows, in which order. */
export interface RowSource {
  /** Extra tables joined to the row's table (`child` is its alias). */
  from?: (row: string) => Sql;
  where: (row: string) => Sql;
  orderBy: (row: string) => Sql;
  /**
   * Compute the matching rows once for the page and the total (a search whose condition is
   * costly and whose order uses no index), instead of two plans each suited to its part.
   */
  materialize?: boolean;
}

/** Turns a GraphQL selection on a read type into one SQL expression building its JSON. */
export class SelectionCompiler {
  private aliases = 0;

  /** Whether the JSON built is the answer itself (Request.answer). */
  get answering(): boolean {
    return this.request.answer === true;
  }

  constructor(
    private readonly environment: CompilerEnvironment,
    private readonly request: Request,
  ) {}

  /** SQL giving a JSON array of the selected rows, visible to the caller. */
  list(typeName: string, nodes: readonly FieldNode[], source: RowSource, limit: number, offset = 0): Sql {
    const type = readTypeOrFail(typeName);
    const row = this.alias();
    return sql`(SELECT coalesce(json_agg(s.j), '[]'::json) FROM (SELECT ${this.object(typeName, row, nodes)} AS j
      FROM ${this.visibleRows(type, source, row)}
      ORDER BY ${source.orderBy(row)} LIMIT ${limit} OFFSET ${offset}) s)`;
  }

  /** SQL giving the JSON of the one selected row, or null. */
  one(typeName: string, nodes: readonly FieldNode[], source: Omit<RowSource, 'orderBy'>): Sql {
    const type = readTypeOrFail(typeName);
    const row = this.alias();
    return sql`(SELECT ${this.object(typeName, row, nodes)} FROM ${this.visibleRows(type, source, row)} LIMIT 1)`;
  }

  /**
   * SQL giving the JSON of a page (`nodes`, `totalCount`, `hasNextPage` as the selection asks):
   * the page and its total in one statement, the total counted by a plan made for counting.
   */
  page(
    pageTypeName: string,
    typeName: string,
    nodes: readonly FieldNode[],
    source: RowSource,
    page: PageArgs,
    list: string,
  ): Sql {
    const pageType = this.environment.schema.getType(pageTypeName) as GraphQLObjectType;
    const fields = this.collect(pageType, nodes);
    const type = readTypeOrFail(typeName);
    const table = this.environment.table(type).name;
    const entries: Sql[] = this.request.answer ? [] : [sql`${name_(TYPE_KEY)}, ${name_(pageTypeName)}`];
    if (wantsSync(page)) {
      if (!type.sync) refuseSync(page);
      return this.syncPage(entries, fields, type, source, page.limit, syncRequest(list, page), pageTypeName);
    }
    if (source.materialize) {
      // The matching rows once, ranked: the page and the total both read them.
      const matched = this.alias();
      const row = this.alias();
      const rowsOf = (selection: readonly FieldNode[], limit: number) =>
        sql`(SELECT coalesce(json_agg(s.j ORDER BY s.rank), '[]'::json) FROM (SELECT ${this.object(typeName, row, selection)} AS j, ${raw(matched)}.rank
          FROM ${raw(matched)} JOIN ${raw(table)} ${raw(row)} ON ${raw(row)}.id = ${raw(matched)}.id
          WHERE ${raw(matched)}.rank > ${page.offset} ORDER BY ${raw(matched)}.rank LIMIT ${limit}) s)`;
      for (const [key, selection] of fields) {
        const name = selection[0]!.name.value;
        if (this.pageCommon(entries, key, name, pageTypeName)) continue;
        if (name === 'nodes') entries.push(sql`${name_(key)}, ${rowsOf(selection, page.limit)}`);
        else if (name === 'totalCount') entries.push(sql`${name_(key)}, (SELECT count(*)::int FROM ${raw(matched)})`);
        else if (name === 'hasNextPage') {
          entries.push(
            sql`${name_(key)}, EXISTS (SELECT 1 FROM ${raw(matched)} WHERE ${raw(matched)}.rank > ${page.offset + page.limit})`,
          );
        }
      }
      const inner = this.alias();
      return sql`(WITH ${raw(matched)} AS MATERIALIZED (
          SELECT ${raw(inner)}.id, row_number() OVER (ORDER BY ${source.orderBy(inner)}) AS rank
          FROM ${this.visibleRows(type, source, inner)})
        SELECT ${buildObject(entries)})`;
    }
    for (const [key, selection] of fields) {
      const name = selection[0]!.name.value;
      if (this.pageCommon(entries, key, name, pageTypeName)) continue;
      if (name === 'nodes') entries.push(sql`${name_(key)}, ${this.list(typeName, selection, source, page.limit, page.offset)}`);
      else if (name === 'totalCount') entries.push(sql`${name_(key)}, ${this.count(type, source)}`);
      else if (name === 'hasNextPage') {
        const row = this.alias();
        entries.push(
          sql`${name_(key)}, EXISTS (SELECT 1 FROM ${this.visibleRows(type, source, row)} OFFSET ${page.offset + page.limit} LIMIT 1)`,
        );
      }
    }
    return buildObject(entries);
  }

  /** The page fields every kind of page answers alike: `__typename` (when answering) and an offset page's null endCursor. */
  private pageCommon(entries: Sql[], key: string, name: string, pageTypeName: string): boolean {
    if (name === '__typename') {
      if (this.request.answer) entries.push(sql`${name_(key)}, ${name_(pageTypeName)}`);
      return true;
    }
    if (name !== 'endCursor') return false;
    entries.push(sql`${name_(key)}, NULL`);
    return true;
  }

  /**
   * A synced page (common/read/sync.ts): the rows changed after the cursor and below the
   * horizon, in the order of their last change, with the cursor of the last one.
   */
  private syncPage(
    entries: Sql[],
    fields: Map<string, FieldNode[]>,
    type: ReadType,
    source: RowSource,
    limit: number,
    request: SyncRequest,
    pageTypeName: string,
  ): Sql {
    const tracking = type.sync!;
    const idColumn = this.environment.table(type).columns.get('id')!.column;
    const { from, where, orderBy } = this.synced(type, source, request);
    const nodes = [...fields].find(([, selection]) => selection[0]!.name.value === 'nodes')?.[1];
    const matched = this.alias();
    const row = this.alias();
    const counted = this.alias();
    // One pass in change order, one row past the page to tell whether more follow.
    const rows = sql`${raw(matched)} AS MATERIALIZED (
        SELECT ${nodes ? this.object(type.name, row, nodes) : raw('NULL::json')} AS j, ${raw(positionOf(row, tracking).xid)} AS xid, ${raw(row)}.${raw(idColumn)} AS id,
          row_number() OVER (ORDER BY ${orderBy(row)}) AS n
        FROM ${from(row)} WHERE ${where(row)}
        ORDER BY ${orderBy(row)} LIMIT ${limit + 1})`;
    for (const [key, selection] of fields) {
      const name = selection[0]!.name.value;
      const m = raw(matched);
      if (name === '__typename') {
        if (this.request.answer) entries.push(sql`${name_(key)}, ${name_(pageTypeName)}`);
      } else if (name === 'nodes')
        entries.push(sql`${name_(key)}, (SELECT coalesce(json_agg(j ORDER BY n), '[]'::json) FROM ${m} WHERE n <= ${limit})`);
      else if (name === 'hasNextPage') entries.push(sql`${name_(key)}, EXISTS (SELECT 1 FROM ${m} WHERE n > ${limit})`);
      else if (name === 'totalCount')
        entries.push(sql`${name_(key)}, (SELECT count(*)::int FROM ${from(counted)} WHERE ${where(counted)})`);
      else if (name === 'endCursor') {
        const last = sql`(SELECT ${cursorSql(request.list, raw('xid'), raw('id'))} FROM ${m} WHERE n <= ${limit} ORDER BY n DESC LIMIT 1)`;
        entries.push(sql`${name_(key)}, coalesce(${last}, ${horizonCursorSql(request.list)})`);
      }
    }
    return sql`(WITH ${rows} SELECT ${buildObject(entries)})`;
  }

  /** Answer mode: a root list as rows, written as its JSON array. */
  listRows(typeName: string, nodes: readonly FieldNode[], source: RowSource, limit: number): RowsAnswer {
    const type = readTypeOrFail(typeName);
    const row = this.alias();
    const node = this.nodeColumns(typeName, row, nodes);
    const statement = sql`SELECT ${node.select.length > 0 ? join(node.select, ', ') : raw('TRUE')}
      FROM ${this.visibleRows(type, source, row)}
      ORDER BY ${source.orderBy(row)} LIMIT ${limit}`;
    const answer = (rows: CopiedRows) => {
      const out = new JsonWriter();
      out.raw('[');
      for (let index = 0; index < rows.length; index++) {
        if (index > 0) out.bytes(COMMA);
        node.write(out, rows, index);
      }
      out.raw(']');
      return out.result();
    };
    return { statement, width: Math.max(node.select.length, 1), answer };
  }

  /**
   * Answer mode: a root page as rows, one past the page to tell whether more follow, each row
   * carrying the page's own values (its total); an empty page reads them (and the sync horizon)
   * by a second statement. Null for a page that materialises its matches (a search): it is
   * answered as JSON built by the database.
   */
  pageRows(
    pageTypeName: string,
    typeName: string,
    nodes: readonly FieldNode[],
    source: RowSource,
    page: PageArgs,
    list: string,
  ): RowsAnswer | null {
    const pageType = this.environment.schema.getType(pageTypeName) as GraphQLObjectType;
    const fields = this.collect(pageType, nodes);
    const type = readTypeOrFail(typeName);
    const { columns } = this.environment.table(type);
    const synced = wantsSync(page);
    if (synced && !type.sync) refuseSync(page);
    if (!synced && source.materialize) return null;
    const request = synced ? syncRequest(list, page) : null;
    const row = this.alias();
    const selected = [...fields].find(([, selection]) => selection[0]!.name.value === 'nodes')?.[1];
    const node: NodeColumns = selected
      ? this.nodeColumns(typeName, row, selected)
      : { select: [], write: (out) => out.raw('{}') };
    const names = new Set([...fields.values()].map((selection) => selection[0]!.name.value));
    // The page's own values ride on each row (computed once, as an InitPlan), so the rows stream
    // as they are found; an empty page asks for them apart.
    const pageValues: Sql[] = [];
    let statement: Sql;
    if (request) {
      const position = positionOf(row, type.sync!);
      const { from, where, orderBy } = this.synced(type, source, request);
      if (names.has('totalCount')) {
        const counted = this.alias();
        pageValues.push(sql`(SELECT count(*)::int FROM ${from(counted)} WHERE ${where(counted)}) AS "$total"`);
      }
      const positionColumns =
        node.idColumn !== undefined
          ? raw(`${position.xid}::text AS "$x"`)
          : raw(`${position.xid}::text AS "$x", ${row}.${columns.get('id')!.column}::text AS "$id"`);
      statement = sql`SELECT ${join([...node.select, positionColumns, ...pageValues], ', ')}
        FROM ${from(row)} WHERE ${where(row)} ORDER BY ${orderBy(row)} LIMIT ${page.limit + 1}`;
      if (names.has('endCursor')) pageValues.push(sql`(${SYNC_HORIZON} - 1)::text AS "$h"`);
    } else {
      if (names.has('totalCount')) pageValues.push(sql`${this.count(type, source)} AS "$total"`);
      const selectList = [...node.select, ...pageValues];
      statement = sql`SELECT ${selectList.length > 0 ? join(selectList, ', ') : raw('TRUE')}
        FROM ${this.visibleRows(type, source, row)}
        ORDER BY ${source.orderBy(row)} LIMIT ${page.limit + 1} OFFSET ${page.offset}`;
    }
    const whenEmpty = pageValues.length > 0 ? sql`SELECT ${join(pageValues, ', ')}` : undefined;
    // The columns after the node's: the last row's position (its id read from the selection when
    // it asks for it), then the total.
    const width = node.select.length;
    const positionColumn = width;
    const idColumn = node.idColumn ?? width + 1;
    const totalColumn = request ? width + (node.idColumn === undefined ? 2 : 1) : width;
    const answer = (rows: CopiedRows, empty?: Record<string, unknown>): Buffer => {
      const shown = rows.head(page.limit);
      const last = shown.length - 1;
      const out = new JsonWriter();
      let separator = '{';
      for (const [key, selection] of fields) {
        const name = selection[0]!.name.value;
        out.raw(`${separator}${JSON.stringify(key)}:`);
        separator = ',';
        if (name === '__typename') out.value(pageTypeName);
        else if (name === 'nodes') {
          out.raw('[');
          for (let index = 0; index < shown.length; index++) {
            if (index > 0) out.bytes(COMMA);
            node.write(out, shown, index);
          }
          out.raw(']');
        } else if (name === 'totalCount') {
          if (rows.length > 0) out.number(rows, 0, totalColumn);
          else out.value(empty?.['$total']);
        } else if (name === 'hasNextPage') out.value(rows.length > page.limit);
        else if (name === 'endCursor') {
          if (!request) out.value(null);
          else if (last >= 0)
            out.value(encodeCursor(request.list, shown.text(last, positionColumn)!, shown.text(last, idColumn)!));
          else out.value(encodeCursor(request.list, String(empty?.['$h']), 'ffffffff-ffff-ffff-ffff-ffffffffffff'));
        } else out.value(null);
      }
      out.raw(separator === '{' ? '{}' : '}');
      return out.result();
    };
    const columnCount = request
      ? totalColumn + (names.has('totalCount') ? 1 : 0)
      : Math.max(width + (names.has('totalCount') ? 1 : 0), 1);
    return { statement, width: columnCount, whenEmpty, answer };
  }

  /**
   * The columns of one row for a selection answered whole (answersWhole), each cast so that its
   * text is the value GraphQL sends (a string, a number, a boolean, JSON, a UTC instant), and how a
   * copied row is written as the node's JSON.
   */
  private nodeColumns(typeName: string, row: string, nodes: readonly FieldNode[]): NodeColumns {
    const type = readTypeOrFail(typeName);
    const graphqlType = this.environment.schema.getType(typeName) as GraphQLObjectType | GraphQLInterfaceType;
    const select: Sql[] = [];
    const fields: RowField[] = [];
    let idColumn: number | undefined;
    const prefix = (key: string) => Buffer.from(`${fields.length > 0 ? ',' : '{'}${JSON.stringify(key)}:`, 'utf8');
    const add = (key: string, value: Sql, kind: ColumnKind = 'string') => {
      const column = select.length;
      select.push(sql`${value} AS ${raw(`c${column}`)}`);
      fields.push({ prefix: prefix(key), column, kind });
      return column;
    };
    for (const [key, selection] of this.collect(graphqlType, nodes)) {
      const node = selection[0]!;
      const name = node.name.value;
      if (name === '__typename') {
        if (type.typeOf) add(key, sql`(${type.typeOf(row)})::text`);
        else fields.push({ prefix: prefix(key), constant: Buffer.from(JSON.stringify(typeName), 'utf8') });
        continue;
      }
      const plan = this.plan(type, graphqlType, name);
      const field = this.fieldOf(graphqlType, name)!;
      if (plan.kind === 'column') {
        const { column, instant, textual } = plan.column;
        const value = `${row}.${column}`;
        const named = getNamedType(field.type).name;
        if (isListType(getNullableType(field.type))) add(key, raw(`to_json(${value})`), 'json');
        else if (instant) add(key, raw(`(${value} AT TIME ZONE 'UTC')::text`), 'instant');
        else if (named === 'Int') add(key, raw(`${value}::int`), 'number');
        else if (named === 'Float') add(key, raw(`${value}::float8`), 'number');
        else if (named === 'Boolean') add(key, raw(`${value}::boolean`), 'boolean');
        else if (textual) {
          const added = add(key, raw(value));
          if (name === 'id' && plan.column.uuid) idColumn ??= added;
        } else if (named === 'Date') add(key, raw(`to_char(${value}, 'YYYY-MM-DD')`));
        else if (named === 'DateTime') add(key, raw(`to_json(${value})`), 'json');
        else add(key, raw(`${value}::text`));
      } else if (plan.kind === 'read') {
        const args = getArgumentValues(field, node, this.request.variables) as FieldArgs;
        const value = this.field(typeName, name, plan.definition, row, selection, args, field);
        add(key, plan.definition.kind === 'value' ? sql`to_json(${value})` : value, 'json');
      } else {
        throw new Error(`${typeName}.${name} is not answered in SQL: answersWhole should have said so.`);
      }
    }
    const write = (out: JsonWriter, rows: CopiedRows, row: number) => {
      for (const field of fields) {
        out.bytes(field.prefix);
        if (field.constant !== undefined) out.bytes(field.constant);
        else if (field.kind === 'string') out.string(rows, row, field.column!);
        else if (field.kind === 'json') out.json(rows, row, field.column!);
        else if (field.kind === 'number') out.number(rows, row, field.column!);
        else if (field.kind === 'boolean') out.boolean(rows, row, field.column!);
        else out.instant(rows, row, field.column!);
      }
      out.bytes(fields.length > 0 ? CLOSE_OBJECT : EMPTY_OBJECT);
    };
    return { select, write, idColumn };
  }

  /** The parts of a synced list: its changes joined to their rows, the caller's visibility, the change order. */
  private synced(type: ReadType, source: RowSource, request: SyncRequest) {
    const tracking = type.sync!;
    const { name: table } = this.environment.table(type);
    const parts = (row: string) => syncedFrom(type.name, table, row, tracking, request);
    return {
      from: (row: string) => sql`${parts(row).from}${source.from ? sql` ${source.from(row)}` : raw('')}`,
      where: (row: string) => and([parts(row).where, source.where(row), this.visibility(type, row)]),
      orderBy: (row: string) => {
        const position = positionOf(row, tracking);
        return raw(`${position.xid}, ${position.id}`);
      },
    };
  }

  /** `table alias [joins] WHERE condition AND visibility`: the rows of a source the caller may see (after FROM). */
  private visibleRows(type: ReadType, source: Omit<RowSource, 'orderBy'>, row: string): Sql {
    const table = this.environment.table(type).name;
    return sql`${raw(table)} ${raw(row)}${source.from ? sql` ${source.from(row)}` : raw('')}
      WHERE ${and([source.where(row), this.visibility(type, row)])}`;
  }

  /** SQL counting the visible rows of a source. */
  count(type: ReadType, source: Omit<RowSource, 'orderBy'>): Sql {
    const row = this.alias();
    return sql`(SELECT count(*)::int FROM ${this.visibleRows(type, source, row)})`;
  }

  /** The caller's visibility condition on a row of the type. */
  visibility(type: ReadType, row: string): Sql {
    return asSql(type.visible(this.request.caller, row));
  }

  /** SQL building the JSON object of one row (`row` is its table alias) for the selection. */
  object(typeName: string, row: string, nodes: readonly FieldNode[]): Sql {
    const type = readTypeOrFail(typeName);
    const graphqlType = this.environment.schema.getType(typeName) as GraphQLObjectType | GraphQLInterfaceType;
    const { columns } = this.environment.table(type);
    const typeOf = type.typeOf ? type.typeOf(row) : name_(typeName);
    const entries: Sql[] = this.request.answer ? [] : [sql`${name_(TYPE_KEY)}, ${typeOf}`];
    let needsEntity = false;
    for (const [key, selection] of this.collect(graphqlType, nodes)) {
      const node = selection[0]!;
      const name = node.name.value;
      if (name === '__typename') {
        if (this.request.answer) entries.push(sql`${name_(key)}, ${typeOf}`);
        continue;
      }
      const plan = this.plan(type, graphqlType, name);
      if (plan.kind === 'read') {
        const field = this.fieldOf(graphqlType, name);
        const args = field ? (getArgumentValues(field, node, this.request.variables) as FieldArgs) : {};
        entries.push(sql`${name_(key)}, ${this.field(typeName, name, plan.definition, row, selection, args, field)}`);
      } else if (plan.kind === 'column') entries.push(sql`${name_(key)}, ${columnValue(row, plan.column)}`);
      else if (plan.kind === 'resolver') needsEntity = true;
    }
    if (needsEntity) {
      const entity = [...columns].map(([property, column]) => sql`${name_(property)}, ${columnValue(row, column)}`);
      entries.push(sql`${name_(ENTITY_KEY)}, ${buildObject(entity)}`);
    }
    return buildObject(entries);
  }

  /** How a field of a read type is read: by its read definition, as a column, or by its resolver. */
  private plan(type: ReadType, graphqlType: GraphQLObjectType | GraphQLInterfaceType, name: string): FieldPlan {
    const definition = type.fields?.[name];
    const owners = this.ownersOf(graphqlType, name);
    if (definition) {
      const ruled = owners.filter((owner) => this.environment.hasResolver(owner, name));
      if (ruled.length > 0 && !ruled.some((owner) => this.environment.fieldAllowed(owner, name, this.request.caller)))
        return { kind: 'refused' };
      return { kind: 'read', definition };
    }
    const column = this.environment.table(type).columns.get(name);
    if (column && !owners.some((owner) => this.environment.hasResolver(owner, name))) return { kind: 'column', column };
    return { kind: 'resolver' };
  }

  /**
   * Whether the compiled JSON of this selection is the whole answer, as graphql-js would send it:
   * no field left to a resolver, every leaf a value graphql-js would send unchanged.
   */
  answersWhole(typeName: string, nodes: readonly FieldNode[]): boolean {
    const graphqlType = this.environment.schema.getType(typeName);
    if (!isObjectType(graphqlType) && !isInterfaceType(graphqlType)) return false;
    const type = findReadType(typeName);
    if (!type) return this.answersPage(graphqlType, nodes);
    for (const [, selection] of this.collect(graphqlType, nodes)) {
      const name = selection[0]!.name.value;
      if (name === '__typename') continue;
      const plan = this.plan(type, graphqlType, name);
      const field = this.fieldOf(graphqlType, name);
      if (!field || plan.kind === 'refused' || plan.kind === 'resolver') return false;
      const whole =
        plan.kind === 'column' || plan.definition.kind === 'value'
          ? passesThrough(field.type)
          : this.answersWhole(getNamedType(field.type).name, selection);
      if (!whole) return false;
    }
    return true;
  }

  /** A page of a read type: its nodes answered whole, and nothing but what page() writes. */
  private answersPage(pageType: GraphQLObjectType | GraphQLInterfaceType, nodes: readonly FieldNode[]): boolean {
    for (const [, selection] of this.collect(pageType, nodes)) {
      const name = selection[0]!.name.value;
      if (name === 'nodes') {
        const nodeType = getNamedType(pageType.getFields()['nodes']!.type).name;
        if (!findReadType(nodeType) || !this.answersWhole(nodeType, selection)) return false;
      } else if (!['__typename', 'totalCount', 'hasNextPage', 'endCursor'].includes(name)) return false;
    }
    return true;
  }

  /** SQL of one field of a read type for the row `row` (a nested field read apart from its parent). */
  fieldValue(parentTypeName: string, name: string, row: string, nodes: readonly FieldNode[]): Sql {
    const definition = readTypeOrFail(parentTypeName).fields?.[name];
    if (!definition) throw new Error(`${parentTypeName}.${name} has no read definition.`);
    const graphqlType = this.environment.schema.getType(parentTypeName) as GraphQLObjectType | GraphQLInterfaceType;
    const field = this.fieldOf(graphqlType, name);
    const args = field ? (getArgumentValues(field, nodes[0]!, this.request.variables) as FieldArgs) : {};
    return this.field(parentTypeName, name, definition, row, nodes, args, field);
  }

  private field(
    parentTypeName: string,
    name: string,
    definition: ReadField,
    row: string,
    nodes: readonly FieldNode[],
    args: FieldArgs,
    field: GraphQLField<unknown, unknown> | undefined,
  ): Sql {
    const caller = this.request.caller;
    switch (definition.kind) {
      case 'value':
        return definition.sql(row, args, caller);
      case 'one':
        return this.one(definition.type, nodes, { from: definition.from, where: (child) => definition.where(row, child, args) });
      case 'many':
        return this.list(
          definition.type,
          nodes,
          {
            from: definition.from,
            where: (child) => definition.where(row, child, args, caller),
            orderBy: (child) => definition.orderBy(child, args),
          },
          this.environment.listLimit(parentTypeName, name),
        );
      case 'page': {
        const given = args['page'] as PageArgs | undefined;
        const page = { offset: 0, limit: definition.defaultLimit, ...given };
        const pageTypeName = field ? getNamedType(field.type).name : '';
        return this.page(
          pageTypeName,
          definition.type,
          nodes,
          {
            from: definition.from,
            where: (child) => definition.where(row, child, args, caller),
            orderBy: (child) => definition.orderBy(child, args),
          },
          page,
          `${parentTypeName}.${name}`,
        );
      }
    }
  }

  /** The selected fields by response key, fragments and @skip/@include applied, as GraphQL executes them. */
  collect(type: GraphQLObjectType | GraphQLInterfaceType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const visit = (selectionSet: SelectionSetNode | undefined) => {
      for (const selection of selectionSet?.selections ?? []) {
        if (!this.included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const list = fields.get(key);
          if (list) list.push(selection);
          else fields.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (!selection.typeCondition || this.applies(selection.typeCondition.name.value, type)) visit(selection.selectionSet);
        } else {
          const name = selection.name.value;
          if (visited.has(name)) continue;
          visited.add(name);
          const fragment = this.request.fragments[name];
          if (fragment && this.applies(fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
        }
      }
    };
    for (const node of nodes) visit(node.selectionSet);
    return fields;
  }

  private included(node: { directives?: readonly unknown[] } & Parameters<typeof getDirectiveValues>[1]): boolean {
    if (!node.directives?.length) return true;
    const skip = getDirectiveValues(GraphQLSkipDirective, node, this.request.variables);
    if (skip?.['if'] === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, this.request.variables);
    return include?.['if'] !== false;
  }

  /** Whether a fragment on `condition` applies to rows of `type` (for an interface: to some of them). */
  private applies(condition: string, type: GraphQLObjectType | GraphQLInterfaceType): boolean {
    if (condition === type.name) return true;
    const schema = this.environment.schema;
    const conditional = schema.getType(condition);
    if (!conditional) return false;
    if (isAbstractType(conditional) && isObjectType(type)) return schema.isSubType(conditional, type);
    if (isInterfaceType(type) && (isObjectType(conditional) || isInterfaceType(conditional)))
      return schema.isSubType(type, conditional);
    return false;
  }

  /** The type and its implementations that declare the field (for an interface, the field may live on one implementation). */
  private ownersOf(type: GraphQLObjectType | GraphQLInterfaceType, name: string): string[] {
    const owners = name in type.getFields() ? [type.name] : [];
    if (isInterfaceType(type)) {
      for (const implementation of this.environment.schema.getPossibleTypes(type)) {
        if (name in implementation.getFields()) owners.push(implementation.name);
      }
    }
    return owners;
  }

  private fieldOf(type: GraphQLObjectType | GraphQLInterfaceType, name: string): GraphQLField<unknown, unknown> | undefined {
    const own = type.getFields()[name];
    if (own || !isInterfaceType(type)) return own;
    for (const implementation of this.environment.schema.getPossibleTypes(type)) {
      const field = implementation.getFields()[name];
      if (field) return field;
    }
    return undefined;
  }

  private alias(): string {
    return `r${++this.aliases}`;
  }
}

/** A leaf whose JSON from the database is what graphql-js would send: a plain scalar, or an enum whose values are their names. */
function passesThrough(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return PASS_THROUGH_SCALARS.has(named.name);
  return isEnumType(named) && named.getValues().every((value) => value.value === value.name);
}

function columnValue(row: string, column: ColumnInfo): Sql {
  // An instant is sent as Date.toISOString() would write it, without making a Date.
  return column.instant
    ? raw(`to_char(${row}.${column.column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)
    : raw(`${row}.${column.column}`);
}

/** json_build_object takes at most 100 arguments: larger objects are merged from parts. */
function buildObject(entries: readonly Sql[]): Sql {
  const PAIRS = 50;
  if (entries.length <= PAIRS) return sql`json_build_object(${join(entries, ', ')})`;
  const parts: Sql[] = [];
  for (let start = 0; start < entries.length; start += PAIRS) {
    parts.push(sql`jsonb_build_object(${join(entries.slice(start, start + PAIRS), ', ')})`);
  }
  return sql`(${join(parts, ' || ')})::json`;
}

/** A name as an SQL string literal: GraphQL names and the code's own keys only, checked. */
function name_(value: string): Sql {
  if (!/^[$_A-Za-z][_0-9A-Za-z]*$/.test(value)) throw new Error(`Not a name: ${value}`);
  return raw(`'${value}'`);
}

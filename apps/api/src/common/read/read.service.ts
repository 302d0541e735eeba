import { Global, Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import {
  getNamedType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ANSWERED_IN_SQL, declaredReturnType, isAnswering, SqlAnswer, type Answerer } from './answer.js';
import { DataSource, QueryFailedError } from 'typeorm';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { CopiedRows } from './copied-rows.js';
import { listLimit } from '../limits/list-limits.js';
import { NotFoundError } from '../errors/app-errors.js';
import { ACCESS_RULE, type AccessRule } from '../access/access.decorator.js';
import { allows } from '../access/access.guard.js';
import type { AuthenticatedContext } from '../access/auth-context.js';
import { MAX_PAGE_SIZE } from '@territoria/domain';
import { callerOf, type Caller } from './caller.js';
import {
  SelectionCompiler,
  type RowsAnswer,
  type ColumnInfo,
  type CompilerEnvironment,
  type PageArgs,
  type RowSource,
} from './compile.js';
import { readTypeOrFail, type ReadType } from './read-model.js';
import { raw, sql, type Sql } from './sql.js';

// node-postgres' own conversion of a parameter to its text (arrays, dates, buffers, objects).
const { prepareValue } = (pg as unknown as { utils: { prepareValue(value: unknown): string | Buffer | null } }).utils;

/** A value as the quoted literal PostgreSQL reads like the same untyped parameter. */
function quotedLiteral(value: unknown): string {
  const text = prepareValue(value);
  if (text === null) return 'NULL';
  return pg.escapeLiteral(typeof text === 'string' ? text : `\\x${text.toString('hex')}`);
}

// Where @nestjs/graphql keeps what a resolver method resolves.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';

/** Column types whose text is the string GraphQL sends (String and ID fields, enums kept as varchar). */
const TEXT_TYPES = new Set<unknown>([
  String,
  'varchar',
  'character varying',
  'text',
  'uuid',
  'char',
  'character',
  'citext',
  'enum',
]);

/** The comment that opens every statement of the read road. */
export const READ_MARK = '/* read */';

interface Table {
  name: string;
  columns: ReadonlyMap<string, ColumnInfo>;
}

/**
 * The one road of every read: a root query or a nested field of a read type is compiled, with
 * everything asked below it, into one SQL statement that builds the JSON answer, each row
 * filtered by its type's visibility for the caller. No entity and no Date is made on the way.
 */
@Injectable()
export class ReadService implements Answerer {
  private tables = new Map<ReadType, Table>();
  private fieldRules: Map<string, AccessRule> | null = null;
  private answered: ReadonlySet<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** A page of rows of a type: the selection of `info` (a page type) compiled with the source. */
  async page(
    context: AuthenticatedContext,
    info: GraphQLResolveInfo,
    typeName: string,
    source: RowSource,
    page: PageArgs,
  ): Promise<unknown> {
    const compiler = this.compiler(context, info);
    const pageTypeName = getNamedType(declaredReturnType(info)).name;
    const list = `${info.parentType.name}.${info.fieldName}`;
    const rows = compiler.answering ? compiler.pageRows(pageTypeName, typeName, info.fieldNodes, source, page, list) : null;
    if (rows) return this.rowsAnswer(rows);
    return this.value(compiler.page(pageTypeName, typeName, info.fieldNodes, source, page, list), compiler);
  }

  /** The one row of a type matching `where`, or null (absent and invisible read alike). */
  async one(
    context: AuthenticatedContext,
    info: GraphQLResolveInfo,
    typeName: string,
    where: (row: string) => Sql,
  ): Promise<unknown> {
    const compiler = this.compiler(context, info);
    return this.value(compiler.one(typeName, info.fieldNodes, { where }), compiler);
  }

  /** The row of a type with that id, or NOT_FOUND: absent and out of the caller's sight read alike. */
  async byId(context: AuthenticatedContext, info: GraphQLResolveInfo, typeName: string, id: string): Promise<unknown> {
    const row = await this.one(context, info, typeName, (alias) => sql`${raw(alias)}.id = ${id}::uuid`);
    if (row === null) throw new NotFoundError(typeName, id);
    return row;
  }

  /** Every row of a type from a source, at most `limit` or else the list's cap (common/limits/list-limits.ts). */
  async list(
    context: AuthenticatedContext,
    info: GraphQLResolveInfo,
    typeName: string,
    source: RowSource,
    limit?: number,
  ): Promise<unknown[]> {
    limit ??= listLimit(info.parentType.name, info.fieldName) ?? MAX_PAGE_SIZE;
    const compiler = this.compiler(context, info);
    if (compiler.answering) return (await this.rowsAnswer(compiler.listRows(typeName, info.fieldNodes, source, limit))) as never;
    return (await this.value(compiler.list(typeName, info.fieldNodes, source, limit), compiler)) as unknown[];
  }

  /**
   * A nested field of a parent that was not read through here (a mutation's result): the same
   * compiled field, for every parent of the request at once.
   */
  field(parent: { id: string }, context: AuthenticatedContext, info: GraphQLResolveInfo): Promise<unknown> {
    const node = info.fieldNodes[0]!;
    // One loader per field node: every parent of a list asks for the same selection.
    const byNode = ((context as { readFieldLoaders?: WeakMap<FieldNode, DataLoader<string, unknown>> }).readFieldLoaders ??=
      new WeakMap());
    let loader = byNode.get(node);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        const parentType = readTypeOrFail(info.parentType.name);
        const compiler = this.compiler(context, info);
        const table = this.table(parentType).name;
        const params: unknown[] = [];
        const value = compiler.fieldValue(info.parentType.name, info.fieldName, 'parent', info.fieldNodes);
        const text = `${READ_MARK} SELECT parent.id::text AS id, ${value.render(params)} AS v FROM ${table} parent WHERE parent.id = ANY($${params.push([...ids])}::uuid[])`;
        const rows = (await this.dataSource.query(text, params)) as { id: string; v: unknown }[];
        const found = new Map(rows.map((row) => [row.id, row.v]));
        return ids.map((id) => found.get(id) ?? null);
      });
      byNode.set(node, loader);
    }
    return loader.load(parent.id);
  }

  private async rowsAnswer(answer: RowsAnswer): Promise<SqlAnswer> {
    const rows = await this.copy(answer.statement, answer.width);
    const empty = rows.length === 0 && answer.whenEmpty ? (await this.rows(answer.whenEmpty))[0] : undefined;
    return SqlAnswer.of(answer.answer(rows, empty));
  }

  /**
   * Reads a statement's rows with COPY … TO STDOUT: PostgreSQL's text format, which the answer is
   * written from byte by byte (copied-rows.ts). COPY takes no parameters: each value is written
   * as a quoted literal, which PostgreSQL reads as it reads an untyped parameter.
   */
  private async copy(statement: Sql, width: number): Promise<CopiedRows> {
    const text = `${READ_MARK} COPY (${statement.renderWith(quotedLiteral)}) TO STDOUT`;
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as pg.PoolClient;
      this.dataSource.logger.logQuery(text, [], runner);
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of client.query(copyTo(text))) chunks.push(chunk as Buffer);
      } catch (error) {
        throw new QueryFailedError(text, [], error as Error);
      }
      return CopiedRows.parse(Buffer.concat(chunks), width);
    } finally {
      await runner.release();
    }
  }

  private async rows(statement: Sql): Promise<Record<string, unknown>[]> {
    const params: unknown[] = [];
    return (await this.dataSource.query(`${READ_MARK} ${statement.render(params)}`, params)) as Record<string, unknown>[];
  }

  private async value(expression: Sql, compiler: SelectionCompiler): Promise<unknown> {
    const params: unknown[] = [];
    // Marked, so the statement is recognised in logs and in pg_stat_activity. An answer is kept as
    // the text the database wrote, to be sent as it is (answer.ts).
    const text = `${READ_MARK} SELECT (${expression.render(params)})${compiler.answering ? '::text' : ''} AS v`;
    const [row] = (await this.dataSource.query(text, params)) as { v: unknown }[];
    const value = row?.v ?? null;
    return compiler.answering && typeof value === 'string' ? SqlAnswer.written(value) : value;
  }

  private compiler(context: AuthenticatedContext, info: GraphQLResolveInfo): SelectionCompiler {
    return new SelectionCompiler(this.environment(info.schema), {
      caller: callerOf(context.actor),
      fragments: info.fragments,
      variables: info.variableValues,
      answer: isAnswering(context, info),
    });
  }

  /** The root queries whose resolver returns this service's answer as it is (@AnsweredInSql). */
  answeredRoots(): ReadonlySet<string> {
    if (this.answered) return this.answered;
    const roots = new Set<string>();
    this.eachResolverMethod((method, instance, methodName) => {
      if (this.reflector.get<boolean | undefined>(ANSWERED_IN_SQL, method) !== true) return;
      if (typeNameOf(Reflect.getMetadata(RESOLVER_TYPE_METADATA, method)) !== 'Query')
        throw new Error(`@AnsweredInSql is for root queries: ${instance.constructor.name}.${methodName}.`);
      roots.add((Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName);
    });
    this.answered = roots;
    return roots;
  }

  /** Whether every root field of the operation is answered whole by the read road, for this caller. */
  answersWhole(
    context: object,
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Record<string, FragmentDefinitionNode>,
    variables: Record<string, unknown>,
  ): boolean {
    const actor = (context as Partial<AuthenticatedContext>).actor;
    if (actor === undefined) return false;
    const compiler = new SelectionCompiler(this.environment(schema), { caller: callerOf(actor), fragments, variables });
    const roots = this.answeredRoots();
    const queryType = schema.getQueryType()!;
    const fields = compiler.collect(queryType, [
      { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '' }, selectionSet: operation.selectionSet },
    ]);
    if (fields.size === 0) return false;
    for (const [, selection] of fields) {
      const name = selection[0]!.name.value;
      const field = queryType.getFields()[name];
      if (!field || !roots.has(name) || !compiler.answersWhole(getNamedType(field.type).name, selection)) return false;
    }
    return true;
  }

  private environments = new WeakMap<GraphQLSchema, CompilerEnvironment>();

  private environment(schema: GraphQLSchema): CompilerEnvironment {
    let environment = this.environments.get(schema);
    if (!environment) {
      const rules = this.rules();
      environment = {
        schema,
        table: (type) => this.table(type),
        fieldAllowed: (typeName, fieldName, caller: Caller) => {
          const rule = rules.get(`${typeName}.${fieldName}`);
          return rule ? allows(rule, caller.actor) : true;
        },
        hasResolver: (typeName, fieldName) => rules.has(`${typeName}.${fieldName}`),
        listLimit: (typeName, fieldName) => listLimit(typeName, fieldName) ?? MAX_PAGE_SIZE,
      };
      this.environments.set(schema, environment);
    }
    return environment;
  }

  private table(type: ReadType): Table {
    let table = this.tables.get(type);
    if (!table) {
      const metadata = this.dataSource.getMetadata(type.entity);
      const columns = new Map<string, ColumnInfo>();
      for (const column of metadata.columns) {
        columns.set(column.propertyName, {
          column: `"${column.databaseName}"`,
          instant: column.type === 'timestamptz',
          textual: TEXT_TYPES.has(column.type),
          uuid: column.type === 'uuid',
        });
      }
      table = { name: `"${metadata.tableName}"`, columns };
      this.tables.set(type, table);
    }
    return table;
  }

  /** Every field resolver's access rule, by "Type.field", read from the resolvers' decorators. */
  private rules(): Map<string, AccessRule> {
    if (this.fieldRules) return this.fieldRules;
    const rules = new Map<string, AccessRule>();
    this.eachResolverMethod((method, instance, methodName) => {
      if (!Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method)) return;
      const typeName = typeNameOf(
        Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) ?? Reflect.getMetadata(RESOLVER_TYPE_METADATA, instance.constructor),
      );
      const fieldName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? methodName;
      const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [method, instance.constructor]);
      if (typeName) rules.set(`${typeName}.${fieldName}`, rule ?? { roles: [] });
    });
    this.fieldRules = rules;
    return rules;
  }

  /** Calls `visit` with every resolver method (root or field) of the application's providers. */
  private eachResolverMethod(visit: (method: (...args: never[]) => unknown, instance: object, methodName: string) => void): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const methodName of Object.getOwnPropertyNames(prototype)) {
        // Read the descriptor, never the property: getters of other providers must not run here.
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, methodName)?.value;
        if (typeof method !== 'function') continue;
        const resolves =
          Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) ?? Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method);
        if (!resolves) continue;
        visit(method as (...args: never[]) => unknown, instance, methodName);
      }
    }
  }
}

function typeNameOf(type: unknown): string | undefined {
  if (typeof type === 'string') return type;
  return undefined;
}

/** Provides the read road to every module. */
@Global()
@Module({ imports: [DiscoveryModule], providers: [ReadService], exports: [ReadService] })
export class ReadModule {}

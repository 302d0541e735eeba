import { SetMetadata } from '@nestjs/common';
import {
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  getOperationAST,
  getVariableValues,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLFieldConfig,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';

/**
 * Answers straight from SQL. When every field an operation asks is compiled by the read road
 * (nothing left to a resolver), the database's answer is already the answer: it is sent as the
 * database wrote it (a page's rows turned into plain values by the read road), not walked field
 * by field by graphql-js. The operation still runs through graphql-js for its root fields (their
 * guards, pipes, arguments and errors), on a twin of the schema where each answered root field
 * returns its answer as one value.
 */

/** Marks a root query whose resolver returns the read road's answer as it is (ReadService page, byId, one, list). */
export const ANSWERED_IN_SQL = 'territoria:answered-in-sql';
export const AnsweredInSql = () => SetMetadata(ANSWERED_IN_SQL, true);

/** A root field's value as the read road made it: its JSON, sent without graphql-js. */
export class SqlAnswer {
  private constructor(readonly json: string | Buffer) {}

  /** JSON text the database wrote. */
  static written(text: string): SqlAnswer {
    return new SqlAnswer(text);
  }

  /** JSON already written as UTF-8 bytes. */
  static of(bytes: Buffer): SqlAnswer {
    return new SqlAnswer(bytes);
  }
}

/** The value of an answered root field in the twin schema: the answer, kept whole until the reply is written. */
const SqlAnswerScalar = new GraphQLScalarType({
  name: 'SqlAnswer',
  description: 'A root field answered by the read road as a whole (never seen by clients).',
  serialize: (value) => {
    if (value instanceof SqlAnswer) return value;
    throw new Error("An answered root field returned something else than the read road's answer.");
  },
});

/** The type of the field before the twin schema made it a SqlAnswer. */
const ANSWERED_TYPE = 'territoria:answered-type';

/** The return type of a root field as clients see it, in either schema. */
export function declaredReturnType(info: GraphQLResolveInfo): GraphQLOutputType {
  const field = info.parentType.getFields()[info.fieldName];
  return (field?.extensions?.[ANSWERED_TYPE] as GraphQLOutputType | undefined) ?? info.returnType;
}

const twins = new WeakMap<GraphQLSchema, GraphQLSchema>();

/** The schema in which the answered root queries return their JSON text (built once per schema). */
export function answeringSchema(schema: GraphQLSchema, answered: ReadonlySet<string>): GraphQLSchema {
  let twin = twins.get(schema);
  if (twin) return twin;
  const query = schema.getQueryType()!;
  const config = query.toConfig();
  const fields: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
  for (const [name, field] of Object.entries(config.fields)) {
    fields[name] = answered.has(name)
      ? {
          ...field,
          type: isNonNullType(field.type) ? new GraphQLNonNull(SqlAnswerScalar) : SqlAnswerScalar,
          extensions: { ...field.extensions, [ANSWERED_TYPE]: field.type },
        }
      : field;
  }
  const schemaConfig = schema.toConfig();
  twin = new GraphQLSchema({
    ...schemaConfig,
    query: new GraphQLObjectType({ ...config, fields }),
    types: [...schemaConfig.types.filter((type) => type !== query), SqlAnswerScalar],
  });
  twins.set(schema, twin);
  return twin;
}

const ANSWERING = Symbol('answering in SQL');

/** Whether this root field's answer is to be sent as the database wrote it. */
export function isAnswering(context: object, info: GraphQLResolveInfo): boolean {
  return (context as { [ANSWERING]?: boolean })[ANSWERING] === true && info.path.prev === undefined;
}

/**
 * Writes a GraphQL reply, pasting each answered root field's JSON in place; as UTF-8 bytes, which
 * the server sends without measuring and encoding the text again.
 */
export function serializeReply(payload: unknown): Buffer {
  const { data, ...rest } = payload as { data?: Record<string, unknown> | null };
  if (!data) return Buffer.from(JSON.stringify(payload), 'utf8');
  const parts: Buffer[] = [];
  let text = '{"data":{';
  for (const [index, [key, value]] of Object.entries(data).entries()) {
    text += `${index > 0 ? ',' : ''}${JSON.stringify(key)}:`;
    if (value instanceof SqlAnswer && typeof value.json !== 'string') {
      parts.push(Buffer.from(text, 'utf8'), value.json);
      text = '';
    } else text += value instanceof SqlAnswer ? value.json : JSON.stringify(value);
  }
  text += '}';
  for (const [key, value] of Object.entries(rest)) text += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
  parts.push(Buffer.from(`${text}}`, 'utf8'));
  return Buffer.concat(parts);
}

/** What the hook needs of the read road: which root queries it answers, and whether it answers a selection whole. */
export interface Answerer {
  answeredRoots(): ReadonlySet<string>;
  answersWhole(
    context: object,
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Record<string, FragmentDefinitionNode>,
    variables: Record<string, unknown>,
  ): boolean;
}

/**
 * Mercurius' preExecution hook (after the limits): a query whose every root field is answered
 * whole by the read road runs on the answering schema, and its reply is written with the JSON
 * text pasted in. Anything else (a mutation, a field left to a resolver, introspection) runs as
 * before.
 */
export function answerInSqlHook(answerer: () => Answerer) {
  return (schema: GraphQLSchema, document: DocumentNode, context: object, variables?: Record<string, unknown>) => {
    const { request, reply } = context as {
      request?: { body?: { operationName?: unknown } };
      reply?: { serializer(fn: (payload: unknown) => Buffer): unknown; header(name: string, value: string): unknown };
    };
    if (!reply) return undefined;
    const operationName = typeof request?.body?.operationName === 'string' ? request.body.operationName : undefined;
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== 'query') return undefined;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
    if (coerced.errors) return undefined;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const read = answerer();
    if (!read.answersWhole(context, schema, operation, fragments, coerced.coerced)) return undefined;
    (context as { [ANSWERING]?: boolean })[ANSWERING] = true;
    reply.serializer(serializeReply);
    // Set by hand: the server names the type of a reply it serialises itself, not of one it is given.
    reply.header('content-type', 'application/json; charset=utf-8');
    return { schema: answeringSchema(schema, read.answeredRoots()) };
  };
}

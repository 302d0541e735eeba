import {
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLScalarType,
  type GraphQLSchema,
} from 'graphql';
import { ENTITY_KEY, TYPE_KEY } from './compile.js';

const patchedScalars = new WeakSet<GraphQLScalarType>();

/**
 * Lets the JSON built by the read road answer for itself: a field of a compiled object is read
 * under its response key (its alias), with no resolver, guard or loader run per row; a field
 * the compiler left out goes to its resolver with the row's columns, as before.
 */
export function resolveCompiledFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const original: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context, info) => {
        if (parent !== null && typeof parent === 'object' && TYPE_KEY in parent) {
          const compiled = parent as Record<string, unknown>;
          const value = compiled[info.path.key as string];
          if (value !== undefined) return value;
          return original(compiled[ENTITY_KEY] ?? parent, args, context, info);
        }
        return original(parent, args, context, info);
      };
    }
  }
  // Instants come out of the database as ISO strings already; Dates (from writes) still serialise.
  const dateTime = schema.getType('DateTime') as GraphQLScalarType | undefined;
  if (dateTime && !patchedScalars.has(dateTime)) {
    patchedScalars.add(dateTime);
    const serialize = dateTime.serialize.bind(dateTime);
    (dateTime as { serialize: (value: unknown) => unknown }).serialize = (value: unknown) =>
      typeof value === 'string' ? value : serialize(value);
  }
  return schema;
}

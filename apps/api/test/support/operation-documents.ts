import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

const SCALAR_PLACEHOLDERS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2030-01-01',
  DateTime: '2030-01-01T00:00:00.000Z',
};

/** A value of the right type for a required argument, so a call reaches the access check. */
export function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isScalarType(type)) {
    if (!(type.name in SCALAR_PLACEHOLDERS)) throw new Error(`No placeholder for scalar ${type.name}: add one`);
    return SCALAR_PLACEHOLDERS[type.name];
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, placeholder(field.type)]),
    );
  }
  throw new Error(`Unexpected input type ${String(type)}`);
}

export interface OperationCall {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** One call per query and mutation of the schema, with every required argument filled in. */
export function everyOperation(schema: GraphQLSchema): OperationCall[] {
  const calls: OperationCall[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
      const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
      const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      calls.push({
        name: `${type!.name}.${field.name}`,
        query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
        variables: Object.fromEntries(required.map((arg) => [arg.name, placeholder(arg.type)])),
      });
    }
  }
  return calls;
}

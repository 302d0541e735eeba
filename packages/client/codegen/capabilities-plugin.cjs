// What each query, mutation and input of the schema offers (arguments, input fields, enum values),
// as a plain object the console reads at run time: whether a resource has a by-id query, an `ids`
// filter or a sort comes from the schema, never from a hand-written list.
const { isEnumType, isInputObjectType, isInterfaceType, isObjectType, getNamedType } = require('graphql');

/** field → { type: its named type, args: { argument: type as written } }, for every field that takes arguments (all of Query and Mutation). */
function fieldsOf(type, everyField) {
  const fields = {};
  for (const field of Object.values(type.getFields())) {
    if (!everyField && field.args.length === 0) continue;
    fields[field.name] = {
      type: getNamedType(field.type).name,
      args: Object.fromEntries(field.args.map((arg) => [arg.name, String(arg.type)])),
    };
  }
  return fields;
}

module.exports = {
  plugin(schema) {
    const capabilities = { Query: {}, Mutation: {}, objects: {}, inputs: {}, enums: {} };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (type === schema.getQueryType()) capabilities.Query = fieldsOf(type, true);
      else if (type === schema.getMutationType()) capabilities.Mutation = fieldsOf(type, true);
      else if (isObjectType(type) || isInterfaceType(type)) {
        const fields = fieldsOf(type, false);
        if (Object.keys(fields).length > 0) capabilities.objects[type.name] = fields;
      } else if (isInputObjectType(type))
        capabilities.inputs[type.name] = Object.fromEntries(
          Object.values(type.getFields())
            .map((field) => [field.name, String(field.type)])
            .sort(([a], [b]) => a.localeCompare(b)),
        );
      else if (isEnumType(type)) capabilities.enums[type.name] = type.getValues().map((value) => value.name);
    }
    const sorted = (record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
    for (const key of Object.keys(capabilities)) capabilities[key] = sorted(capabilities[key]);
    return [
      '/** A field: its named type, and its arguments with their types as written ("ID!", "CollectivityFilter"). */',
      'export interface FieldCapability {',
      '  type: string;',
      '  args: Record<string, string>;',
      '}',
      '',
      '/** What the schema offers: its queries, mutations, fields with arguments, input fields (name → type as written) and enum values. */',
      'export interface SchemaCapabilities {',
      '  Query: Record<string, FieldCapability>;',
      '  Mutation: Record<string, FieldCapability>;',
      '  /** Fields with arguments of the other object and interface types, e.g. Group.members(filter, page). */',
      '  objects: Record<string, Record<string, FieldCapability>>;',
      '  inputs: Record<string, Record<string, string>>;',
      '  enums: Record<string, readonly string[]>;',
      '}',
      '',
      `export const schemaCapabilities: SchemaCapabilities = ${JSON.stringify(capabilities, null, 2)};`,
      '',
    ].join('\n');
  },
};

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = `# ------------------------------------------------------
# Emitted from the API's code by \`npm run schema:emit --workspace @territoria/api\`: do not edit.
# ------------------------------------------------------
`;

export function printApiSchema(schema: GraphQLSchema): string {
  return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

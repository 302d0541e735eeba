import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlResolvers, graphqlScalars } from './graphql-resolvers.js';
import { printApiSchema } from './print-schema.js';
import { documentSchema } from './schema-documentation.js';

// schema.gql is the API's contract: emitted from the code, committed and reviewed. With --check
// (run by the build) it fails when the committed file is out of date instead of rewriting it.
const schemaFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.gql');
const check = process.argv.includes('--check');

const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(graphqlResolvers, graphqlScalars);
await app.close();
const printed = printApiSchema(documentSchema(schema));
const committed = await readFile(schemaFile, 'utf8').catch(() => '');

if (printed === committed) {
  console.log('schema.gql is up to date.');
} else if (check) {
  console.error('schema.gql is out of date: run `npm run schema:emit --workspace @territoria/api` and commit it.');
  process.exit(1);
} else {
  await writeFile(schemaFile, printed);
  console.log(`Wrote ${schemaFile}`);
}

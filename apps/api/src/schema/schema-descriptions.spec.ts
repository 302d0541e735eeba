import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { ERROR_CODE_MEANINGS } from '../common/errors/app-errors.js';
import { graphqlResolvers, graphqlScalars } from './graphql-resolvers.js';
import { ACCESS_PREFIX, documentSchema } from './schema-documentation.js';

/** Every type, field, argument and enum value without a description, by its schema coordinate. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the schema documents itself', () => {
  let app: INestApplicationContext;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    schema = documentSchema(await app.get(GraphQLSchemaFactory).create(graphqlResolvers, graphqlScalars));
  });
  afterAll(async () => {
    await app.close();
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('says what each operation does, then who may call it', () => {
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.values(root.getFields()).map((field) => ({ name: `${root.name}.${field.name}`, text: field.description ?? '' })),
    );
    const withoutPurpose = operations.filter(({ text }) => text.startsWith(ACCESS_PREFIX)).map(({ name }) => name);
    const withoutRule = operations.filter(({ text }) => !text.includes(`\n\n${ACCESS_PREFIX}`)).map(({ name }) => name);
    expect({ withoutPurpose, withoutRule }).toEqual({ withoutPurpose: [], withoutRule: [] });
    expect(schema.getQueryType()!.getFields().collectivities!.description).toContain(
      'Access: users with the role ADMIN, STAFF, GROUP_PRESIDENT; API tokens with the scope collectivities:read.',
    );
    expect(schema.getMutationType()!.getFields().signIn!.description).toContain('Access: anyone, signed in or not.');
  });

  it('lists the error codes clients can rely on, in the schema and in the README', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const codes = Object.keys(ERROR_CODE_MEANINGS);
    expect(codes.filter((code) => !schema.getQueryType()!.description!.includes(`- ${code}: `))).toEqual([]);
    expect(codes.filter((code) => !readme.includes(`| \`${code}\` |`))).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFile } from 'node:fs/promises';
import { printApiSchema } from '../src/schema/print-schema.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('schema.gql', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is exactly the schema the running API serves', async () => {
    const committed = await readFile(new URL('../schema.gql', import.meta.url), 'utf8');
    expect(printApiSchema(api.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('answers health and readiness checks', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});

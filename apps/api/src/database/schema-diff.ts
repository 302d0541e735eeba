import type { DataSource } from 'typeorm';

export interface SchemaQuery {
  query: string;
  parameters?: unknown[];
}

export interface SchemaDiff {
  up: SchemaQuery[];
  down: SchemaQuery[];
}

/** What TypeORM would change to make the database match the entities: empty when migrations and entities agree. */
export async function diffSchemaAgainstEntities(dataSource: DataSource): Promise<SchemaDiff> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sqlInMemory.upQueries.map(({ query, parameters }) => ({ query, parameters })),
    down: sqlInMemory.downQueries.map(({ query, parameters }) => ({ query, parameters })),
  };
}

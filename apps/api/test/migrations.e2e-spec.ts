import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options.js';
import { migrations } from '../src/database/migrations/index.js';
import { diffSchemaAgainstEntities } from '../src/database/schema-diff.js';
import { createTestDatabase } from './support/test-database.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const tables = async () =>
    (
      await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = new DataSource(buildDataSourceOptions(database.url));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('run all up on an empty database, leaving no difference with the entities', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(migrations.length);
    expect(await tables()).toContain('collectivities');
    expect(await diffSchemaAgainstEntities(dataSource)).toEqual({ up: [], down: [] });
  });

  it('run all down to an empty schema, then up again', async () => {
    for (let index = 0; index < migrations.length; index++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    const extensions = await dataSource.query(`SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')`);
    expect(extensions).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await diffSchemaAgainstEntities(dataSource)).toEqual({ up: [], down: [] });
  });

  it('give the search function its meaning', async () => {
    const [row] = await dataSource.query(
      `SELECT search_normalize('St-Étienne-du-Rouvray') AS a, search_normalize('Œuilly  L''Île') AS b`,
    );
    expect(row).toEqual({ a: 'saint etienne du rouvray', b: 'oeuilly l ile' });
  });
});

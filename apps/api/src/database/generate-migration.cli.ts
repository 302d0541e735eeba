import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config.js';
import { buildDataSourceOptions } from './data-source-options.js';
import { connectDatabase } from './database-connection.js';
import { diffSchemaAgainstEntities, type SchemaQuery } from './schema-diff.js';

// Usage: npm run migration:generate --workspace @territoria/api -- AddSomething
// Writes src/database/migrations/<timestamp>-AddSomething.ts from the difference between the
// entities and the database after the existing migrations; read it (the folder is the list of migrations).
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Give the migration a PascalCase name: npm run migration:generate -- AddSomething');
  process.exit(1);
}

const config = loadAppConfig();
const database = await connectDatabase(config, console.log);
const dataSource = new DataSource(buildDataSourceOptions(database.url));
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const diff = await diffSchemaAgainstEntities(dataSource);
  if (diff.up.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const indent = (queries: SchemaQuery[]) =>
      queries
        .map(portableMetadataQuery)
        .map(({ query, parameters }) =>
          parameters?.length
            ? `    await queryRunner.query(${JSON.stringify(query)}, ${JSON.stringify(parameters)});`
            : `    await queryRunner.query(${JSON.stringify(query)});`,
        )
        .join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${indent(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${indent(diff.down.reverse())}
  }
}
`;
    const sourceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
    const file = path.join(sourceDir, `${timestamp}-${name}.ts`);
    await writeFile(file, source);
    console.log(`Wrote ${file} (${className}): read it before committing.`);
  }
} finally {
  await dataSource.destroy();
  await database.close();
}

/**
 * TypeORM records generated columns in typeorm_metadata under the database's name: write them with
 * current_database() and current_schema() so the migration runs on any database name.
 */
function portableMetadataQuery({ query, parameters }: SchemaQuery): SchemaQuery {
  if (!query.includes('"typeorm_metadata"') || !parameters) return { query, parameters };
  const [database, schema] = query.startsWith('INSERT') ? [0, 1] : [2, 3];
  const values = parameters.filter((_value, index) => index !== database && index !== schema);
  let position = 0;
  const rewritten = query.replace(/\$(\d+)/g, (_match, index: string) => {
    const original = Number(index) - 1;
    if (original === database) return 'current_database()';
    if (original === schema) return 'current_schema()';
    return `$${++position}`;
  });
  return { query: rewritten, parameters: values };
}

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationInterface } from 'typeorm';

/**
 * Every migration of this folder, oldest first: a file `<timestamp>-<Name>.(ts|js)` exporting one
 * class. Adding a migration is adding its file: no list to edit. A migration, once landed, is never
 * edited: add a new one.
 */
const folder = path.dirname(fileURLToPath(import.meta.url));
const MIGRATION_FILE = /^(\d{13})-[A-Za-z0-9]+\.(ts|js)$/;

const files = readdirSync(folder)
  .filter((file) => MIGRATION_FILE.test(file))
  .sort((a, b) => Number(MIGRATION_FILE.exec(a)![1]) - Number(MIGRATION_FILE.exec(b)![1]));

export const migrations: (new () => MigrationInterface)[] = [];
for (const file of files) {
  const exported = Object.values((await import(path.join(folder, file))) as Record<string, unknown>);
  if (exported.length !== 1 || typeof exported[0] !== 'function') {
    throw new Error(`Migration ${file} must export exactly one class.`);
  }
  migrations.push(exported[0] as new () => MigrationInterface);
}

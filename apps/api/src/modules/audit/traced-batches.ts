import type { EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../../common/access/actor.js';
import type { AuditService } from './audit.service.js';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
export const INSERT_CHUNK = 500;

export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += size) result.push(items.slice(index, index + size));
  return result;
}

/** Columns kept by the database from the others (search and sort keys): not the record's content. */
const DERIVED_COLUMNS = new Set(['search_text', 'sort_name', 'organisation_search_text']);

/** A row as PostgreSQL returns it (snake_case) under the entity's names, for the audit trail. */
function camelCased(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => !DERIVED_COLUMNS.has(key))
      .map(([key, value]) => [key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), value]),
  );
}

/**
 * Inserts many rows of one entity, a chunk per statement, each chunk's audit trail in one more;
 * returns the new ids in order. For bulk writes (the registration import) that would otherwise
 * take a statement per row.
 */
export async function insertTraced<T extends object>(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  entity: EntityTarget<T>,
  name: string,
  rows: QueryDeepPartialEntity<T>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const chunk of chunks(rows, INSERT_CHUNK)) {
    const inserted = await manager.insert(entity, chunk);
    const created = inserted.identifiers.map((identifier, index) => ({
      ...(chunk[index] as object),
      id: identifier.id as string,
    }));
    ids.push(...created.map((row) => row.id));
    await audit.recordCreations(manager, actor, name, created);
  }
  return ids;
}

/** Deletes rows by id in one statement, each deletion traced with the row as it was; returns how many. */
export async function deleteTraced(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  table: string,
  name: string,
  ids: string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const [rows]: [Record<string, unknown>[]] = await manager.query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[]) RETURNING *`, [
    ids,
  ]);
  await audit.recordDeletions(
    manager,
    actor,
    name,
    rows.map((row) => camelCased(row) as { id: string }),
  );
  return rows.length;
}

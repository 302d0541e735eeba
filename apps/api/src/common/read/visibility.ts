import { getMetadataArgsStorage } from 'typeorm';
import type { Caller } from './caller.js';
import { readTypeOrFail } from './read-model.js';
import { FALSE, raw, sql, TRUE, type Sql } from './sql.js';

let related = 0;

/**
 * The row of another type that `id` points to is visible to the caller: that type's own rule,
 * reused (a position is visible with its contact, a member with its group and collectivity).
 */
export function visibleRelated(caller: Caller, typeName: string, id: Sql): Sql | boolean {
  const type = readTypeOrFail(typeName);
  const row = `v${++related % 1000}`;
  const condition = type.visible(caller, row);
  if (condition === true) return true;
  if (condition === false) return false;
  const table = getMetadataArgsStorage().tables.find((entry) => entry.target === type.entity)?.name;
  if (!table) throw new Error(`No table for ${typeName}.`);
  return sql`EXISTS (SELECT 1 FROM "${raw(table)}" ${raw(row)} WHERE ${raw(row)}.id = ${id} AND ${condition})`;
}

/** AND of visibility conditions, staying a boolean when it can. */
export function allVisible(...conditions: (Sql | boolean)[]): Sql | boolean {
  if (conditions.some((condition) => condition === false)) return false;
  const rest = conditions.filter((condition): condition is Sql => condition !== true);
  if (rest.length === 0) return true;
  return rest.reduce((left, right) => sql`${left} AND ${right}`);
}

/** The caller's visibility condition on a row of a type, as SQL (for filters that reach other types). */
export function visibleRow(caller: Caller, typeName: string, row: string): Sql {
  return asSql(readTypeOrFail(typeName).visible(caller, row));
}

/** A filter naming a row of another type matches only when the caller may see that row. */
export function visibleReference(caller: Caller, typeName: string, id: Sql): Sql {
  return asSql(visibleRelated(caller, typeName, id));
}

/** A visibility rule's answer as SQL: TRUE, FALSE or the condition. */
export function asSql(condition: Sql | boolean): Sql {
  return condition === true ? TRUE : condition === false ? FALSE : condition;
}

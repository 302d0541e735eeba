import { PRESIDING_ROLES } from '@territoria/domain';
import type { Caller } from './caller.js';
import { sql, type Sql } from './sql.js';

/**
 * A group president's reach, decided in SQL from the data itself: the groups they hold a
 * current PRESIDENT or CO_PRESIDENT office in, and those groups' current members. It belongs to
 * the read road's kernel, beside the caller: the visibility rules of collectivities, contacts,
 * events and groups all start from it, and none of them imports another module for it.
 */
export function presidedGroupIds(caller: Caller): Sql {
  return sql`SELECT o.group_id FROM group_offices o
    WHERE o.contact_id = ${caller.contactId}::uuid AND o.role = ANY(${[...PRESIDING_ROLES]}::varchar[])
      AND o.started_on <= CURRENT_DATE AND (o.ended_on IS NULL OR o.ended_on >= CURRENT_DATE)`;
}

export function presidedCollectivityIds(caller: Caller): Sql {
  return sql`SELECT m.collectivity_id FROM group_members m WHERE m.left_on IS NULL AND m.group_id IN (${presidedGroupIds(caller)})`;
}

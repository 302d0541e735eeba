import { hasScope } from '../../common/read/caller.js';
import { defineReadType } from '../../common/read/read-model.js';
import { raw, sql } from '../../common/read/sql.js';
import { visibleRelated } from '../../common/read/visibility.js';
import { presidedCollectivityIds } from '../../common/read/president-reach.js';
import { Collectivity } from './collectivity.entity.js';
import { MembershipChange } from './membership-change.entity.js';

/**
 * Collectivities: the staff and integrations with collectivities:read see them all; a group
 * president sees his groups' current members and the foreign local governments they cooperate with.
 */
export const COLLECTIVITY_READ = defineReadType({
  name: 'Collectivity',
  entity: Collectivity,
  sync: 'stamped',
  visible: (caller, row) => {
    if (caller.kind === 'STAFF') return true;
    if (caller.kind === 'TOKEN') return hasScope(caller, 'collectivities:read');
    if (caller.kind !== 'PRESIDENT') return false;
    const members = presidedCollectivityIds(caller);
    return sql`(${raw(row)}.id IN (${members})
      OR ${raw(row)}.id IN (SELECT k.foreign_collectivity_id FROM cooperations k WHERE k.french_collectivity_id IN (${members})))`;
  },
  fields: {
    region: {
      kind: 'one',
      type: 'Collectivity',
      where: (parent, child) =>
        raw(
          `${child}.kind IN ('REGION', 'OVERSEAS_COLLECTIVITY') AND ${child}.insee_code = ${parent}.region_code AND ${parent}.kind <> 'REGION'`,
        ),
    },
    department: {
      kind: 'one',
      type: 'Collectivity',
      where: (parent, child) =>
        raw(
          `${child}.kind IN ('DEPARTMENT', 'OVERSEAS_COLLECTIVITY') AND ${child}.insee_code = ${parent}.department_code AND ${parent}.kind <> 'DEPARTMENT'`,
        ),
    },
    membershipHistory: {
      kind: 'many',
      type: 'MembershipChange',
      where: (parent, child) => raw(`${child}.collectivity_id = ${parent}.id`),
      orderBy: (child) => raw(`${child}.effective_on DESC, ${child}.recorded_at DESC, ${child}.id`),
    },
    contactCount: {
      kind: 'value',
      sql: (row) =>
        raw(`(SELECT count(DISTINCT p.contact_id)::int FROM positions p
          WHERE p.collectivity_id = ${row}.id AND (p.ended_on IS NULL OR p.ended_on >= CURRENT_DATE))`),
    },
  },
});

/** A change of membership is seen with its collectivity. */
export const MEMBERSHIP_CHANGE_READ = defineReadType({
  name: 'MembershipChange',
  entity: MembershipChange,
  visible: (caller, row) => visibleRelated(caller, 'Collectivity', raw(`${row}.collectivity_id`)),
});

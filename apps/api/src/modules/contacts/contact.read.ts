import { ConsentStatus } from '@territoria/domain';
import { hasScope } from '../../common/read/caller.js';
import { defineReadType, type FieldArgs } from '../../common/read/read-model.js';
import { raw, sql } from '../../common/read/sql.js';
import { allVisible, visibleRelated } from '../../common/read/visibility.js';
import { presidedCollectivityIds } from '../../common/read/president-reach.js';
import { Contact } from './contact.entity.js';
import { Position } from './position.entity.js';
import { collectivityById } from '../collectivities/collectivity.loaders.js';
import { partnerById } from '../partners/partner.loaders.js';

const CURRENT = (row: string) => `(${row}.ended_on IS NULL OR ${row}.ended_on >= CURRENT_DATE)`;
const onlyCurrent = (row: string, args: FieldArgs) => raw(args['current'] ? ` AND ${CURRENT(row)}` : '');

/**
 * People: the staff see everyone; integrations everyone with contacts:all, those who consented
 * with contacts:read, nobody otherwise; a group president the people holding a current position
 * in one of his groups' members.
 */
export const CONTACT_READ = defineReadType({
  name: 'Contact',
  entity: Contact,
  sync: 'tracked',
  visible: (caller, row) => {
    if (caller.kind === 'STAFF') return true;
    if (caller.kind === 'TOKEN') {
      if (hasScope(caller, 'contacts:all')) return true;
      return hasScope(caller, 'contacts:read') ? sql`${raw(row)}.consent_status = ${ConsentStatus.GIVEN}` : false;
    }
    if (caller.kind !== 'PRESIDENT') return false;
    return sql`EXISTS (SELECT 1 FROM positions cp WHERE cp.contact_id = ${raw(row)}.id AND ${raw(CURRENT('cp'))}
      AND cp.collectivity_id IN (${presidedCollectivityIds(caller)}))`;
  },
  fields: {
    positions: {
      kind: 'many',
      type: 'Position',
      where: (parent, child, args) => sql`${raw(`${child}.contact_id = ${parent}.id`)}${onlyCurrent(child, args)}`,
      orderBy: (child) => raw(`${child}.started_on DESC, ${child}.id`),
    },
  },
});

/** A mandate or job: seen with its person; a group president sees those held in his groups' members only. */
export const POSITION_READ = defineReadType({
  name: 'Position',
  entity: Position,
  visible: (caller, row) =>
    allVisible(
      visibleRelated(caller, 'Contact', raw(`${row}.contact_id`)),
      caller.kind === 'PRESIDENT' ? sql`${raw(row)}.collectivity_id IN (${presidedCollectivityIds(caller)})` : true,
    ),
  fields: {
    collectivity: collectivityById(),
    partner: partnerById(),
    current: { kind: 'value', sql: (row) => raw(CURRENT(row)) },
  },
});

import { hasScope } from '../../common/read/caller.js';
import { defineReadType, extendReadType, type FieldArgs, rowById } from '../../common/read/read-model.js';
import { raw, sql } from '../../common/read/sql.js';
import { allVisible, visibleRelated } from '../../common/read/visibility.js';
import '../collectivities/collectivity.read.js';
import '../contacts/contact.read.js';
import { GroupMember } from './group-member.entity.js';
import { GroupOffice } from './group-office.entity.js';
import { Group } from './group.entity.js';
import { presidedGroupIds } from '../../common/read/president-reach.js';
import { collectivityById } from '../collectivities/collectivity.loaders.js';
import { contactById } from '../contacts/contact.loaders.js';

const CURRENT_TERM = (row: string) =>
  `(${row}.started_on <= CURRENT_DATE AND (${row}.ended_on IS NULL OR ${row}.ended_on >= CURRENT_DATE))`;
const onlyCurrent = (row: string, args: FieldArgs) => raw(args['current'] ? ` AND ${CURRENT_TERM(row)}` : '');

/** Groups: the staff and collectivities:read integrations see them all, a president the groups he presides today. */
export const GROUP_READ = defineReadType({
  name: 'Group',
  implementations: ['CountryGroup', 'ThematicGroup'],
  sync: 'tracked',
  entity: Group,
  typeOf: (row) => raw(`CASE ${row}.kind WHEN 'COUNTRY' THEN 'CountryGroup' ELSE 'ThematicGroup' END`),
  visible: (caller, row) => {
    if (caller.kind === 'STAFF') return true;
    if (caller.kind === 'TOKEN') return hasScope(caller, 'collectivities:read');
    if (caller.kind !== 'PRESIDENT') return false;
    return sql`${raw(row)}.id IN (${presidedGroupIds(caller)})`;
  },
  fields: {
    members: {
      kind: 'page',
      type: 'GroupMember',
      defaultLimit: 50,
      where: (parent, child, args) => {
        const filter = (args['filter'] as { currentOnly?: boolean; search?: string } | undefined) ?? { currentOnly: true };
        const search = filter.search?.trim();
        return sql`${raw(`${child}.group_id = ${parent}.id`)}${raw(filter.currentOnly === false ? '' : ` AND ${child}.left_on IS NULL`)}${
          search
            ? sql` AND (SELECT c.search_text FROM collectivities c WHERE c.id = ${raw(child)}.collectivity_id) LIKE '%' || search_normalize(${search}) || '%'`
            : raw('')
        }`;
      },
      orderBy: (child) => raw(`(SELECT c.search_text FROM collectivities c WHERE c.id = ${child}.collectivity_id), ${child}.id`),
    },
    memberCount: {
      kind: 'value',
      sql: (row) => raw(`(SELECT count(*)::int FROM group_members m WHERE m.group_id = ${row}.id AND m.left_on IS NULL)`),
    },
    officers: {
      kind: 'many',
      type: 'GroupOffice',
      where: (parent, child, args) => sql`${raw(`${child}.group_id = ${parent}.id`)}${onlyCurrent(child, args)}`,
      orderBy: (child) => raw(`${child}.started_on DESC, ${child}.id`),
    },
  },
});

/** A membership is seen when both its group and its collectivity are. */
export const GROUP_MEMBER_READ = defineReadType({
  name: 'GroupMember',
  entity: GroupMember,
  sync: 'tracked',
  visible: (caller, row) =>
    allVisible(
      visibleRelated(caller, 'Group', raw(`${row}.group_id`)),
      visibleRelated(caller, 'Collectivity', raw(`${row}.collectivity_id`)),
    ),
  fields: {
    collectivity: collectivityById(),
  },
});

/** An office is a fact about a person: seen when both its group and its holder are. */
export const GROUP_OFFICE_READ = defineReadType({
  name: 'GroupOffice',
  entity: GroupOffice,
  visible: (caller, row) =>
    allVisible(
      visibleRelated(caller, 'Group', raw(`${row}.group_id`)),
      visibleRelated(caller, 'Contact', raw(`${row}.contact_id`)),
    ),
  fields: {
    contact: contactById(),
    group: rowById('Group', 'group_id'),
    current: { kind: 'value', sql: (row) => raw(CURRENT_TERM(row)) },
  },
});

extendReadType('Collectivity', {
  groups: {
    kind: 'many',
    type: 'Group',
    where: (parent, child) =>
      raw(
        `EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = ${child}.id AND m.collectivity_id = ${parent}.id AND m.left_on IS NULL)`,
      ),
    orderBy: (child) => raw(`${child}.kind, search_normalize(${child}.name), ${child}.id`),
  },
});

extendReadType('Contact', {
  offices: {
    kind: 'many',
    type: 'GroupOffice',
    where: (parent, child, args) => sql`${raw(`${child}.contact_id = ${parent}.id`)}${onlyCurrent(child, args)}`,
    orderBy: (child) => raw(`${child}.started_on DESC, ${child}.id`),
  },
  groups: {
    kind: 'many',
    type: 'Group',
    where: (parent, child) =>
      raw(`EXISTS (SELECT 1 FROM positions p JOIN group_members m ON m.collectivity_id = p.collectivity_id AND m.left_on IS NULL
        WHERE p.contact_id = ${parent}.id AND m.group_id = ${child}.id AND (p.ended_on IS NULL OR p.ended_on >= CURRENT_DATE))`),
    orderBy: (child) => raw(`${child}.kind, search_normalize(${child}.name), ${child}.id`),
  },
});

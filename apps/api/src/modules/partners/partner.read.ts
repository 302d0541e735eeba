import { defineReadType, extendReadType } from '../../common/read/read-model.js';
import { raw, sql } from '../../common/read/sql.js';
import '../contacts/contact.read.js';
import { Partner } from './partner.entity.js';
import { Partnership } from './partnership.entity.js';
import { partnerById } from './partner.loaders.js';

/** Partners and their agreements are the staff's business only. */
export const PARTNER_READ = defineReadType({
  name: 'Partner',
  entity: Partner,
  sync: 'tracked',
  visible: (caller) => caller.kind === 'STAFF',
  fields: {
    partnerships: {
      kind: 'many',
      type: 'Partnership',
      where: (parent, child, args) =>
        sql`${raw(`${child}.partner_id = ${parent}.id`)}${args['year'] == null ? raw('') : sql` AND ${raw(child)}.year = ${args['year']}`}`,
      orderBy: (child) => raw(`${child}.year DESC, ${child}.id`),
    },
  },
});

export const PARTNERSHIP_READ = defineReadType({
  name: 'Partnership',
  entity: Partnership,
  sync: 'tracked',
  visible: (caller) => caller.kind === 'STAFF',
  fields: {
    partner: partnerById(),
  },
});

extendReadType('Partner', {
  // People holding a current position at the partner.
  contacts: {
    kind: 'many',
    type: 'Contact',
    where: (parent, child) =>
      raw(`EXISTS (SELECT 1 FROM positions p WHERE p.contact_id = ${child}.id AND p.partner_id = ${parent}.id
        AND (p.ended_on IS NULL OR p.ended_on >= CURRENT_DATE))`),
    orderBy: (child) => raw(`${child}.last_name, ${child}.first_name, ${child}.id`),
  },
});

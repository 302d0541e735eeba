import { defineReadType, extendReadType } from '../../common/read/read-model.js';
import { raw } from '../../common/read/sql.js';
import '../collectivities/collectivity.read.js';
import { MembershipFee } from './membership-fee.entity.js';
import { collectivityById } from '../collectivities/collectivity.loaders.js';

/** Dues are the staff's business only. */
export const MEMBERSHIP_FEE_READ = defineReadType({
  name: 'MembershipFee',
  entity: MembershipFee,
  sync: 'tracked',
  visible: (caller) => caller.kind === 'STAFF',
  fields: {
    status: {
      kind: 'value',
      sql: (row) =>
        raw(`CASE WHEN ${row}.status = 'INVOICED' AND ${row}.due_on < CURRENT_DATE THEN 'LATE' ELSE ${row}.status END`),
    },
    collectivity: collectivityById(),
  },
});

extendReadType('Collectivity', {
  fees: {
    kind: 'many',
    type: 'MembershipFee',
    where: (parent, child) => raw(`${child}.collectivity_id = ${parent}.id`),
    orderBy: (child) => raw(`${child}.year DESC, ${child}.id`),
  },
});

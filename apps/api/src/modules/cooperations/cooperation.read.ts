import { defineReadType, extendReadType } from '../../common/read/read-model.js';
import { raw, sql } from '../../common/read/sql.js';
import { allVisible, visibleRelated } from '../../common/read/visibility.js';
import '../groups/group.read.js';
import { Cooperation } from './cooperation.entity.js';
import { collectivityById } from '../collectivities/collectivity.loaders.js';

/** A cooperation is seen when both local governments are. */
export const COOPERATION_READ = defineReadType({
  name: 'Cooperation',
  entity: Cooperation,
  visible: (caller, row) =>
    allVisible(
      visibleRelated(caller, 'Collectivity', raw(`${row}.french_collectivity_id`)),
      visibleRelated(caller, 'Collectivity', raw(`${row}.foreign_collectivity_id`)),
    ),
  fields: {
    frenchCollectivity: collectivityById('french_collectivity_id'),
    foreignCollectivity: collectivityById('foreign_collectivity_id'),
  },
});

extendReadType('Collectivity', {
  cooperations: {
    kind: 'many',
    type: 'Cooperation',
    where: (parent, child) => raw(`${child}.french_collectivity_id = ${parent}.id`),
    orderBy: (child) => raw(`${child}.since NULLS LAST, ${child}.id`),
  },
});

extendReadType('Group', {
  // The members' cooperations with local governments of the group's countries (country groups).
  cooperations: {
    kind: 'many',
    type: 'Cooperation',
    where: (parent, child) =>
      sql`${raw(`${child}.country_code = ANY(${parent}.countries) AND EXISTS (SELECT 1 FROM group_members m
        WHERE m.group_id = ${parent}.id AND m.left_on IS NULL AND m.collectivity_id = ${child}.french_collectivity_id)`)}`,
    orderBy: (child) => raw(`${child}.country_code, ${child}.since NULLS LAST, ${child}.id`),
  },
});

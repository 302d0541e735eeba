import { defineReadType, trackedTypes } from '../../common/read/read-model.js';
import { raw, sql } from '../../common/read/sql.js';
import { Tombstone } from './tombstone.entity.js';

/**
 * A tombstone is read by whoever may read some rows of its type: it tells only that a row of
 * that id is gone, so a caller that could not see the row learns nothing of it (ids are random).
 */
export const TOMBSTONE_READ = defineReadType({
  name: 'Tombstone',
  entity: Tombstone,
  sync: 'self',
  visible: (caller, row) => {
    const readable = trackedTypes()
      .filter((type) => type.visible(caller, 'candidate') !== false)
      .map((type) => type.name);
    if (readable.length === 0) return false;
    return sql`${raw(row)}.removal IS NOT NULL AND ${raw(row)}.type = ANY(${readable}::text[])`;
  },
});

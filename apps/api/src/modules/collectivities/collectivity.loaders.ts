import { rowById, type OneRelation } from '../../common/read/read-model.js';

/** The collectivity a row refers to, as the collectivity's visibility allows. */
export const collectivityById = (column = 'collectivity_id'): OneRelation => rowById('Collectivity', column);

import { rowById, type OneRelation } from '../../common/read/read-model.js';

/** The partner a row refers to (a partnership, a position, a participation), as the partner's visibility allows. */
export const partnerById = (column = 'partner_id'): OneRelation => rowById('Partner', column);

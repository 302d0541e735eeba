import { rowById, type OneRelation } from '../../common/read/read-model.js';

/** The person a row refers to (a participation, an office), as the contact's visibility allows. */
export const contactById = (column = 'contact_id'): OneRelation => rowById('Contact', column);

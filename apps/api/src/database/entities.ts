import { Collectivity } from '../modules/collectivities/collectivity.entity.js';

/** Every entity, for the data source and the migration tooling. */
export const entities = [Collectivity];

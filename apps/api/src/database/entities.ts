import { apiModules } from '../modules/index.js';

/** Every entity, for the data source and the migration tooling: those of every module. */
export const entities = apiModules.flatMap((module) => module.entities ?? []);

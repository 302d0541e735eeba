import { defineReadType } from '../../../common/read/read-model.js';
import { ParticipationImport } from './participation-import.entity.js';

/** The record of an edition's imports: the staff's, who import and undo. */
export const PARTICIPATION_IMPORT_READ = defineReadType({
  name: 'ParticipationImport',
  entity: ParticipationImport,
  visible: (caller) => caller.kind === 'STAFF',
});

import EventSeatIcon from '@mui/icons-material/EventSeat';
import { lazy } from 'react';

/** Who registered for an edition of the Rencontres: pages loaded on demand. */
const ParticipationList = lazy(() => import('./ParticipationList'));
const ParticipationCreate = lazy(() => import('./ParticipationCreate'));
const ParticipationEdit = lazy(() => import('./ParticipationEdit'));

/** The check-in desk and the import wizard of an edition (routes /events/:id/check-in and /events/:id/import). */
export const CheckInPage = lazy(() => import('./CheckInPage'));
export const ImportWizard = lazy(() => import('./ImportWizard'));
export const CHECK_IN_PATH = '/events/:id/check-in';
export const IMPORT_PATH = '/events/:id/import';

export const participations = {
  name: 'participations',
  list: ParticipationList,
  create: ParticipationCreate,
  edit: ParticipationEdit,
  icon: EventSeatIcon,
  recordRepresentation: (record: { displayName?: string }) => record.displayName ?? '',
};

export default participations;

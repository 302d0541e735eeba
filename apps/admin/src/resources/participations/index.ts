import EventSeatIcon from '@mui/icons-material/EventSeat';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { participationHistoryApi, participationsApi } from './api';
import { messages } from './messages';
import { participationsOperations } from './operations';

/** Who registered for an edition of the Rencontres: pages loaded on demand. */
const ParticipationList = lazy(() => import('./ParticipationList'));
const ParticipationCreate = lazy(() => import('./ParticipationCreate'));
const ParticipationEdit = lazy(() => import('./ParticipationEdit'));

/** The check-in desk and the import wizard of an edition (routes /events/:id/check-in and /events/:id/import). */
export const CheckInPage = lazy(() => import('./CheckInPage'));
export const ImportWizard = lazy(() => import('./ImportWizard'));
export const CHECK_IN_PATH = '/events/:id/check-in';
export const IMPORT_PATH = '/events/:id/import';

const STAFF_ACTIONS = ['list', 'create', 'edit', 'delete', 'export', 'checkIn', 'import'];

export const participations = defineConsoleResource({
  name: 'participations',
  list: ParticipationList,
  create: ParticipationCreate,
  edit: ParticipationEdit,
  icon: EventSeatIcon,
  recordRepresentation: (record: { displayName?: string }) => record.displayName ?? '',
  api: participationsApi,
  operations: participationsOperations,
  access: {
    ADMIN: STAFF_ACTIONS,
    STAFF: STAFF_ACTIONS,
    // their members' participations, read-only: no registration, export, check-in or import
    GROUP_PRESIDENT: ['list'],
  },
  messages,
  audit: {
    entityType: 'Participation',
    enumLabels: { role: 'territoria.participationRoles', status: 'territoria.participationStatuses' },
    recordPath: (id) => `/participations/${id}`,
  },
});

/** The participations shown on a collectivity's or a contact's page (a group president's members' too). */
export const participationHistory = defineConsoleResource({
  name: 'participationHistory',
  api: participationHistoryApi,
  access: { ADMIN: ['list'], STAFF: ['list'], GROUP_PRESIDENT: ['list'] },
});

export default participations;

import LocationCityIcon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { collectivitiesApi, membershipChangesApi } from './api';
import { messages } from './messages';
import { collectivitiesOperations } from './operations';

/** Pages are loaded on demand: the list first, the forms only when opened. */
const CollectivityList = lazy(() => import('./CollectivityList'));
const CollectivityShow = lazy(() => import('./CollectivityShow'));
const CollectivityEdit = lazy(() => import('./CollectivityEdit'));
const CollectivityCreate = lazy(() => import('./CollectivityCreate'));

export const collectivities = defineConsoleResource({
  name: 'collectivities',
  list: CollectivityList,
  show: CollectivityShow,
  edit: CollectivityEdit,
  create: CollectivityCreate,
  icon: LocationCityIcon,
  recordRepresentation: 'name',
  api: collectivitiesApi,
  operations: collectivitiesOperations,
  // a group president reads (the API narrows to their groups' members)
  access: { ADMIN: '*', STAFF: '*', GROUP_PRESIDENT: ['list', 'show', 'export'] },
  messages,
  audit: {
    entityType: 'Collectivity',
    enumLabels: { kind: 'territoria.kinds', membershipStatus: 'territoria.membershipStatuses' },
    recordPath: (id) => `/collectivities/${id}/show`,
  },
});

/** The membership history shown on a collectivity's page, to those who see the dues. */
export const membershipChanges = defineConsoleResource({
  name: 'membershipChanges',
  api: membershipChangesApi,
  access: { ADMIN: ['list'], STAFF: ['list'] },
});

export default collectivities;

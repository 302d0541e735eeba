import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { eventSessionsApi, eventsApi, labelAwardsApi } from './api';
import type { EventRecord } from './fields';
import { messages } from './messages';
import { eventsOperations } from './operations';

/** ADMIN and STAFF: the editions of the yearly Rencontres, their programme, labels and figures. */
const EventList = lazy(() => import('./EventList'));
const EventShow = lazy(() => import('./EventShow'));
const EventEdit = lazy(() => import('./EventEdit'));
const EventCreate = lazy(() => import('./EventCreate'));

/** The association's staff (a group president reads participations from his members' pages). */
const STAFF_ONLY = { ADMIN: '*', STAFF: '*' } as const;

export const events = defineConsoleResource({
  name: 'events',
  list: EventList,
  show: EventShow,
  edit: EventEdit,
  create: EventCreate,
  icon: EventIcon,
  recordRepresentation: (record: EventRecord) => `${record.title} (${record.year})`,
  api: eventsApi,
  operations: eventsOperations,
  access: STAFF_ONLY,
  messages,
  audit: { entityType: 'Event', recordPath: (id) => `/events/${id}/show` },
});

/** An edition's sessions and label awards: changed from the edition's page. */
export const eventSessions = defineConsoleResource({
  name: 'eventSessions',
  api: eventSessionsApi,
  access: STAFF_ONLY,
  audit: { entityType: 'EventSession', enumLabels: { kind: 'territoria.sessionKinds' } },
});

export const labelAwards = defineConsoleResource({
  name: 'labelAwards',
  api: labelAwardsApi,
  access: STAFF_ONLY,
  audit: { entityType: 'LabelAward' },
});

export default events;

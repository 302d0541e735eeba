import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';
import type { EventRecord } from './fields';

/** ADMIN and STAFF: the editions of the yearly Rencontres, their programme, labels and figures. */
const EventList = lazy(() => import('./EventList'));
const EventShow = lazy(() => import('./EventShow'));
const EventEdit = lazy(() => import('./EventEdit'));
const EventCreate = lazy(() => import('./EventCreate'));

export const events = {
  name: 'events',
  list: EventList,
  show: EventShow,
  edit: EventEdit,
  create: EventCreate,
  icon: EventIcon,
  recordRepresentation: (record: EventRecord) => `${record.title} (${record.year})`,
};

/** An edition's sessions and label awards: changed from the edition's page. */
export const eventSessions = { name: 'eventSessions' };
export const labelAwards = { name: 'labelAwards' };

export default events;

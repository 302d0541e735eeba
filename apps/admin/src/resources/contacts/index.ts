import ContactsIcon from '@mui/icons-material/Contacts';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { contactsApi, positionsApi } from './api';
import { messages } from './messages';

/** People of the collectivities: pages loaded on demand. */
const ContactList = lazy(() => import('./ContactList'));
const ContactShow = lazy(() => import('./ContactShow'));
const ContactEdit = lazy(() => import('./ContactEdit'));
const ContactCreate = lazy(() => import('./ContactCreate'));

export const contacts = defineConsoleResource({
  name: 'contacts',
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactsIcon,
  recordRepresentation: (record: { firstName?: string; lastName?: string }) =>
    `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim(),
  api: contactsApi,
  access: {
    // '*' includes exporting a person's data as JSON ("exportData") and erasing them ("erase")
    ADMIN: '*',
    STAFF: ['list', 'show', 'create', 'edit', 'export', 'merge'],
    // a page at a time (50 at most): no bulk export of personal data
    GROUP_PRESIDENT: ['list', 'show'],
  },
  messages,
  audit: {
    entityType: 'Contact',
    enumLabels: { consentStatus: 'territoria.consentStatuses', civility: 'territoria.civilities' },
    // merged contacts are gone: their history moved to the contact kept
    recordPath: (id, action) => action !== 'MERGE' && `/contacts/${id}/show`,
  },
});

/** A contact's positions: read with the contact, added and ended from the contact's page. */
export const positions = defineConsoleResource({
  name: 'positions',
  api: positionsApi,
  access: { ADMIN: '*', STAFF: '*' },
  audit: { entityType: 'Position', enumLabels: { kind: 'territoria.positionKinds' } },
});

export default contacts;

import ContactsIcon from '@mui/icons-material/Contacts';
import { lazy } from 'react';

/** People of the collectivities: pages loaded on demand. */
const ContactList = lazy(() => import('./ContactList'));
const ContactShow = lazy(() => import('./ContactShow'));
const ContactEdit = lazy(() => import('./ContactEdit'));
const ContactCreate = lazy(() => import('./ContactCreate'));

export const contacts = {
  name: 'contacts',
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactsIcon,
  recordRepresentation: (record: { firstName?: string; lastName?: string }) =>
    `${record.firstName ?? ''} ${record.lastName ?? ''}`.trim(),
};

export default contacts;

/** A contact's positions: read with the contact, added and ended from the contact's page. */
export const positions = { name: 'positions' };

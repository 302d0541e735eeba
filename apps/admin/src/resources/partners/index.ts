import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { partnerContactsApi, partnersApi } from './api';
import { messages } from './messages';

/** ADMIN and STAFF: the association's partners (ministries, agencies, EU programmes…). */
const PartnerList = lazy(() => import('./PartnerList'));
const PartnerShow = lazy(() => import('./PartnerShow'));
const PartnerEdit = lazy(() => import('./PartnerEdit'));
const PartnerCreate = lazy(() => import('./PartnerCreate'));

export const partners = defineConsoleResource({
  name: 'partners',
  list: PartnerList,
  show: PartnerShow,
  edit: PartnerEdit,
  create: PartnerCreate,
  icon: HandshakeIcon,
  recordRepresentation: 'name',
  api: partnersApi,
  access: { ADMIN: '*', STAFF: '*' },
  messages,
  audit: {
    entityType: 'Partner',
    enumLabels: { kind: 'territoria.partnerKinds' },
    recordPath: (id) => `/partners/${id}/show`,
  },
});

/** A partner's contacts, on its page. */
export const partnerContacts = defineConsoleResource({
  name: 'partnerContacts',
  api: partnerContactsApi,
  access: { ADMIN: ['list'], STAFF: ['list'] },
});

export default partners;

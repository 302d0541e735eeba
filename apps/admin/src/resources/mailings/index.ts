import MailIcon from '@mui/icons-material/Mail';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { MAILING_OPERATIONS, mailingRecipientsApi, mailingsApi } from './definition';
import { messages } from './i18n';

/** ADMIN and STAFF: messages to the network, their recipients and where each stands. */
const MailingList = lazy(() => import('./MailingList'));
const MailingShow = lazy(() => import('./MailingShow'));
const MailingEdit = lazy(() => import('./MailingEdit'));
const MailingCreate = lazy(() => import('./MailingCreate'));

export const mailings = defineConsoleResource({
  name: 'mailings',
  list: MailingList,
  show: MailingShow,
  edit: MailingEdit,
  create: MailingCreate,
  icon: MailIcon,
  recordRepresentation: (record: { subject: string }) => record.subject,
  api: mailingsApi,
  operations: MAILING_OPERATIONS,
  // ADMIN and STAFF write to the network; group presidents do not.
  access: { ADMIN: '*', STAFF: '*' },
  messages,
  audit: { entityType: 'Mailing' },
});

/** A sent mailing's recipients: read from its page. */
export const mailingRecipients = defineConsoleResource({
  name: 'mailingRecipients',
  api: mailingRecipientsApi,
  access: { ADMIN: ['list'], STAFF: ['list'] },
});

import MailIcon from '@mui/icons-material/Mail';
import { lazy } from 'react';

/** ADMIN and STAFF: messages to the network, their recipients and where each stands. */
const MailingList = lazy(() => import('./MailingList'));
const MailingShow = lazy(() => import('./MailingShow'));
const MailingEdit = lazy(() => import('./MailingEdit'));
const MailingCreate = lazy(() => import('./MailingCreate'));

export const mailings = {
  name: 'mailings',
  list: MailingList,
  show: MailingShow,
  edit: MailingEdit,
  create: MailingCreate,
  icon: MailIcon,
  recordRepresentation: (record: { subject: string }) => record.subject,
};

/** A sent mailing's recipients: read from its page. */
export const mailingRecipients = { name: 'mailingRecipients' };

/** The resources a role sees: the association's staff only. */
export const mailingResourcesFor = (role: string | undefined) =>
  role === 'ADMIN' || role === 'STAFF' ? [mailings, mailingRecipients] : [];

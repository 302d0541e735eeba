import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { partnershipsApi } from './api';
import type { Partnership } from './fields';
import { messages } from './messages';
import { partnershipsOperations } from './operations';

/** ADMIN and STAFF: what each partner brings, year by year. */
const PartnershipList = lazy(() => import('./PartnershipList'));
const PartnershipEdit = lazy(() => import('./PartnershipEdit'));
const PartnershipCreate = lazy(() => import('./PartnershipCreate'));

export const partnerships = defineConsoleResource({
  name: 'partnerships',
  list: PartnershipList,
  edit: PartnershipEdit,
  create: PartnershipCreate,
  icon: RequestQuoteIcon,
  recordRepresentation: (record: Partnership) => `${record.partner?.name ?? ''} ${record.year}`.trim(),
  api: partnershipsApi,
  operations: partnershipsOperations,
  access: { ADMIN: '*', STAFF: '*' },
  messages,
  audit: { entityType: 'Partnership', enumLabels: { kind: 'territoria.partnershipKinds' } },
});

export default partnerships;

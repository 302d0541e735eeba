import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { lazy } from 'react';
import type { Partnership } from './fields';

/** ADMIN and STAFF: what each partner brings, year by year. */
const PartnershipList = lazy(() => import('./PartnershipList'));
const PartnershipEdit = lazy(() => import('./PartnershipEdit'));
const PartnershipCreate = lazy(() => import('./PartnershipCreate'));

export const partnerships = {
  name: 'partnerships',
  list: PartnershipList,
  edit: PartnershipEdit,
  create: PartnershipCreate,
  icon: RequestQuoteIcon,
  recordRepresentation: (record: Partnership) => `${record.partner?.name ?? ''} ${record.year}`.trim(),
};

export default partnerships;

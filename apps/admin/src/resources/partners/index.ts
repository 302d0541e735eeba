import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazy } from 'react';

/** ADMIN and STAFF: the association's partners (ministries, agencies, EU programmes…). */
const PartnerList = lazy(() => import('./PartnerList'));
const PartnerShow = lazy(() => import('./PartnerShow'));
const PartnerEdit = lazy(() => import('./PartnerEdit'));
const PartnerCreate = lazy(() => import('./PartnerCreate'));

export const partners = {
  name: 'partners',
  list: PartnerList,
  show: PartnerShow,
  edit: PartnerEdit,
  create: PartnerCreate,
  icon: HandshakeIcon,
  recordRepresentation: 'name',
};

export default partners;

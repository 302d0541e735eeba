import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';

/** ADMIN only: the "Journal" of every change. A record's own history is RecordHistory (ADMIN and STAFF). */
const AuditEntryList = lazy(() => import('./AuditEntryList'));

export const auditEntries = {
  name: 'auditEntries',
  list: AuditEntryList,
  icon: HistoryIcon,
};

export default auditEntries;

import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { auditEntriesApi, historyApi } from './api';
import { messages } from './messages';

/** ADMIN only: the "Journal" of every change. A record's own history is RecordHistory (ADMIN and STAFF). */
const AuditEntryList = lazy(() => import('./AuditEntryList'));

export const auditEntries = defineConsoleResource({
  name: 'auditEntries',
  list: AuditEntryList,
  icon: HistoryIcon,
  api: auditEntriesApi,
  access: { ADMIN: ['list', 'export'] },
  messages,
});

/** One record's history (the "Historique" of a record's page): no page of its own. */
export const history = defineConsoleResource({
  name: 'history',
  api: historyApi,
  access: { ADMIN: ['list'], STAFF: ['list'] },
});

export default auditEntries;

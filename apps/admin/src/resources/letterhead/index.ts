import ArticleIcon from '@mui/icons-material/Article';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { letterheadMessages } from './messages';
import { LETTERHEAD_OPERATIONS } from './operations';

/** ADMIN only: the letterhead printed on dues calls and receipts. */
const LetterheadPage = lazy(() => import('./LetterheadPage'));

export const letterhead = defineConsoleResource({
  name: 'letterhead',
  list: LetterheadPage,
  icon: ArticleIcon,
  options: { label: 'letterhead.menu' },
  operations: LETTERHEAD_OPERATIONS,
  access: { ADMIN: ['list', 'edit'] },
  messages: letterheadMessages,
  audit: { entityType: 'Letterhead' },
});

export default letterhead;

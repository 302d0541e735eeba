import ArticleIcon from '@mui/icons-material/Article';
import { lazy } from 'react';

/** ADMIN only: the letterhead printed on dues calls and receipts. */
const LetterheadPage = lazy(() => import('./LetterheadPage'));

export const letterhead = {
  name: 'letterhead',
  list: LetterheadPage,
  icon: ArticleIcon,
  options: { label: 'letterhead.menu' },
};

export default letterhead;

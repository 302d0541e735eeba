import KeyIcon from '@mui/icons-material/Key';
import { lazy } from 'react';

/** ADMIN only: tokens for other applications (read-only access to the API). */
const ApiTokenList = lazy(() => import('./ApiTokenList'));
const ApiTokenCreate = lazy(() => import('./ApiTokenCreate'));

export const apiTokens = {
  name: 'apiTokens',
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: KeyIcon,
  recordRepresentation: 'name',
};

export default apiTokens;

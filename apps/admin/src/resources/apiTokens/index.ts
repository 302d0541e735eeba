import KeyIcon from '@mui/icons-material/Key';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { apiTokensApi } from './api';
import { messages } from './messages';

/** ADMIN only: tokens for other applications (read-only access to the API). */
const ApiTokenList = lazy(() => import('./ApiTokenList'));
const ApiTokenCreate = lazy(() => import('./ApiTokenCreate'));

export const apiTokens = defineConsoleResource({
  name: 'apiTokens',
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: KeyIcon,
  recordRepresentation: 'name',
  api: apiTokensApi,
  access: { ADMIN: ['list', 'create', 'revoke'] },
  messages,
  audit: { entityType: 'ApiToken' },
});

export default apiTokens;

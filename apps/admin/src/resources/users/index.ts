import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import { defineConsoleResource } from '../consoleResource';
import { usersApi } from './api';
import { messages } from './messages';

/** ADMIN only. Users are never deleted: they are deactivated. */
const UserList = lazy(() => import('./UserList'));
const UserEdit = lazy(() => import('./UserEdit'));
const UserCreate = lazy(() => import('./UserCreate'));

export const users = defineConsoleResource({
  name: 'users',
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
  api: usersApi,
  access: { ADMIN: ['list', 'create', 'edit'] },
  messages,
  audit: { entityType: 'User', enumLabels: { role: 'territoria.roles' } },
});

export default users;

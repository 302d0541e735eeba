import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';

/** ADMIN only. Users are never deleted: they are deactivated. */
const UserList = lazy(() => import('./UserList'));
const UserEdit = lazy(() => import('./UserEdit'));
const UserCreate = lazy(() => import('./UserCreate'));

export const users = {
  name: 'users',
  list: UserList,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};

export default users;

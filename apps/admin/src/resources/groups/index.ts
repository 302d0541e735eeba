import InterestsIcon from '@mui/icons-material/Interests';
import PublicIcon from '@mui/icons-material/Public';
import { lazy } from 'react';

/**
 * Country groups and thematic groups: one set of pages, the resource fixing the kind (the
 * resource table sends it as a fixed filter of the `groups` query).
 */
const GroupList = lazy(() => import('./GroupList'));
const GroupShow = lazy(() => import('./GroupShow'));
const GroupEdit = lazy(() => import('./GroupEdit'));
const GroupCreate = lazy(() => import('./GroupCreate'));
const GroupRedirect = lazy(() => import('./GroupRedirect'));

export const countryGroups = {
  name: 'countryGroups',
  list: GroupList,
  show: GroupShow,
  edit: GroupEdit,
  create: GroupCreate,
  icon: PublicIcon,
  recordRepresentation: 'name',
};

export const thematicGroups = {
  name: 'thematicGroups',
  list: GroupList,
  show: GroupShow,
  edit: GroupEdit,
  create: GroupCreate,
  icon: InterestsIcon,
  recordRepresentation: 'name',
};

/** Groups of either kind: the pickers' resource; its page sends to the group's page for its kind. */
export const groups = {
  name: 'groups',
  show: GroupRedirect,
  recordRepresentation: 'name',
};

/** A group's members (a page at a time) and officers: read and changed from the group's page. */
export const groupMembers = { name: 'groupMembers' };
export const groupOffices = { name: 'groupOffices' };

export default countryGroups;

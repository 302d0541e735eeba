import InterestsIcon from '@mui/icons-material/Interests';
import PublicIcon from '@mui/icons-material/Public';
import { lazy } from 'react';
import { defineConsoleResource, type Access } from '../consoleResource';
import { countryGroupsApi, groupMembersApi, groupOfficesApi, groupsApi, thematicGroupsApi } from './api';
import { messages } from './messages';

/**
 * Country groups and thematic groups: one set of pages, the resource fixing the kind (the
 * data provider sends it as a fixed filter of the `groups` query).
 */
const GroupList = lazy(() => import('./GroupList'));
const GroupShow = lazy(() => import('./GroupShow'));
const GroupEdit = lazy(() => import('./GroupEdit'));
const GroupCreate = lazy(() => import('./GroupCreate'));
const GroupRedirect = lazy(() => import('./GroupRedirect'));

/** The staff manage groups; a group president reads the groups they preside (the API narrows). */
const GROUP_ACCESS = { ADMIN: '*', STAFF: '*', GROUP_PRESIDENT: ['list', 'show'] } satisfies Record<string, Access>;
const GROUP_PAGES = { list: GroupList, show: GroupShow, edit: GroupEdit, create: GroupCreate, recordRepresentation: 'name' };

export const countryGroups = defineConsoleResource({
  name: 'countryGroups',
  ...GROUP_PAGES,
  icon: PublicIcon,
  api: countryGroupsApi,
  access: GROUP_ACCESS,
  messages,
});

export const thematicGroups = defineConsoleResource({
  name: 'thematicGroups',
  ...GROUP_PAGES,
  icon: InterestsIcon,
  api: thematicGroupsApi,
  access: GROUP_ACCESS,
});

/** Groups of either kind: the pickers' resource; its page sends to the group's page for its kind. */
export const groups = defineConsoleResource({
  name: 'groups',
  show: GroupRedirect,
  recordRepresentation: 'name',
  api: groupsApi,
  access: GROUP_ACCESS,
  audit: {
    entityType: 'Group',
    enumLabels: { kind: 'territoria.groupKinds' },
    // the group's page for its kind (see GroupRedirect)
    recordPath: (id) => `/groups/${id}/show`,
  },
});

/** A group's members (a page at a time) and officers: read and changed from the group's page. */
export const groupMembers = defineConsoleResource({
  name: 'groupMembers',
  api: groupMembersApi,
  access: { ADMIN: '*', STAFF: '*', GROUP_PRESIDENT: ['list'] },
  audit: { entityType: 'GroupMember' },
});

export const groupOffices = defineConsoleResource({
  name: 'groupOffices',
  api: groupOfficesApi,
  access: { ADMIN: '*', STAFF: '*', GROUP_PRESIDENT: ['list'] },
  audit: { entityType: 'GroupOffice', enumLabels: { role: 'territoria.officerRoles' } },
});

export default countryGroups;

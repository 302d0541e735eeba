import type * as Api from '@territoria/client';
import { ROLES } from '../../providers/authProvider';

/** Choices carry translation keys: react-admin inputs and fields translate them in the current language. */
export const ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: `territoria.roles.${role}` }));

export const ROLE_COLORS: Record<Api.Role, 'primary' | 'secondary' | 'default'> = {
  ADMIN: 'secondary',
  STAFF: 'primary',
  GROUP_PRESIDENT: 'default',
};

/** The "active" filter: strings, as a select sends them (the resource table turns them into booleans). */
export const ACTIVE_CHOICES = [
  { id: 'true', name: 'resources.users.filters.active' },
  { id: 'false', name: 'resources.users.filters.inactive' },
];

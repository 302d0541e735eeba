import type * as Api from '@territoria/client';
import { EventSessionKind, ParticipationRole, ParticipationStatus } from '@territoria/domain';

/**
 * The events module's enums as react-admin choices: ids are the API's values, names translation
 * keys (territoria.sessionKinds…), so inputs and fields show them in the console's language.
 * Shared by the events pages and the participations pages.
 */
export const SESSION_KINDS = Object.values(EventSessionKind);
export const PARTICIPATION_ROLES = Object.values(ParticipationRole);
export const PARTICIPATION_STATUSES = Object.values(ParticipationStatus);

export const sessionKindChoices = SESSION_KINDS.map((kind) => ({ id: kind, name: `territoria.sessionKinds.${kind}` }));

export const participationRoleChoices = PARTICIPATION_ROLES.map((role) => ({
  id: role,
  name: `territoria.participationRoles.${role}`,
}));

export const participationStatusChoices = PARTICIPATION_STATUSES.map((status) => ({
  id: status,
  name: `territoria.participationStatuses.${status}`,
}));

export const PARTICIPATION_STATUS_COLORS: Record<Api.ParticipationStatus, 'info' | 'success' | 'default' | 'warning'> = {
  REGISTERED: 'info',
  ATTENDED: 'success',
  CANCELLED: 'default',
  NO_SHOW: 'warning',
};

import type * as Api from '@territoria/client';
import { COLLECTIVITY_KINDS, MEMBERSHIP_STATUSES } from '@territoria/domain';

/** Choices carry translation keys: react-admin inputs and fields translate them in the current language. */
export const KIND_CHOICES = COLLECTIVITY_KINDS.map((kind) => ({ id: kind, name: `territoria.kinds.${kind}` }));

export const MEMBERSHIP_STATUS_CHOICES = MEMBERSHIP_STATUSES.map((status) => ({
  id: status,
  name: `territoria.membershipStatuses.${status}`,
}));

export const MEMBERSHIP_STATUS_COLORS: Record<Api.MembershipStatus, 'success' | 'default' | 'info' | 'warning'> = {
  MEMBER: 'success',
  FORMER_MEMBER: 'warning',
  PROSPECT: 'info',
  NONE: 'default',
};

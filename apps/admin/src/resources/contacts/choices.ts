import type * as Api from '@territoria/client';
import { Civility, ConsentStatus, PositionKind } from '@territoria/domain';

/** Choices carry translation keys: react-admin inputs and fields translate them in the current language. */
export const CIVILITY_CHOICES = Object.values(Civility).map((value) => ({ id: value, name: `territoria.civilities.${value}` }));

export const CONSENT_STATUS_CHOICES = Object.values(ConsentStatus).map((value) => ({
  id: value,
  name: `territoria.consentStatuses.${value}`,
}));

export const POSITION_KIND_CHOICES = Object.values(PositionKind).map((value) => ({
  id: value,
  name: `territoria.positionKinds.${value}`,
}));

export const CONSENT_STATUS_COLORS: Record<Api.ConsentStatus, 'success' | 'default' | 'warning'> = {
  GIVEN: 'success',
  UNKNOWN: 'default',
  WITHDRAWN: 'warning',
};

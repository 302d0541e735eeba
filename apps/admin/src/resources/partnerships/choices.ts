import type * as Api from '@territoria/client';
import { PartnershipKind } from '@territoria/domain';

export const PARTNERSHIP_KINDS = Object.values(PartnershipKind);

export const PARTNERSHIP_KIND_CHOICES = PARTNERSHIP_KINDS.map((kind) => ({
  id: kind,
  name: `territoria.partnershipKinds.${kind}`,
}));

export const PARTNERSHIP_KIND_COLORS: Record<Api.PartnershipKind, 'success' | 'info' | 'default'> = {
  FINANCIAL: 'success',
  IN_KIND: 'info',
  INSTITUTIONAL: 'default',
};

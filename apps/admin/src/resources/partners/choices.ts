import { PartnerKind } from '@territoria/domain';

export const PARTNER_KINDS = Object.values(PartnerKind);

/** Choices carry translation keys: inputs and fields translate them in the current language. */
export const PARTNER_KIND_CHOICES = PARTNER_KINDS.map((kind) => ({ id: kind, name: `territoria.partnerKinds.${kind}` }));

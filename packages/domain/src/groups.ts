export const GroupKind = { COUNTRY: 'COUNTRY', THEMATIC: 'THEMATIC' } as const;
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];

export const OfficerRole = {
  PRESIDENT: 'PRESIDENT',
  CO_PRESIDENT: 'CO_PRESIDENT',
  VICE_PRESIDENT: 'VICE_PRESIDENT',
  SECRETARY: 'SECRETARY',
} as const;
export type OfficerRole = (typeof OfficerRole)[keyof typeof OfficerRole];

/** Whoever holds one of these offices today presides the group, and sees it as a group president. */
export const PRESIDING_ROLES: readonly OfficerRole[] = [OfficerRole.PRESIDENT, OfficerRole.CO_PRESIDENT];

export const CooperationKind = {
  DECENTRALISED_COOPERATION: 'DECENTRALISED_COOPERATION',
  TWINNING: 'TWINNING',
  FRIENDSHIP_PACT: 'FRIENDSHIP_PACT',
  MEMORANDUM_OF_UNDERSTANDING: 'MEMORANDUM_OF_UNDERSTANDING',
  OTHER: 'OTHER',
} as const;
export type CooperationKind = (typeof CooperationKind)[keyof typeof CooperationKind];

/** Two terms overlap when neither ends before the other starts (an open term never ends). */
export function termsOverlap(
  first: { start: string; end: string | null },
  second: { start: string; end: string | null },
): boolean {
  return (first.end === null || first.end >= second.start) && (second.end === null || second.end >= first.start);
}

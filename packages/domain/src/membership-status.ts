export const MembershipStatus = {
  MEMBER: 'MEMBER',
  FORMER_MEMBER: 'FORMER_MEMBER',
  PROSPECT: 'PROSPECT',
  NONE: 'NONE',
} as const;
export type MembershipStatus = (typeof MembershipStatus)[keyof typeof MembershipStatus];

export const MEMBERSHIP_STATUSES = Object.values(MembershipStatus);

export const Civility = { MR: 'MR', MS: 'MS' } as const;
export type Civility = (typeof Civility)[keyof typeof Civility];

/** An elected official's mandate, a staff member's job, or anything else. */
export const PositionKind = { ELECTED: 'ELECTED', STAFF: 'STAFF', OTHER: 'OTHER' } as const;
export type PositionKind = (typeof PositionKind)[keyof typeof PositionKind];

export const ConsentStatus = { UNKNOWN: 'UNKNOWN', GIVEN: 'GIVEN', WITHDRAWN: 'WITHDRAWN' } as const;
export type ConsentStatus = (typeof ConsentStatus)[keyof typeof ConsentStatus];

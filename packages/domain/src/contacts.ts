export const Civility = { MR: 'MR', MS: 'MS' } as const;
export type Civility = (typeof Civility)[keyof typeof Civility];

/** An elected official's mandate, a staff member's job, or anything else. */
export const PositionKind = { ELECTED: 'ELECTED', STAFF: 'STAFF', OTHER: 'OTHER' } as const;
export type PositionKind = (typeof PositionKind)[keyof typeof PositionKind];

export const ConsentStatus = { UNKNOWN: 'UNKNOWN', GIVEN: 'GIVEN', WITHDRAWN: 'WITHDRAWN' } as const;
export type ConsentStatus = (typeof ConsentStatus)[keyof typeof ConsentStatus];

/** Words of an elected mandate in a collectivity, accents and case aside. */
const ELECTED_WORDS =
  /\b(maire|adjointe?|conseill(er|ere)|(vice[- ]?)?presidente?|senat(eur|rice)|deputee?|elue?|delegue(e)? (du|de la|aux?) (maire|president))\b/;
/** Words of a job held by staff. */
const STAFF_WORDS =
  /\b(charge(e)? de (mission|projets?|relations?|cooperation)|direct(eur|rice)|responsable|chef(fe)?|agent|coordinat(eur|rice)|attache(e)?|assistante?|dgs|dga|secretaire general(e)?|gestionnaire|officer|manager|director|head|project)\b/;

/**
 * The kind of a position read from its title as people write it ("Adjointe au maire chargée
 * des relations internationales", "Chargé de mission AICT"): staff words first (a "chargée de
 * mission auprès du maire" is staff), then elected ones; OTHER when neither says. In a partner
 * (an association, an agency), only a staff title says something: its president is no elected official.
 */
export function guessPositionKind(title: string, organisation: 'COLLECTIVITY' | 'PARTNER' = 'COLLECTIVITY'): PositionKind {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (STAFF_WORDS.test(words)) return PositionKind.STAFF;
  if (organisation === 'COLLECTIVITY' && ELECTED_WORDS.test(words)) return PositionKind.ELECTED;
  return PositionKind.OTHER;
}

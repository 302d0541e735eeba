import type { ParticipationRole } from './events.js';

/** The image types a letter can embed (what PDF renderers read without conversion). */
export const LETTERHEAD_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export type LetterheadImageType = (typeof LETTERHEAD_IMAGE_TYPES)[number];

/** A logo or a signature: a printed letter needs no more, and every letter embeds it. */
export const LETTERHEAD_IMAGE_MAX_BYTES = 512 * 1024;

export const LETTERHEAD_LIMITS = { organisationName: 200, address: 500, signatory: 200 } as const;

/** Why a letterhead image is refused (a field error's code). */
export const LetterheadImageProblem = {
  IMAGE_NOT_DATA_URL: 'IMAGE_NOT_DATA_URL',
  IMAGE_TYPE_NOT_ALLOWED: 'IMAGE_TYPE_NOT_ALLOWED',
  IMAGE_CONTENT_MISMATCH: 'IMAGE_CONTENT_MISMATCH',
  IMAGE_TOO_LARGE: 'IMAGE_TOO_LARGE',
} as const;
export type LetterheadImageProblem = (typeof LetterheadImageProblem)[keyof typeof LetterheadImageProblem];

/** The colour of a participation's role on its badge (hex, printed as a band). */
export const BADGE_ROLE_COLOURS: Record<ParticipationRole, string> = {
  ATTENDEE: '#1565c0',
  SPEAKER: '#c62828',
  ORGANISER: '#2e7d32',
  PARTNER: '#6a1b9a',
  FOREIGN_DELEGATION: '#ef6c00',
  EMBASSY: '#00838f',
  PRESS: '#455a64',
};

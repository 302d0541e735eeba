/** The parts of an edition's programme. */
export const EventSessionKind = {
  PLENARY: 'PLENARY',
  WORKSHOP: 'WORKSHOP',
  MICRO_WORKSHOP: 'MICRO_WORKSHOP',
  QUIZ: 'QUIZ',
  CEREMONY: 'CEREMONY',
  OTHER: 'OTHER',
} as const;
export type EventSessionKind = (typeof EventSessionKind)[keyof typeof EventSessionKind];

/** In what capacity someone takes part in an edition. */
export const ParticipationRole = {
  ATTENDEE: 'ATTENDEE',
  SPEAKER: 'SPEAKER',
  ORGANISER: 'ORGANISER',
  PARTNER: 'PARTNER',
  FOREIGN_DELEGATION: 'FOREIGN_DELEGATION',
  EMBASSY: 'EMBASSY',
  PRESS: 'PRESS',
} as const;
export type ParticipationRole = (typeof ParticipationRole)[keyof typeof ParticipationRole];

export const ParticipationStatus = {
  REGISTERED: 'REGISTERED',
  ATTENDED: 'ATTENDED',
  CANCELLED: 'CANCELLED',
  NO_SHOW: 'NO_SHOW',
} as const;
export type ParticipationStatus = (typeof ParticipationStatus)[keyof typeof ParticipationStatus];

/** Who counts as a participant in the figures: everyone registered and not cancelled. */
export const COUNTED_PARTICIPATION_STATUSES: readonly ParticipationStatus[] = [
  ParticipationStatus.REGISTERED,
  ParticipationStatus.ATTENDED,
  ParticipationStatus.NO_SHOW,
];

/** The columns a registration list may carry, once mapped. */
export const ImportField = {
  CIVILITY: 'CIVILITY',
  FIRST_NAME: 'FIRST_NAME',
  LAST_NAME: 'LAST_NAME',
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  JOB_TITLE: 'JOB_TITLE',
  ORGANISATION: 'ORGANISATION',
  ORGANISATION_TYPE: 'ORGANISATION_TYPE',
  ORGANISATION_CODE: 'ORGANISATION_CODE',
  COUNTRY: 'COUNTRY',
  ROLE: 'ROLE',
  /** Registered, present, absent or cancelled, as the event platform or the sign-in sheet says. */
  STATUS: 'STATUS',
  REGISTERED_AT: 'REGISTERED_AT',
} as const;
export type ImportField = (typeof ImportField)[keyof typeof ImportField];

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab / carriage return) as a formula:
 * a quote in front makes it text again. Every CSV export passes its cells through this.
 */
export function neutraliseSpreadsheetFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

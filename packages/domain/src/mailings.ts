export const MailingStatus = { DRAFT: 'DRAFT', SENDING: 'SENDING', SENT: 'SENT' } as const;
export type MailingStatus = (typeof MailingStatus)[keyof typeof MailingStatus];

/**
 * Where one message of a mailing stands: QUEUED (waiting, or waiting to be retried), SENDING (claimed
 * by a sender), SENT (accepted by the SMTP server), FAILED (refused for good, or interrupted while
 * sending and not retried so as never to send twice), BOUNCED (the server refused the address),
 * SKIPPED (consent withdrawn or contact erased before its turn).
 */
export const RecipientStatus = {
  QUEUED: 'QUEUED',
  SENDING: 'SENDING',
  SENT: 'SENT',
  FAILED: 'FAILED',
  BOUNCED: 'BOUNCED',
  SKIPPED: 'SKIPPED',
} as const;
export type RecipientStatus = (typeof RecipientStatus)[keyof typeof RecipientStatus];

/** Largest mailing body, in bytes (UTF-8). */
export const MAILING_BODY_MAX_BYTES = 1024 * 1024;

/** The dues letter a mailing may attach for each recipient's collectivity: a call (dues to pay) or a receipt (dues paid). */
export const DuesLetterKind = { CALL: 'CALL', RECEIPT: 'RECEIPT' } as const;
export type DuesLetterKind = (typeof DuesLetterKind)[keyof typeof DuesLetterKind];

/** Largest file attached to a mailing, in bytes. */
export const MAILING_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Most bytes of files one mailing carries in all: mail servers commonly refuse messages over 20 to
 * 25 MB, and base64 makes an attachment a third larger.
 */
export const MAILING_ATTACHMENTS_MAX_BYTES = 15 * 1024 * 1024;
/** Longest attachment file name, in characters. */
export const MAILING_ATTACHMENT_NAME_MAX_LENGTH = 200;

/** The merge fields a mailing's subject and body may hold, written `{{contact.lastName}}`. */
export const MERGE_FIELDS = [
  'contact.civility',
  'contact.firstName',
  'contact.lastName',
  'contact.email',
  'collectivity.name',
  'dues.amount',
  'dues.year',
  'edition.title',
  'edition.date',
  'edition.venue',
  'edition.city',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

const MERGE_FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The merge fields a text names, known or not, each once. */
export function mergeFieldsIn(text: string): string[] {
  return [...new Set([...text.matchAll(MERGE_FIELD_PATTERN)].map((match) => match[1]!))];
}

export function isMergeField(name: string): name is MergeField {
  return (MERGE_FIELDS as readonly string[]).includes(name);
}

/** Fills the merge fields of a text; a field without a value becomes empty. */
export function fillMergeFields(text: string, values: Partial<Record<MergeField, string | null>>): string {
  return text.replace(MERGE_FIELD_PATTERN, (_match, name: string) => (isMergeField(name) ? (values[name] ?? '') : ''));
}

/**
 * French typography: a space typed before ; : ! ? » or after « becomes the non-breaking space it
 * should be (narrow before ; ! ?, ordinary non-breaking before : and inside guillemets), so the
 * punctuation never starts a line; non-breaking spaces already typed are kept as they are.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ +([;!?])/g, '\u202F$1')
    .replace(/ +([:»])/g, '\u00A0$1')
    .replace(/« +/g, '«\u00A0');
}

/** The changes an integration can be told about by webhook, as `<record>.<change>`. */
export const WEBHOOK_EVENT_TYPES = [
  'collectivity.created',
  'collectivity.updated',
  'collectivity.deleted',
  'membership.changed',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.erased',
  'participation.created',
  'participation.updated',
  'participation.deleted',
  'dues.paid',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

export const WebhookDeliveryStatus = {
  /** Waiting for its first attempt or for a retry. */
  PENDING: 'PENDING',
  SUCCEEDED: 'SUCCEEDED',
  /** Retried for the whole retry window without success, or its endpoint was disabled. */
  FAILED: 'FAILED',
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

/** Longest webhook URL accepted. */
export const WEBHOOK_URL_MAX_LENGTH = 2000;

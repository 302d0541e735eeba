import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const signature = (recipientId: string, key: string) =>
  createHmac('sha256', key).update(`unsubscribe:${recipientId}`).digest('base64url');

/** One token per message: the recipient row's id and its HMAC, so a link cannot be made up or altered. */
export function unsubscribeToken(recipientId: string, key: string): string {
  return `${recipientId}.${signature(recipientId, key)}`;
}

/** The recipient a token was made for, or null when it was altered or made up. */
export function verifyUnsubscribeToken(token: string, key: string): string | null {
  const [recipientId, given, ...rest] = token.split('.');
  if (!recipientId || !given || rest.length > 0 || !UUID.test(recipientId)) return null;
  const expected = Buffer.from(signature(recipientId, key));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? recipientId : null;
}

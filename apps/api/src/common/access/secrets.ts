import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Secrets are random and long: a fast hash is enough, and lets a request find its row by index. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

import { WEBHOOK_URL_MAX_LENGTH } from '@territoria/domain';
import ipaddr from 'ipaddr.js';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { UserInputError } from '../../common/errors/app-errors.js';

/** Why a webhook URL is refused, as the `code` of the field error. */
export const WebhookUrlProblem = {
  INVALID: 'WEBHOOK_URL_INVALID',
  SCHEME: 'WEBHOOK_URL_SCHEME',
  TOO_LONG: 'WEBHOOK_URL_TOO_LONG',
  PRIVATE: 'WEBHOOK_URL_PRIVATE',
  UNRESOLVED: 'WEBHOOK_URL_UNRESOLVED',
} as const;

const MESSAGES: Record<(typeof WebhookUrlProblem)[keyof typeof WebhookUrlProblem], string> = {
  WEBHOOK_URL_INVALID: 'Not a URL.',
  WEBHOOK_URL_SCHEME: 'The URL must start with http:// or https://.',
  WEBHOOK_URL_TOO_LONG: `The URL is longer than ${WEBHOOK_URL_MAX_LENGTH} characters.`,
  WEBHOOK_URL_PRIVATE: 'The URL points to a private, loopback or link-local address.',
  WEBHOOK_URL_UNRESOLVED: 'The host of the URL has no address.',
};

function refuse(code: keyof typeof MESSAGES, extra = ''): UserInputError {
  return UserInputError.forField('url', code, `${MESSAGES[code]}${extra}`);
}

/** Only public unicast addresses: private, loopback, link-local, carrier NAT, multicast, reserved… are refused. */
export function isPublicAddress(address: string): boolean {
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/**
 * Checks a webhook URL at registration: http(s), at most 2,000 characters, and (unless private
 * addresses are allowed) a host whose every address is public. Delivery checks the address it
 * connects to again, since DNS answers change (webhook-sender.ts).
 */
export async function checkWebhookUrl(url: string, allowPrivate: boolean): Promise<string> {
  if (url.length > WEBHOOK_URL_MAX_LENGTH) throw refuse('WEBHOOK_URL_TOO_LONG');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse('WEBHOOK_URL_INVALID');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw refuse('WEBHOOK_URL_SCHEME');
  if (allowPrivate) return parsed.toString();
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true })).map((entry) => entry.address);
    } catch {
      throw refuse('WEBHOOK_URL_UNRESOLVED');
    }
  }
  if (addresses.length === 0) throw refuse('WEBHOOK_URL_UNRESOLVED');
  if (!addresses.every(isPublicAddress)) throw refuse('WEBHOOK_URL_PRIVATE');
  return parsed.toString();
}

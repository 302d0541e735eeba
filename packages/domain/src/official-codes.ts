import { CollectivityKind } from './collectivity-kind.js';

/** SIREN: 9 digits whose Luhn checksum is a multiple of 10. */
export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    let digit = Number(value[8 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * INSEE codes are text, never numbers: leading zeros matter ("01053") and Corsica
 * uses 2A / 2B. Overseas codes are three digits for départements (971…976) and
 * five for their communes.
 */
const INSEE_FORMATS: Partial<Record<CollectivityKind, RegExp>> = {
  [CollectivityKind.COMMUNE]: /^(?:\d{5}|2[AB]\d{3})$/,
  // No département "20" since Corsica was split into 2A and 2B (1976).
  [CollectivityKind.DEPARTMENT]: /^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-6])$/,
  [CollectivityKind.REGION]: /^\d{2}$/,
  [CollectivityKind.OVERSEAS_COLLECTIVITY]: /^9[78]\d$/,
  // e.g. the Collectivité européenne d'Alsace is "6AE"
  [CollectivityKind.SPECIAL_STATUS]: /^[0-9][0-9A-Z]{1,4}$/,
};

export type InseeCodeProblem = 'NOT_ALLOWED_FOR_KIND' | 'INVALID_FORMAT';

export function checkInseeCode(kind: CollectivityKind, code: string): InseeCodeProblem | null {
  const format = INSEE_FORMATS[kind];
  if (!format) return 'NOT_ALLOWED_FOR_KIND';
  return format.test(code) ? null : 'INVALID_FORMAT';
}

export function inseeCodeExpectedFormat(kind: CollectivityKind): string | null {
  switch (kind) {
    case CollectivityKind.COMMUNE:
      return '5 characters, e.g. 21231 or 2A004';
    case CollectivityKind.DEPARTMENT:
      return '2 or 3 characters, e.g. 21, 2A or 974';
    case CollectivityKind.REGION:
      return '2 digits, e.g. 27';
    case CollectivityKind.OVERSEAS_COLLECTIVITY:
      return '3 digits, e.g. 975';
    case CollectivityKind.SPECIAL_STATUS:
      return '2 to 5 characters, e.g. 6AE';
    default:
      return null;
  }
}

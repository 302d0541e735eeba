/**
 * Money in the console. The API counts in integer euro cents (amountCents, totalCents…); the
 * console shows French amounts everywhere ("1 234,56 €", whatever the interface language: the
 * association's accounts are in euros, kept in France) and reads what staff type back to cents.
 *
 * Intl writes French amounts with a narrow no-break space (U+202F) between thousands and a
 * no-break space (U+00A0) before "€": lines never break inside an amount.
 */

export const MONEY_LOCALE = 'fr-FR';

const CURRENCY = new Intl.NumberFormat(MONEY_LOCALE, { style: 'currency', currency: 'EUR' });
const PLAIN = new Intl.NumberFormat(MONEY_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const isCents = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** 123456 → "1 234,56 €"; null / undefined → "" (nothing to show). */
export function formatCents(cents: number | null | undefined): string {
  return isCents(cents) ? CURRENCY.format(cents / 100) : '';
}

/** 123456 → "1 234,56" (no currency sign: a spreadsheet column titled "Montant (€)"). */
export function formatCentsPlain(cents: number | null | undefined): string {
  return isCents(cents) ? PLAIN.format(cents / 100) : '';
}

/**
 * 123456 → "1 234,56" with ordinary spaces: a CSV cell that French spreadsheet software reads
 * as a number (they do not all take U+202F as a thousands separator).
 */
export function formatCentsForCsv(cents: number | null | undefined): string {
  return formatCentsPlain(cents).replace(/[\u202f\u00a0]/g, ' ');
}

/** 123456 → "1234,56", 150000 → "1500", for an input being edited (no grouping to get in the way). */
export function centsToInput(cents: number | null | undefined): string {
  if (!isCents(cents)) return '';
  const negative = cents < 0;
  const absolute = Math.abs(Math.round(cents));
  const euros = Math.floor(absolute / 100);
  const rest = absolute % 100;
  return `${negative ? '-' : ''}${euros}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/**
 * What someone typed → cents, without floating-point rounding: "1 234,56", "1234.56", "1 234,5 €",
 * "1.234,56", "12" → 123456, 123456, 123450, 123456, 1200. An empty text is null (no amount);
 * anything that is not an amount, has more than two decimals or is ambiguous ("12,345") is NaN.
 */
export function parseEurosToCents(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  if (typeof text === 'number') return Number.isFinite(text) ? Math.round(text * 100) : Number.NaN;
  let value = text.replace(/[\s\u00a0\u202f\u2009']/g, '').replace(/(€|eur|euros?)$/i, '');
  if (value === '') return null;
  let sign = 1;
  if (value.startsWith('-') || value.startsWith('\u2212')) {
    sign = -1;
    value = value.slice(1);
  } else if (value.startsWith('+')) {
    value = value.slice(1);
  }
  // The decimal separator is the last "," or "." followed by one or two digits; any other
  // separator groups thousands (three digits after it).
  const decimal = /^(.*)[.,](\d{1,2})$/.exec(value);
  const integerPart = decimal ? decimal[1]! : value;
  const fraction = decimal ? decimal[2]! : '';
  const separators: string[] = integerPart.match(/[.,]/g) ?? [];
  const grouped = separators.length > 0;
  if (grouped ? !/^\d{1,3}([.,]\d{3})+$/.test(integerPart) : !/^\d*$/.test(integerPart)) return Number.NaN;
  if (!decimal && integerPart === '') return Number.NaN;
  // one kind of thousands separator, and another one for the decimals: "1.234,56", not "1,234,56"
  if (new Set(separators).size > 1) return Number.NaN;
  if (decimal && grouped && separators[0] === value.charAt(value.length - fraction.length - 1)) return Number.NaN;
  // "12,345" is three decimals to a French reader, thousands to an English one: ask again
  if (!decimal && separators.includes(',')) return Number.NaN;
  const euros = Number(integerPart.replace(/[.,]/g, ''));
  const cents = Number(fraction.padEnd(2, '0') || '0');
  const total = euros * 100 + cents;
  if (!Number.isSafeInteger(total)) return Number.NaN;
  return sign * total;
}

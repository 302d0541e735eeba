import { intlLocale } from '../i18n/i18nProvider';

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-03-31" for a date, local time (what a date input holds and the API's Date scalar takes). */
export const isoDay = (date: Date = new Date()) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * The API's calendar dates ("2021-04-02") for people: "2 avr. 2021" ("medium") or "02/04/2021"
 * ("short"). Read as a local day, never as UTC midnight (which shows the day before west of Greenwich).
 */
export function formatDay(value: string | null | undefined, locale: string, style: 'short' | 'medium' = 'medium'): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style }).format(date);
}

/** The current year and the ones before it, newest first: choices of a year filter. */
export function yearChoices(count = 12, from: number = new Date().getFullYear() + 1) {
  return Array.from({ length: count }, (_, index) => ({ id: from - index, name: String(from - index) }));
}

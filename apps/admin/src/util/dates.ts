import { intlLocale } from '../i18n/i18nProvider';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (value: number) => String(value).padStart(2, '0');

/** Today as the API's Date ("2026-03-31"), in the browser's time zone (what the person means by "today"). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "2025-03-12" → "12 mars 2025" (fr, long) / "12 mars 2025" (medium: "12 mars 2025") / "12/03/2025"
 * (short): a calendar date, read as a local day and never shifted by the time zone.
 */
export function formatDay(value: string | null | undefined, locale: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  if (!value) return '';
  const match = DATE.exec(value.slice(0, 10));
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style }).format(date);
}

/** "2025-03-12" → "12/03/2025" (fr) or "2025-03-12" (en): spreadsheet cells. */
export function formatDayForCsv(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const [year, month, day] = value.slice(0, 10).split('-');
  if (!year || !month || !day) return value;
  return locale === 'en' ? value.slice(0, 10) : `${day}/${month}/${year}`;
}

/** The next year and the ones before it, newest first: choices of a year filter. */
export function yearChoices(count = 12, from: number = new Date().getFullYear() + 1) {
  return Array.from({ length: count }, (_, index) => ({ id: from - index, name: String(from - index) }));
}

/** An API DateTime → "12/03/2025 14:05" (fr) for a spreadsheet cell, in Paris time (the association's). */
export function formatDateTimeForCsv(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : date.toLocaleString(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
}

/** An API DateTime → "12 mars 2025, 14:05" on a page, in the browser's time zone. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** An API DateTime → "09:42": the hour someone arrived, at the door. */
export function formatTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? ''
    : new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(date);
}

import { toCardinal } from 'n2words/fr-FR';

const EUROS = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * « 1 234,00 € »: French grouping and decimal comma, the spaces unbreakable (the narrow one
 * Intl uses for thousands becomes a plain no-break space, which every font has).
 */
export function formatEuros(cents: number): string {
  return EUROS.format(cents / 100).replace(/\u202f/g, '\u00a0');
}

/** « mille deux cent trente-quatre euros et cinquante centimes », « un million d'euros ». */
export function eurosInWords(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  // "un million d'euros": "de" after a round million or milliard.
  const unit = euros >= 1_000_000 && euros % 1_000_000 === 0 ? "d'euros" : euros > 1 ? 'euros' : 'euro';
  const words = `${toCardinal(euros)} ${unit}`;
  return rest === 0 ? words : `${words} et ${toCardinal(rest)} centime${rest > 1 ? 's' : ''}`;
}

/** « 2 décembre 2026 » for a calendar date "2026-12-02". */
export function longDate(calendarDate: string): string {
  return LONG_DATE.format(new Date(`${calendarDate}T00:00:00Z`));
}

/**
 * The association keeps French time: "today" (a mandate still current, dues past due, an edition
 * to come) is the date in Paris, in the API and in the database alike, whatever the server's zone.
 */
export const ASSOCIATION_TIME_ZONE = 'Europe/Paris';

/** The calendar date (YYYY-MM-DD) of an instant in the association's time zone. */
export function calendarDate(instant: Date = new Date(), timeZone: string = ASSOCIATION_TIME_ZONE): string {
  // sv-SE writes dates as YYYY-MM-DD
  return instant.toLocaleDateString('sv-SE', { timeZone });
}

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

/** How far ahead of UTC a time zone's clocks are at an instant, in milliseconds. */
function utcOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a clock in the association's time zone shows a date and time ("14/06/2021 09:30"
 * in a registration list means 09:30 in Paris). null for a date that does not exist (31/02).
 */
export function wallTimeInstant(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
  seconds = 0,
  timeZone: string = ASSOCIATION_TIME_ZONE,
): Date | null {
  const wall = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59
  ) {
    return null;
  }
  // The offset at the guess, then at the result: right on both sides of a change of summer time.
  const first = wall - utcOffset(wall, timeZone);
  return new Date(wall - utcOffset(first, timeZone));
}

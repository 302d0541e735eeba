import { describe, expect, it } from '@jest/globals';
import { calendarDate, wallTimeInstant } from './calendar.js';

describe('calendarDate', () => {
  it('gives the date in Paris, not in UTC, around midnight', () => {
    // 22:30 UTC on 30 June is already 1 July in Paris (summer time, UTC+2)
    expect(calendarDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    // 23:30 UTC on 31 December is 1 January in Paris (winter time, UTC+1)
    expect(calendarDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(calendarDate(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });

  it('turns a time read on a Paris clock into the instant it was', () => {
    expect(wallTimeInstant(2021, 6, 29, 9, 30)?.toISOString()).toBe('2021-06-29T07:30:00.000Z');
    expect(wallTimeInstant(2021, 1, 15, 9, 30)?.toISOString()).toBe('2021-01-15T08:30:00.000Z');
    // the night summer time starts (28 March 2021, 02:00 → 03:00) and ends (31 October, 03:00 → 02:00)
    expect(wallTimeInstant(2021, 3, 28, 4, 0)?.toISOString()).toBe('2021-03-28T02:00:00.000Z');
    expect(wallTimeInstant(2021, 10, 31, 12, 0)?.toISOString()).toBe('2021-10-31T11:00:00.000Z');
    expect(wallTimeInstant(2021, 2, 31)).toBeNull();
    expect(wallTimeInstant(2021, 6, 14, 24, 0)).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { calendarDate } from './calendar.js';

describe('calendarDate', () => {
  it('gives the date in Paris, not in UTC, around midnight', () => {
    // 22:30 UTC on 30 June is already 1 July in Paris (summer time, UTC+2)
    expect(calendarDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    // 23:30 UTC on 31 December is 1 January in Paris (winter time, UTC+1)
    expect(calendarDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(calendarDate(new Date('2026-12-31T22:30:00Z'))).toBe('2026-12-31');
  });
});

import { describe, expect, it } from '@jest/globals';
import { trendRows } from './EventTrendChart';
import type { EventStatistics } from './fields';

describe('the participation chart', () => {
  it('labels each bar group by edition, so two editions of one year stay apart', () => {
    const edition = (editionNumber: number, year: number) =>
      ({ editionNumber, year, registered: 10, attended: 8 }) as EventStatistics;
    expect(trendRows([edition(12, 2021), edition(13, 2021)]).map((row) => row.edition)).toEqual(['12 · 2021', '13 · 2021']);
  });
});

import { describe, expect, it } from '@jest/globals';
import { checkFeeScale, dueDateFor, feeBracketFor, type FeeBracket } from './partners-dues.js';

const SCALE: FeeBracket[] = [
  { minPopulation: 0, maxPopulation: 9_999, amountCents: 30_000 },
  { minPopulation: 10_000, maxPopulation: 99_999, amountCents: 150_000 },
  { minPopulation: 100_000, maxPopulation: null, amountCents: 450_000 },
];

describe('fee scale', () => {
  it('accepts a scale covering every population once', () => {
    expect(checkFeeScale(SCALE)).toEqual([]);
  });

  it.each([
    [9_999, 30_000],
    [10_000, 150_000],
    [99_999, 150_000],
    [100_000, 450_000],
    [0, 30_000],
    [2_103_778, 450_000],
  ])('charges a population of %i the bracket it falls in', (population, amount) => {
    expect(feeBracketFor(SCALE, population)?.amountCents).toBe(amount);
  });

  it('names overlaps, gaps, a bounded last bracket, a first bracket above zero and negative amounts', () => {
    const codes = (brackets: FeeBracket[]) => checkFeeScale(brackets).map((problem) => problem.code);
    expect(codes([SCALE[0]!, { ...SCALE[1]!, minPopulation: 9_000 }, SCALE[2]!])).toEqual(['OVERLAP']);
    expect(codes([SCALE[0]!, { ...SCALE[1]!, minPopulation: 10_001 }, SCALE[2]!])).toEqual(['GAP']);
    expect(codes([SCALE[0]!, SCALE[1]!])).toEqual(['LAST_BRACKET_BOUNDED']);
    expect(codes([{ ...SCALE[0]!, minPopulation: 1 }, SCALE[1]!, SCALE[2]!])).toEqual(['FIRST_BRACKET_NOT_ZERO']);
    expect(codes([{ ...SCALE[0]!, amountCents: -1 }, SCALE[1]!, SCALE[2]!])).toEqual(['NEGATIVE_AMOUNT']);
    expect(codes([{ ...SCALE[0]!, maxPopulation: null }, SCALE[1]!, SCALE[2]!])).toContain('OPEN_BRACKET_NOT_LAST');
  });
});

describe('the due date of dues', () => {
  it('is the scale’s when invoiced before it', () => {
    expect(dueDateFor(2026, '2026-03-31', '2026-01-15')).toBe('2026-03-31');
  });
  it('is the invoice date plus the usual delay when generated late, so new dues are never late at once', () => {
    expect(dueDateFor(2026, '2026-03-31', '2026-12-02')).toBe('2027-03-01');
    expect(dueDateFor(2026, '2026-03-31', '2026-03-31')).toBe('2026-06-28');
  });
});

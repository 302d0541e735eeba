import { describe, expect, it } from '@jest/globals';
import { centsToInput, formatCents, formatCentsForCsv, formatCentsPlain, parseEurosToCents } from './money';

/** Intl's French spaces: U+202F between thousands, U+00A0 before the currency sign. */
const french = (text: string) => text.replace(/ /g, '\u202f').replace(/\u202f€/, '\u00a0€');

describe('money: cents → French amounts', () => {
  it.each([
    [123456, '1 234,56 €'],
    [0, '0,00 €'],
    [5, '0,05 €'],
    [150000, '1 500,00 €'],
    [123456780, '1 234 567,80 €'],
    [-2500, '-25,00 €'],
  ])('formats %p as %p', (cents, expected) => {
    expect(formatCents(cents)).toBe(french(expected));
  });

  it('shows nothing for a missing amount', () => {
    expect(formatCents(null)).toBe('');
    expect(formatCents(undefined)).toBe('');
    expect(formatCents(Number.NaN)).toBe('');
  });

  it('writes the amount alone for a column titled "Montant (€)", with plain spaces in a CSV', () => {
    expect(formatCentsPlain(123456)).toBe('1\u202f234,56');
    expect(formatCentsForCsv(123456)).toBe('1 234,56');
    expect(formatCentsForCsv(450000000)).toBe('4 500 000,00');
    expect(formatCentsForCsv(null)).toBe('');
  });

  it('puts stored cents in an input without grouping or useless decimals', () => {
    expect(centsToInput(123456)).toBe('1234,56');
    expect(centsToInput(150000)).toBe('1500');
    expect(centsToInput(1250050)).toBe('12500,50');
    expect(centsToInput(7)).toBe('0,07');
    expect(centsToInput(null)).toBe('');
  });
});

describe('money: what staff type → cents', () => {
  it.each([
    ['1 234,56', 123456],
    ['1\u202f234,56\u00a0€', 123456],
    ['1 234,56 €', 123456],
    ['1234,56', 123456],
    ['1234.56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1 234,5', 123450],
    ['12', 1200],
    ['12,00', 1200],
    ['0,07', 7],
    [',5', 50],
    ['1 000', 100000],
    ['1.000', 100000],
    ['12 500 EUR', 1250000],
    ['-25', -2500],
    ['  42,10  ', 4210],
  ])('reads %p as %p cents', (text, cents) => {
    expect(parseEurosToCents(text)).toBe(cents);
  });

  it('reads formatCents back to the same cents (round trip)', () => {
    for (const cents of [0, 1, 99, 100, 123456, 100000000, 987654321]) {
      expect(parseEurosToCents(formatCents(cents))).toBe(cents);
      expect(parseEurosToCents(centsToInput(cents))).toBe(cents);
      expect(parseEurosToCents(formatCentsForCsv(cents))).toBe(cents);
    }
  });

  it('has no floating-point rounding', () => {
    // 0.1 + 0.2 in euros would be 30.000000000000004 cents
    expect(parseEurosToCents('0,29')).toBe(29);
    expect(parseEurosToCents('1 234 567,89')).toBe(123456789);
  });

  it('leaves an empty text empty', () => {
    expect(parseEurosToCents('')).toBeNull();
    expect(parseEurosToCents('   ')).toBeNull();
    expect(parseEurosToCents(null)).toBeNull();
  });

  it.each(['abc', '12,345,67', '1,2,3', '12,345', '1234,567', '12,345,678', '12€50', '-', '1.234.5', '--5'])(
    'refuses %p',
    (text) => {
      expect(parseEurosToCents(text)).toBeNaN();
    },
  );
});

import { describe, expect, it } from '@jest/globals';
import { neutraliseSpreadsheetFormula } from './events.js';

describe('neutraliseSpreadsheetFormula', () => {
  it('turns a cell a spreadsheet would run into text', () => {
    expect(neutraliseSpreadsheetFormula('=HYPERLINK("http://evil.example","clic")')).toBe(
      `'=HYPERLINK("http://evil.example","clic")`,
    );
    expect(neutraliseSpreadsheetFormula('+33 1 23')).toBe(`'+33 1 23`);
    expect(neutraliseSpreadsheetFormula('-2+3')).toBe(`'-2+3`);
    expect(neutraliseSpreadsheetFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseSpreadsheetFormula('\t=1')).toBe(`'\t=1`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseSpreadsheetFormula('Dijon')).toBe('Dijon');
    expect(neutraliseSpreadsheetFormula('Saint-Denis = ville')).toBe('Saint-Denis = ville');
    expect(neutraliseSpreadsheetFormula('')).toBe('');
  });
});

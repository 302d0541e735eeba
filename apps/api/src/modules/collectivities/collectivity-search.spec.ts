import { describe, expect, it } from '@jest/globals';
import { codeForms } from './collectivity-search.js';

describe('codeForms', () => {
  it('reads an INSEE code whatever its case', () => {
    expect(codeForms('2a004')).toEqual({ code: '2A004', digits: '' });
  });
  it('reads a SIREN typed in groups', () => {
    expect(codeForms('212 102 313')).toEqual({ code: '212102313', digits: '212102313' });
    expect(codeForms('212.102.313').digits).toBe('212102313');
  });
  it('keeps words as they are for the name search', () => {
    expect(codeForms('Saint Étienne').digits).toBe('');
  });
});

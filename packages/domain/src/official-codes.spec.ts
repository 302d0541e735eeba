import { describe, expect, it } from '@jest/globals';
import { CollectivityKind } from './collectivity-kind.js';
import { checkCollectivityCodes } from './collectivity-rules.js';
import { checkInseeCode, isValidSiren } from './official-codes.js';

describe('isValidSiren', () => {
  it.each(['212102313', '217500016', '200000172', '214202186'])('accepts the real SIREN %s', (siren) => {
    expect(isValidSiren(siren)).toBe(true);
  });
  it.each([
    ['212102314', 'wrong check digit'],
    ['21210231', 'eight digits'],
    ['2121023130', 'ten digits'],
    ['21210231A', 'a letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (siren) => {
    expect(isValidSiren(siren)).toBe(false);
  });
});

describe('checkInseeCode', () => {
  it('keeps leading zeros and Corsica letters for communes', () => {
    expect(checkInseeCode(CollectivityKind.COMMUNE, '01053')).toBeNull();
    expect(checkInseeCode(CollectivityKind.COMMUNE, '2A004')).toBeNull();
    expect(checkInseeCode(CollectivityKind.COMMUNE, '1053')).toBe('INVALID_FORMAT');
    expect(checkInseeCode(CollectivityKind.COMMUNE, '2C004')).toBe('INVALID_FORMAT');
  });
  it('checks départements, overseas included', () => {
    expect(checkInseeCode(CollectivityKind.DEPARTMENT, '2B')).toBeNull();
    expect(checkInseeCode(CollectivityKind.DEPARTMENT, '974')).toBeNull();
    expect(checkInseeCode(CollectivityKind.DEPARTMENT, '20')).toBe('INVALID_FORMAT');
    expect(checkInseeCode(CollectivityKind.DEPARTMENT, '21231')).toBe('INVALID_FORMAT');
  });
  it('refuses an INSEE code on an intercommunality', () => {
    expect(checkInseeCode(CollectivityKind.METROPOLIS, '21231')).toBe('NOT_ALLOWED_FOR_KIND');
  });
});

describe('checkCollectivityCodes', () => {
  it('accepts Dijon', () => {
    expect(checkCollectivityCodes({ kind: 'COMMUNE', countryCode: 'FR', inseeCode: '21231', siren: '212102313' })).toEqual([]);
  });
  it('names every field at fault', () => {
    const problems = checkCollectivityCodes({
      kind: 'COMMUNE',
      countryCode: 'SN',
      inseeCode: '2123',
      siren: '212102314',
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['countryCode', 'inseeCode', 'siren']);
  });
  it('refuses FR for a foreign local government', () => {
    expect(checkCollectivityCodes({ kind: 'FOREIGN_LOCAL_GOVERNMENT', countryCode: 'FR' })[0]?.code).toBe(
      'FOREIGN_KIND_IN_FRANCE',
    );
  });
});

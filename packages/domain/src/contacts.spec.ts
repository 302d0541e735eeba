import { describe, expect, it } from '@jest/globals';
import { PositionKind, guessPositionKind } from './contacts.js';

describe('guessPositionKind', () => {
  it.each([
    ['Maire', PositionKind.ELECTED],
    ['Adjointe au maire chargée des relations internationales', PositionKind.ELECTED],
    ['Conseillère départementale', PositionKind.ELECTED],
    ['Vice-président aux relations internationales', PositionKind.ELECTED],
    ['PRÉSIDENTE DU CONSEIL RÉGIONAL', PositionKind.ELECTED],
    ['Sénateur de la Côte-d’Or', PositionKind.ELECTED],
    ['Conseiller municipal délégué à la coopération décentralisée', PositionKind.ELECTED],
    ['Chargé de mission AICT', PositionKind.STAFF],
    ['Chargée de mission auprès du maire', PositionKind.STAFF],
    ['Directrice des relations internationales', PositionKind.STAFF],
    ['Responsable coopération internationale', PositionKind.STAFF],
    ['DGS', PositionKind.STAFF],
    ['Project officer', PositionKind.STAFF],
    ['Citoyen engagé', PositionKind.OTHER],
    ['', PositionKind.OTHER],
  ])('reads "%s" as %s', (title, kind) => {
    expect(guessPositionKind(title)).toBe(kind);
  });

  it('does not make the president of a partner association an elected official', () => {
    expect(guessPositionKind('Président', 'PARTNER')).toBe(PositionKind.OTHER);
    expect(guessPositionKind('Directeur général', 'PARTNER')).toBe(PositionKind.STAFF);
  });
});

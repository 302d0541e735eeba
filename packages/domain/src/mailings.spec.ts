import { fillMergeFields, frenchSpacing, mergeFieldsIn } from './mailings.js';

describe('mailing texts', () => {
  it('lists the merge fields a text names, known or not', () => {
    expect(mergeFieldsIn('Bonjour {{ contact.firstName }}, {{collectivity.name}} {{nope}} {{contact.firstName}}')).toEqual([
      'contact.firstName',
      'collectivity.name',
      'nope',
    ]);
  });

  it('fills them', () => {
    expect(
      fillMergeFields('{{contact.civility}} {{contact.lastName}}', { 'contact.civility': 'Madame', 'contact.lastName': 'Koné' }),
    ).toBe('Madame Koné');
  });

  it('keeps French typography: non-breaking spaces before high punctuation and inside guillemets', () => {
    expect(frenchSpacing('Chers collègues : venez ! « Rencontres » ?')).toBe(
      'Chers collègues\u00A0: venez\u202F! «\u00A0Rencontres\u00A0»\u202F?',
    );
    expect(frenchSpacing('Déjà\u202F! https://example.org')).toBe('Déjà\u202F! https://example.org');
  });
});

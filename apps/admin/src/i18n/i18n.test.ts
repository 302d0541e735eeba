import { describe, expect, it } from '@jest/globals';
import { COLLECTIVITY_KINDS, MEMBERSHIP_STATUSES } from '@territoria/domain';
import { en } from './en';
import { fr } from './fr';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('English has every key French has, and no other', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('names every kind and membership status of the domain, in French', () => {
    const territoria = fr.territoria as Record<string, Record<string, string>>;
    expect(Object.keys(territoria.kinds!).sort()).toEqual([...COLLECTIVITY_KINDS].sort());
    expect(Object.keys(territoria.membershipStatuses!).sort()).toEqual([...MEMBERSHIP_STATUSES].sort());
    expect(territoria.kinds!.AGGLOMERATION_COMMUNITY).toBe("Communauté d'agglomération");
    expect(territoria.membershipStatuses!.MEMBER).toBe('Adhérent');
  });
});

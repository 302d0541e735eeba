import { describe, expect, it } from '@jest/globals';
import {
  COLLECTIVITY_KINDS,
  ConsentStatus,
  CooperationKind,
  EventSessionKind,
  GroupKind,
  MEMBERSHIP_STATUSES,
  OfficerRole,
  ParticipationRole,
  ParticipationStatus,
  PositionKind,
} from '@territoria/domain';
import { en, fr } from './messages';

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

  it('names the enums of contacts and groups in French, as the network says them', () => {
    const territoria = fr.territoria as Record<string, Record<string, string>>;
    expect(territoria.officerRoles).toEqual({
      PRESIDENT: 'Président(e)',
      CO_PRESIDENT: 'Co-président(e)',
      VICE_PRESIDENT: 'Vice-président(e)',
      SECRETARY: 'Secrétaire',
    });
    expect(territoria.consentStatuses).toEqual({ UNKNOWN: 'Inconnu', GIVEN: 'Donné', WITHDRAWN: 'Retiré' });
    expect(territoria.positionKinds).toEqual({ ELECTED: 'Élu(e)', STAFF: 'Agent', OTHER: 'Autre' });
    expect(territoria.cooperationKinds).toEqual({
      DECENTRALISED_COOPERATION: 'Coopération décentralisée',
      TWINNING: 'Jumelage',
      FRIENDSHIP_PACT: "Pacte d'amitié",
      MEMORANDUM_OF_UNDERSTANDING: "Protocole d'accord",
      OTHER: 'Autre',
    });
    // every value of the domain, no other
    expect(Object.keys(territoria.officerRoles!).sort()).toEqual(Object.values(OfficerRole).sort());
    expect(Object.keys(territoria.consentStatuses!).sort()).toEqual(Object.values(ConsentStatus).sort());
    expect(Object.keys(territoria.positionKinds!).sort()).toEqual(Object.values(PositionKind).sort());
    expect(Object.keys(territoria.cooperationKinds!).sort()).toEqual(Object.values(CooperationKind).sort());
    expect(Object.keys(territoria.groupKinds!).sort()).toEqual(Object.values(GroupKind).sort());
    const resources = fr.resources as Record<string, { name: string }>;
    expect(resources.countryGroups!.name).toBe('Groupe-pays |||| Groupes-pays');
    expect(resources.thematicGroups!.name).toBe('Groupe thématique |||| Groupes thématiques');
  });

  it('names the enums of the Rencontres (sessions, participations) in French', () => {
    const territoria = fr.territoria as Record<string, Record<string, string>>;
    expect(Object.keys(territoria.sessionKinds!).sort()).toEqual(Object.values(EventSessionKind).sort());
    expect(Object.keys(territoria.participationRoles!).sort()).toEqual(Object.values(ParticipationRole).sort());
    expect(Object.keys(territoria.participationStatuses!).sort()).toEqual(Object.values(ParticipationStatus).sort());
    expect(territoria.sessionKinds!.MICRO_WORKSHOP).toBe('Micro-atelier');
    expect(territoria.participationRoles!.FOREIGN_DELEGATION).toBe('Délégation étrangère');
    expect(territoria.participationStatuses!.NO_SHOW).toBe('Absent(e)');
  });
});

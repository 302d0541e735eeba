import { describe, expect, it } from '@jest/globals';
import { parseCivility, parseCountry, parseEmail, parseOrganisationCode, parseOrganisationType, parseRegistrationDate, parseRole } from './import-values.js';
import { organisationNameVariants } from './row-matching.js';

describe('values of a registration list', () => {
  it('reads roles in French and English', () => {
    expect(['Participante', 'attendee', 'Intervenant(e)', 'Orateur', 'organisatrice', 'Partner', 'Délégation étrangère', 'AMBASSADE', 'Journaliste'].map(parseRole)).toEqual([
      'ATTENDEE', 'ATTENDEE', 'SPEAKER', 'SPEAKER', 'ORGANISER', 'PARTNER', 'FOREIGN_DELEGATION', 'EMBASSY', 'PRESS',
    ]);
    expect(parseRole('')).toBeUndefined();
    expect(parseRole('Figurant')).toBeNull();
  });

  it('reads countries by French or English name and ISO codes', () => {
    expect(['France', 'Sénégal', 'Etats-Unis', 'United Kingdom', "Côte d'Ivoire", 'mali', 'JPN', 'de', 'Corée du Sud'].map(parseCountry)).toEqual([
      'FR', 'SN', 'US', 'GB', 'CI', 'ML', 'JP', 'DE', 'KR',
    ]);
    expect(parseCountry('Wakanda')).toBeNull();
    expect(parseCountry(' ')).toBeUndefined();
  });

  it('reads civilities, organisation types, emails, codes and dates', () => {
    expect(['M.', 'Monsieur', 'Mr', 'Mme', 'Madame', 'Ms', 'Dr'].map(parseCivility)).toEqual(['MR', 'MR', 'MR', 'MS', 'MS', 'MS', null]);
    expect(['Collectivité territoriale', 'EPCI', 'Ministère', 'Ambassade', 'Collectivité étrangère', 'Autre'].map(parseOrganisationType)).toEqual([
      'COLLECTIVITY', 'COLLECTIVITY', 'PARTNER', 'EMBASSY', 'FOREIGN', null,
    ]);
    expect(parseEmail(' Jean.Dupont@Dijon.FR ')).toBe('jean.dupont@dijon.fr');
    expect(parseEmail('jean.dupont@')).toBe(false);
    expect(parseOrganisationCode('212 102 313')).toEqual({ siren: '212102313' });
    expect(parseOrganisationCode('2a004')).toEqual({ inseeCode: '2A004' });
    expect(parseOrganisationCode('ABC')).toBeNull();
    expect(parseRegistrationDate('14/06/2021 09:30')).toEqual(new Date('2021-06-14T07:30:00Z'));
    expect(parseRegistrationDate('2021-06-14 09:30')).toEqual(new Date('2021-06-14T07:30:00Z'));
    expect(parseRegistrationDate('2021-06-14T09:30:00+02:00')).toEqual(new Date('2021-06-14T07:30:00Z'));
    expect(parseRegistrationDate('2021-06-14T07:30:00Z')).toEqual(new Date('2021-06-14T07:30:00Z'));
    expect(parseRegistrationDate('31/02/2021')).toBeNull();
    expect(parseRegistrationDate('demain')).toBeNull();
  });

  it('strips "Ville de", "Conseil départemental du"… from organisation names, restricting the kind', () => {
    expect(organisationNameVariants('Ville de Dijon')).toEqual([
      { name: 'Ville de Dijon', kinds: null },
      { name: 'dijon', kinds: ['COMMUNE', 'SPECIAL_STATUS'] },
    ]);
    expect(organisationNameVariants("Conseil départemental de la Côte-d'Or")[1]).toEqual({ name: 'cote d or', kinds: ['DEPARTMENT', 'SPECIAL_STATUS'] });
    expect(organisationNameVariants('Région Bourgogne-Franche-Comté')[1]).toEqual({ name: 'bourgogne franche comte', kinds: ['REGION', 'SPECIAL_STATUS'] });
  });
});

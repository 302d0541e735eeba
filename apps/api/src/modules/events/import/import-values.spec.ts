import { describe, expect, it } from '@jest/globals';
import {
  collectivityKindsOf,
  parseCivility,
  parseCountry,
  parseEmail,
  parseOrganisationCode,
  parseOrganisationType,
  parseRegistrationDate,
  parseRole,
  parseStatus,
} from './import-values.js';
import { organisationNameVariants, organisationSearchTexts, partnerNameVariants, statusChanges } from './row-matching.js';

describe('values of a registration list', () => {
  it('reads roles in French and English', () => {
    expect(
      [
        'Participante',
        'attendee',
        'Intervenant(e)',
        'Orateur',
        'organisatrice',
        'Partner',
        'Délégation étrangère',
        'AMBASSADE',
        'Journaliste',
      ].map(parseRole),
    ).toEqual(['ATTENDEE', 'ATTENDEE', 'SPEAKER', 'SPEAKER', 'ORGANISER', 'PARTNER', 'FOREIGN_DELEGATION', 'EMBASSY', 'PRESS']);
    expect(parseRole('')).toBeUndefined();
    expect(parseRole('Figurant')).toBeNull();
  });

  it('reads countries by French or English name and ISO codes', () => {
    expect(
      ['France', 'Sénégal', 'Etats-Unis', 'United Kingdom', "Côte d'Ivoire", 'mali', 'JPN', 'de', 'Corée du Sud'].map(
        parseCountry,
      ),
    ).toEqual(['FR', 'SN', 'US', 'GB', 'CI', 'ML', 'JP', 'DE', 'KR']);
    expect(parseCountry('Wakanda')).toBeNull();
    expect(parseCountry(' ')).toBeUndefined();
  });

  it('reads civilities, organisation types, emails, codes and dates', () => {
    expect(['M.', 'Monsieur', 'Mr', 'Mme', 'Madame', 'Ms', 'Dr'].map(parseCivility)).toEqual([
      'MR',
      'MR',
      'MR',
      'MS',
      'MS',
      'MS',
      null,
    ]);
    expect(
      ['Collectivité territoriale', 'EPCI', 'Ministère', 'Ambassade', 'Collectivité étrangère', 'Autre'].map(
        parseOrganisationType,
      ),
    ).toEqual(['COLLECTIVITY', 'COLLECTIVITY', 'PARTNER', 'EMBASSY', 'FOREIGN', null]);
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
    expect(organisationNameVariants("Conseil départemental de la Côte-d'Or")[1]).toEqual({
      name: 'cote d or',
      kinds: ['DEPARTMENT', 'SPECIAL_STATUS'],
    });
    expect(organisationNameVariants('Région Bourgogne-Franche-Comté')[1]).toEqual({
      name: 'bourgogne franche comte',
      kinds: ['REGION', 'SPECIAL_STATUS'],
    });
  });

  it('reads every official code: SIREN (or SIRET), communes, départements, régions, overseas collectivities', () => {
    expect(['37', '2A', '2b', '974', '84', '975', '977', '978', '986', '987', '988', '6AE'].map(parseOrganisationCode)).toEqual(
      ['37', '2A', '2B', '974', '84', '975', '977', '978', '986', '987', '988', '6AE'].map((inseeCode) => ({ inseeCode })),
    );
    expect(parseOrganisationCode('21231')).toEqual({ inseeCode: '21231' });
    // a spreadsheet dropped the leading zero
    expect(parseOrganisationCode('1053')).toEqual({ inseeCode: '01053' });
    expect(parseOrganisationCode('1')).toEqual({ inseeCode: '01' });
    expect(parseOrganisationCode('212 102 313 00017')).toEqual({ siren: '212102313' });
    expect(parseOrganisationCode('1234567')).toBeNull();
    expect(parseOrganisationCode('')).toBeUndefined();
  });

  it('reads statuses in French and English, and the choices made for the others', () => {
    expect(
      ['Présent', 'présente', 'Present', 'attended', 'Checked in', 'Oui', 'Présent(e)'].map((value) => parseStatus(value)),
    ).toEqual(Array(7).fill('ATTENDED'));
    expect(['Absent', 'absente', 'No-show', 'no show', 'Non venu'].map((value) => parseStatus(value))).toEqual(
      Array(5).fill('NO_SHOW'),
    );
    expect(['Annulé', 'annulée', 'Cancelled', 'canceled', 'Désinscrit'].map((value) => parseStatus(value))).toEqual(
      Array(5).fill('CANCELLED'),
    );
    expect(['Inscrit', 'inscrite', 'Registered', 'Confirmé', 'confirmed'].map((value) => parseStatus(value))).toEqual(
      Array(5).fill('REGISTERED'),
    );
    expect(parseStatus('')).toBeUndefined();
    expect(parseStatus('Excusé')).toBeNull();
    expect(parseStatus('Excusé', new Map([['excuse', 'CANCELLED' as const]]))).toBe('CANCELLED');
  });

  it('keeps a registration\'s recorded arrival or absence over a file that only says "registered"', () => {
    expect(statusChanges('ATTENDED', 'REGISTERED')).toBe(false);
    expect(statusChanges('NO_SHOW', 'REGISTERED')).toBe(false);
    expect(statusChanges('CANCELLED', 'REGISTERED')).toBe(true);
    expect(statusChanges('REGISTERED', 'ATTENDED')).toBe(true);
    expect(statusChanges('ATTENDED', 'ATTENDED')).toBe(false);
    expect(statusChanges('ATTENDED', null)).toBe(false);
  });

  it('tells the kinds of collectivity a type names', () => {
    expect(
      ['Région', 'Conseil départemental', 'EPCI', 'Commune', "Collectivité d'outre-mer", 'Collectivité', 'Ambassade'].map(
        collectivityKindsOf,
      ),
    ).toEqual([
      ['REGION', 'SPECIAL_STATUS'],
      ['DEPARTMENT', 'SPECIAL_STATUS'],
      expect.arrayContaining(['METROPOLIS', 'COMMUNITY_OF_COMMUNES']),
      ['COMMUNE'],
      ['OVERSEAS_COLLECTIVITY', 'SPECIAL_STATUS'],
      null,
      null,
    ]);
  });

  it('finds an organisation by its name without the acronym beside it, and partners by the acronym', () => {
    expect(organisationSearchTexts('Agence française de développement (AFD)')).toEqual({
      names: ['Agence française de développement (AFD)', 'Agence française de développement'],
      acronyms: ['AFD'],
      departmentCode: null,
    });
    expect(organisationSearchTexts('CGLU – Cités et gouvernements locaux unis')).toEqual({
      names: ['CGLU – Cités et gouvernements locaux unis', 'Cités et gouvernements locaux unis'],
      acronyms: ['CGLU'],
      departmentCode: null,
    });
    expect(organisationSearchTexts('Saint-Denis (93)')).toEqual({
      names: ['Saint-Denis (93)', 'Saint-Denis'],
      acronyms: [],
      departmentCode: '93',
    });
    expect(organisationSearchTexts('Saint-Étienne')).toEqual({ names: ['Saint-Étienne'], acronyms: [], departmentCode: null });
    expect(partnerNameVariants('Ministère de l’Europe et des Affaires étrangères - MEAE').map((variant) => variant.name)).toEqual(
      ['Ministère de l’Europe et des Affaires étrangères - MEAE', 'Ministère de l’Europe et des Affaires étrangères', 'MEAE'],
    );
  });
});

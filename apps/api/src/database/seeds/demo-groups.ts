import type { CollectivityKind, OfficerRole } from '@territoria/domain';

type OfficialCode = { kind: CollectivityKind; inseeCode: string } | { siren: string };

/** People of the demo members: mayors, presidents and their international relations staff. */
export const DEMO_PEOPLE: {
  key: string;
  civility: 'MR' | 'MS';
  firstName: string;
  lastName: string;
  at: OfficialCode;
  title: string;
  kind: 'ELECTED' | 'STAFF';
  since: string;
  consent?: boolean;
}[] = [
  // The association's president, as the press release names him.
  {
    key: 'rebsamen',
    civility: 'MR',
    firstName: 'François',
    lastName: 'Rebsamen',
    at: { kind: 'COMMUNE', inseeCode: '21231' },
    title: 'Maire',
    kind: 'ELECTED',
    since: '2001-03-18',
    consent: true,
  },
  {
    key: 'rebsamen-metropole',
    civility: 'MR',
    firstName: 'François',
    lastName: 'Rebsamen',
    at: { siren: '242100410' },
    title: 'Président',
    kind: 'ELECTED',
    since: '2015-01-01',
  },
  {
    key: 'hidalgo',
    civility: 'MS',
    firstName: 'Anne',
    lastName: 'Hidalgo',
    at: { kind: 'COMMUNE', inseeCode: '75056' },
    title: 'Maire',
    kind: 'ELECTED',
    since: '2014-04-05',
    consent: true,
  },
  {
    key: 'bekkouche',
    civility: 'MR',
    firstName: 'Adda',
    lastName: 'Bekkouche',
    at: { kind: 'COMMUNE', inseeCode: '93048' },
    title: 'Conseiller municipal délégué aux relations internationales',
    kind: 'ELECTED',
    since: '2020-07-04',
    consent: true,
  },
  {
    key: 'guichard',
    civility: 'MS',
    firstName: 'Claire',
    lastName: 'Guichard',
    at: { kind: 'COMMUNE', inseeCode: '35238' },
    title: 'Adjointe aux relations internationales',
    kind: 'ELECTED',
    since: '2020-07-04',
    consent: true,
  },
  {
    key: 'lefevre',
    civility: 'MS',
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    at: { kind: 'COMMUNE', inseeCode: '69123' },
    title: 'Adjointe aux relations internationales',
    kind: 'ELECTED',
    since: '2020-07-04',
  },
  {
    key: 'marchand',
    civility: 'MR',
    firstName: 'Olivier',
    lastName: 'Marchand',
    at: { kind: 'COMMUNE', inseeCode: '67482' },
    title: 'Adjoint à l’Europe et à l’international',
    kind: 'ELECTED',
    since: '2020-07-04',
    consent: true,
  },
  {
    key: 'nguyen',
    civility: 'MS',
    firstName: 'Linh',
    lastName: 'Nguyen',
    at: { kind: 'COMMUNE', inseeCode: '44109' },
    title: 'Adjointe à la solidarité internationale',
    kind: 'ELECTED',
    since: '2020-07-04',
  },
  {
    key: 'diallo',
    civility: 'MR',
    firstName: 'Moussa',
    lastName: 'Diallo',
    at: { kind: 'COMMUNE', inseeCode: '38185' },
    title: 'Conseiller municipal délégué à la coopération',
    kind: 'ELECTED',
    since: '2020-07-04',
    consent: true,
  },
  {
    key: 'morel',
    civility: 'MS',
    firstName: 'Sophie',
    lastName: 'Morel',
    at: { kind: 'REGION', inseeCode: '27' },
    title: 'Vice-présidente aux relations internationales',
    kind: 'ELECTED',
    since: '2021-07-02',
  },
  {
    key: 'le-goff',
    civility: 'MR',
    firstName: 'Yann',
    lastName: 'Le Goff',
    at: { kind: 'REGION', inseeCode: '53' },
    title: 'Vice-président à l’international',
    kind: 'ELECTED',
    since: '2021-07-02',
    consent: true,
  },
  {
    key: 'payet',
    civility: 'MS',
    firstName: 'Isabelle',
    lastName: 'Payet',
    at: { kind: 'DEPARTMENT', inseeCode: '974' },
    title: 'Vice-présidente à la coopération régionale',
    kind: 'ELECTED',
    since: '2021-07-01',
  },
  {
    key: 'bernard',
    civility: 'MR',
    firstName: 'Thomas',
    lastName: 'Bernard',
    at: { kind: 'COMMUNE', inseeCode: '21231' },
    title: 'Chargé de mission AICT',
    kind: 'STAFF',
    since: '2018-09-01',
    consent: true,
  },
  {
    key: 'rousseau',
    civility: 'MS',
    firstName: 'Camille',
    lastName: 'Rousseau',
    at: { kind: 'COMMUNE', inseeCode: '75056' },
    title: 'Directrice des relations internationales',
    kind: 'STAFF',
    since: '2016-02-01',
    consent: true,
  },
  {
    key: 'garnier',
    civility: 'MS',
    firstName: 'Julie',
    lastName: 'Garnier',
    at: { kind: 'COMMUNE', inseeCode: '35238' },
    title: 'Chargée de mission coopération décentralisée',
    kind: 'STAFF',
    since: '2019-03-01',
  },
  {
    key: 'faure',
    civility: 'MR',
    firstName: 'Mathieu',
    lastName: 'Faure',
    at: { kind: 'DEPARTMENT', inseeCode: '35' },
    title: 'Chargé de mission AICT',
    kind: 'STAFF',
    since: '2017-05-15',
    consent: true,
  },
];

const DIJON = { kind: 'COMMUNE', inseeCode: '21231' } as const;
const PARIS = { kind: 'COMMUNE', inseeCode: '75056' } as const;
const LYON = { kind: 'COMMUNE', inseeCode: '69123' } as const;
const STRASBOURG = { kind: 'COMMUNE', inseeCode: '67482' } as const;
const NANTES = { kind: 'COMMUNE', inseeCode: '44109' } as const;
const RENNES = { kind: 'COMMUNE', inseeCode: '35238' } as const;
const GRENOBLE = { kind: 'COMMUNE', inseeCode: '38185' } as const;
const MONTREUIL = { kind: 'COMMUNE', inseeCode: '93048' } as const;
const BFC = { kind: 'REGION', inseeCode: '27' } as const;
const BRETAGNE = { kind: 'REGION', inseeCode: '53' } as const;
const ILLE_ET_VILAINE = { kind: 'DEPARTMENT', inseeCode: '35' } as const;
const REUNION = { kind: 'DEPARTMENT', inseeCode: '974' } as const;

export const DEMO_GROUPS: {
  name: string;
  countries?: string[];
  theme?: string;
  members: OfficialCode[];
  officers: { person: string; role: OfficerRole; since: string }[];
  allowsCoPresidency?: boolean;
}[] = [
  {
    name: 'Groupe-pays Mali',
    countries: ['ML'],
    members: [MONTREUIL, PARIS, RENNES, ILLE_ET_VILAINE],
    officers: [
      { person: 'bekkouche', role: 'PRESIDENT', since: '2021-01-01' },
      { person: 'guichard', role: 'SECRETARY', since: '2021-01-01' },
    ],
  },
  {
    name: 'Groupe-pays Sénégal',
    countries: ['SN'],
    members: [GRENOBLE, NANTES, DIJON],
    officers: [{ person: 'diallo', role: 'PRESIDENT', since: '2020-10-01' }],
  },
  {
    name: 'Groupe-pays Burkina Faso',
    countries: ['BF'],
    members: [GRENOBLE, RENNES, BRETAGNE],
    officers: [{ person: 'guichard', role: 'PRESIDENT', since: '2021-03-01' }],
  },
  {
    name: 'Groupe-pays Niger',
    countries: ['NE'],
    members: [NANTES, STRASBOURG],
    officers: [{ person: 'nguyen', role: 'PRESIDENT', since: '2021-02-01' }],
  },
  {
    name: 'Groupe-pays Madagascar',
    countries: ['MG'],
    members: [REUNION, BRETAGNE],
    officers: [{ person: 'payet', role: 'PRESIDENT', since: '2021-09-01' }],
  },
  {
    name: 'Groupe-pays Haïti',
    countries: ['HT'],
    members: [PARIS, NANTES],
    officers: [{ person: 'hidalgo', role: 'PRESIDENT', since: '2019-06-01' }],
  },
  {
    name: 'Groupe-pays Liban',
    countries: ['LB'],
    members: [PARIS, LYON, MONTREUIL],
    officers: [
      { person: 'lefevre', role: 'CO_PRESIDENT', since: '2021-01-01' },
      { person: 'bekkouche', role: 'CO_PRESIDENT', since: '2021-01-01' },
    ],
    allowsCoPresidency: true,
  },
  {
    name: 'Groupe-pays Palestine',
    countries: ['PS'],
    members: [MONTREUIL, GRENOBLE, PARIS],
    officers: [{ person: 'diallo', role: 'VICE_PRESIDENT', since: '2021-01-01' }],
  },
  {
    name: 'Groupe-pays Japon',
    countries: ['JP'],
    members: [DIJON, LYON, STRASBOURG],
    officers: [{ person: 'rebsamen', role: 'PRESIDENT', since: '2018-01-01' }],
  },
  {
    name: 'Groupe-pays Chine',
    countries: ['CN'],
    members: [LYON, BFC, STRASBOURG],
    officers: [{ person: 'morel', role: 'PRESIDENT', since: '2021-11-01' }],
  },
  {
    name: 'Groupe-pays Vietnam',
    countries: ['VN'],
    members: [NANTES, ILLE_ET_VILAINE],
    officers: [{ person: 'nguyen', role: 'VICE_PRESIDENT', since: '2021-02-01' }],
  },
  {
    name: 'Groupe-pays Maghreb',
    countries: ['MA', 'TN', 'DZ'],
    members: [GRENOBLE, MONTREUIL, STRASBOURG],
    officers: [{ person: 'marchand', role: 'PRESIDENT', since: '2020-12-01' }],
  },
  { name: 'Groupe-pays Arménie', countries: ['AM'], members: [LYON, PARIS], officers: [] },
  {
    name: 'Groupe thématique Climat',
    theme: 'Climat et transition écologique',
    members: [DIJON, GRENOBLE, BRETAGNE, RENNES],
    officers: [{ person: 'le-goff', role: 'PRESIDENT', since: '2021-06-29' }],
  },
  {
    name: 'Groupe thématique Jeunesse',
    theme: 'Jeunesse et engagement',
    members: [RENNES, NANTES, MONTREUIL],
    officers: [{ person: 'guichard', role: 'VICE_PRESIDENT', since: '2021-01-01' }],
  },
  {
    name: 'Groupe thématique Éducation à la citoyenneté mondiale',
    theme: 'Éducation à la citoyenneté mondiale',
    members: [ILLE_ET_VILAINE, GRENOBLE],
    officers: [],
  },
  {
    name: 'Groupe thématique Eau et assainissement',
    theme: 'Eau et assainissement',
    members: [DIJON, BFC, PARIS],
    officers: [{ person: 'morel', role: 'VICE_PRESIDENT', since: '2021-11-01' }],
  },
  {
    name: 'Groupe thématique Europe',
    theme: 'Europe et coopération transfrontalière',
    members: [STRASBOURG, BFC],
    officers: [{ person: 'marchand', role: 'VICE_PRESIDENT', since: '2020-12-01' }],
  },
];

export const DEMO_COOPERATIONS: {
  french: OfficialCode;
  foreign: string;
  kind: 'DECENTRALISED_COOPERATION' | 'TWINNING' | 'FRIENDSHIP_PACT';
  since: string;
  themes: string[];
}[] = [
  {
    french: MONTREUIL,
    foreign: 'District de Bamako',
    kind: 'DECENTRALISED_COOPERATION',
    since: '1985-06-01',
    themes: ['eau', 'santé'],
  },
  {
    french: GRENOBLE,
    foreign: 'Commune de Ouagadougou',
    kind: 'DECENTRALISED_COOPERATION',
    since: '1999-03-12',
    themes: ['climat', 'gestion des déchets'],
  },
  {
    french: NANTES,
    foreign: 'Commune de Saint-Louis',
    kind: 'DECENTRALISED_COOPERATION',
    since: '2002-11-20',
    themes: ['patrimoine', 'jeunesse'],
  },
  { french: LYON, foreign: 'Municipalité de Beyrouth', kind: 'TWINNING', since: '1998-04-01', themes: ['urbanisme'] },
  { french: MONTREUIL, foreign: 'Municipalité de Ramallah', kind: 'FRIENDSHIP_PACT', since: '2010-05-15', themes: ['culture'] },
  {
    french: PARIS,
    foreign: 'Préfecture de Kyoto',
    kind: 'FRIENDSHIP_PACT',
    since: '1958-06-15',
    themes: ['culture', 'tourisme'],
  },
];

export const DEMO_PARTNERS: {
  name: string;
  acronym: string | null;
  kind: 'MINISTRY' | 'AGENCY' | 'EU_PROGRAMME' | 'NETWORK';
  website: string;
  partnerships: {
    year: number;
    kind: 'FINANCIAL' | 'IN_KIND' | 'INSTITUTIONAL';
    amountCents: number | null;
    agreementReference: string;
  }[];
}[] = [
  {
    name: "Ministère de l'Europe et des Affaires étrangères",
    acronym: 'MEAE',
    kind: 'MINISTRY',
    website: 'https://www.diplomatie.gouv.fr',
    partnerships: [{ year: 2021, kind: 'INSTITUTIONAL', amountCents: null, agreementReference: 'MEAE-2021-CUF' }],
  },
  {
    name: 'Délégation pour l’action extérieure des collectivités territoriales',
    acronym: 'DAECT',
    kind: 'MINISTRY',
    website: 'https://www.diplomatie.gouv.fr',
    partnerships: [
      { year: 2020, kind: 'FINANCIAL', amountCents: 18_000_000, agreementReference: 'DAECT-2020-07' },
      { year: 2021, kind: 'FINANCIAL', amountCents: 20_000_000, agreementReference: 'DAECT-2021-04' },
    ],
  },
  {
    name: 'Agence française de développement',
    acronym: 'AFD',
    kind: 'AGENCY',
    website: 'https://www.afd.fr',
    partnerships: [
      { year: 2021, kind: 'FINANCIAL', amountCents: 15_000_000, agreementReference: 'AFD-FICOL-2021' },
      { year: 2021, kind: 'IN_KIND', amountCents: 1_200_000, agreementReference: 'AFD-RAICT-2021' },
    ],
  },
  {
    name: 'PLATFORMA',
    acronym: null,
    kind: 'EU_PROGRAMME',
    website: 'https://platforma-dev.eu',
    partnerships: [{ year: 2020, kind: 'FINANCIAL', amountCents: 9_500_000, agreementReference: 'PLATFORMA-FPA-2020' }],
  },
  {
    name: 'Cités et Gouvernements Locaux Unis',
    acronym: 'CGLU',
    kind: 'NETWORK',
    website: 'https://www.uclg.org',
    partnerships: [{ year: 2021, kind: 'INSTITUTIONAL', amountCents: null, agreementReference: 'CGLU-2021' }],
  },
];

/** The association's fee scale (euro cents by population); the same brackets each year in the demo. */
export const DEMO_FEE_BRACKETS = [
  { minPopulation: 0, maxPopulation: 4_999, amountCents: 25_000 },
  { minPopulation: 5_000, maxPopulation: 19_999, amountCents: 90_000 },
  { minPopulation: 20_000, maxPopulation: 99_999, amountCents: 250_000 },
  { minPopulation: 100_000, maxPopulation: 499_999, amountCents: 600_000 },
  { minPopulation: 500_000, maxPopulation: null, amountCents: 1_200_000 },
];

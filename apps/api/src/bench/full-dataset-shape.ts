/** The full-scale data set's size, and its rows chosen in TypeScript (partners, groups, editions), the same on every load. */
import { DEMO_PARTNERS } from '../database/seeds/demo-groups.js';
import { COUNTRIES, COUNTRY_GROUPS, FOREIGN_CITIES, THEMATIC_GROUPS } from './full-dataset-names.js';

export const DATASET_NAME = 'full';
/** Bump when the generation changes: a database holding another version is not silently reused. */
export const DATASET_VERSION = 1;
export const DATASET_FINGERPRINT = `${DATASET_NAME}/v${DATASET_VERSION}`;
export const MARKER_TABLE = 'bench_dataset';

export const FULL_SCALE = {
  members: 3_000,
  contacts: 100_000,
  /** Of the contacts: people of member collectivities, then of other collectivities, then of partners. */
  memberPeople: 70_400,
  otherCollectivityPeople: 9_600,
  partners: 300,
  groupMemberships: 20_000,
  /** Participations of the first 15 editions; the 16th comes on top. */
  participations: 200_000,
  participations2024: 17_000,
  smallEditionParticipations: 420,
  germanyGroupMembers: 700,
} as const;

// ---------------------------------------------------------------------------------------------
// Derived figures (computed once, identical on every load)

export interface PartnerRow {
  name: string;
  acronym: string | null;
  kind: string;
  countryCode: string | null;
  website: string | null;
}

/** A small seeded generator for the few choices made in TypeScript (partner names, group sizes). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function partnerRows(): PartnerRow[] {
  const random = mulberry32(20240629);
  const rows: PartnerRow[] = DEMO_PARTNERS.map((partner) => ({
    name: partner.name,
    acronym: partner.acronym,
    kind: partner.kind,
    countryCode: 'FR',
    website: partner.website,
  }));
  const names = new Set(rows.map((row) => row.name));
  const add = (row: PartnerRow) => {
    if (names.has(row.name) || rows.length >= FULL_SCALE.partners) return;
    names.add(row.name);
    rows.push(row);
  };
  for (const [code, , of] of COUNTRIES.filter(([code]) => code !== 'FR')) {
    add({ name: `Ambassade ${of} en France`, acronym: null, kind: 'EMBASSY', countryCode: code, website: null });
  }
  for (const [city, country] of FOREIGN_CITIES.slice(0, 40)) {
    add({ name: `Ville de ${city}`, acronym: null, kind: 'FOREIGN_LOCAL_GOVERNMENT', countryCode: country, website: null });
  }
  const agencies = [
    'Agence de l’eau Seine-Normandie',
    'Agence de l’eau Rhône-Méditerranée-Corse',
    'Agence de l’eau Loire-Bretagne',
    'Agence de l’environnement et de la maîtrise de l’énergie',
    'Expertise France',
    'Business France',
    'Agence nationale de la cohésion des territoires',
    'Banque des territoires',
    'Campus France',
    'Institut français',
  ];
  agencies.forEach((name) => add({ name, acronym: null, kind: 'AGENCY', countryCode: 'FR', website: null }));
  const ministries = [
    'Ministère de la Transition écologique',
    'Ministère de l’Intérieur',
    'Ministère de l’Agriculture',
    'Ministère de l’Éducation nationale',
    'Ministère de la Culture',
  ];
  ministries.forEach((name) => add({ name, acronym: null, kind: 'MINISTRY', countryCode: 'FR', website: null }));
  const programmes = [
    'Interreg Europe',
    'Erasmus+',
    'Europe créative',
    'Citoyens, égalité, droits et valeurs',
    'Programme LIFE',
    'Horizon Europe',
    'Global Gateway',
    'Urbact',
  ];
  programmes.forEach((name) => add({ name, acronym: null, kind: 'EU_PROGRAMME', countryCode: null, website: null }));
  const networks = [
    'Conseil des communes et régions d’Europe',
    'Association internationale des maires francophones',
    'Metropolis',
    'ICLEI',
    'Eurocities',
    'Association française du Conseil des communes et régions d’Europe',
    'Réseau des villes créatives',
    'Alliance des villes pour la paix',
    'Energy Cities',
    'Climate Chance',
    'Régions de France',
    'Départements de France',
    'Intercommunalités de France',
    'Villes de France',
    'France urbaine',
  ];
  networks.forEach((name) => add({ name, acronym: null, kind: 'NETWORK', countryCode: null, website: null }));
  const universities = [
    'Bordeaux',
    'Lyon',
    'Lille',
    'Montpellier',
    'Strasbourg',
    'Rennes',
    'Grenoble Alpes',
    'Toulouse',
    'Nantes',
    'Aix-Marseille',
    'Dijon',
    'Poitiers',
    'Clermont Auvergne',
    'Caen',
    'Rouen',
    'Tours',
    'Limoges',
    'Besançon',
    'Nancy',
    'Reims',
  ];
  universities.forEach((city) =>
    add({ name: `Université de ${city}`, acronym: null, kind: 'ACADEMIC', countryCode: 'FR', website: null }),
  );
  const prefixes = ['Association', 'Fondation', 'ONG', 'Collectif', 'Réseau', 'Comité'];
  const subjects = [
    'Solidarité',
    'Eau',
    'Santé',
    'Éducation',
    'Climat',
    'Agriculture',
    'Jeunesse',
    'Femmes',
    'Culture',
    'Développement',
    'Paix',
    'Énergie',
  ];
  const suffixes = [
    'sans frontières',
    'internationale',
    'pour le développement',
    'Nord-Sud',
    'et territoires',
    'du monde',
    'partagée',
    'pour tous',
  ];
  while (rows.filter((row) => row.kind === 'NGO').length < 80) {
    const name = `${prefixes[Math.floor(random() * prefixes.length)]} ${subjects[Math.floor(random() * subjects.length)]} ${suffixes[Math.floor(random() * suffixes.length)]}`;
    add({ name, acronym: null, kind: 'NGO', countryCode: 'FR', website: null });
  }
  const trades = ['Conseil', 'Ingénierie', 'Énergies', 'Eau', 'Mobilités', 'Numérique', 'Environnement', 'Urbanisme'];
  const brands = ['Véolia', 'Suez', 'Egis', 'Artelia', 'Setec', 'Safege', 'Groupe Territoires', 'Altereo', 'Gret', 'Transdev'];
  while (rows.filter((row) => row.kind === 'COMPANY').length < 40) {
    const name = `${brands[Math.floor(random() * brands.length)]} ${trades[Math.floor(random() * trades.length)]}`;
    add({ name, acronym: null, kind: 'COMPANY', countryCode: 'FR', website: null });
  }
  for (let index = 1; rows.length < FULL_SCALE.partners; index++) {
    add({ name: `Partenaire associé n° ${index}`, acronym: null, kind: 'OTHER', countryCode: 'FR', website: null });
  }
  return rows;
}

export interface GroupRow {
  number: number;
  name: string;
  kind: 'COUNTRY' | 'THEMATIC';
  countries: string[];
  theme: string | null;
  allowsCoPresidency: boolean;
  size: number;
}

export function groupRows(): GroupRow[] {
  const groups: Omit<GroupRow, 'size' | 'number'>[] = [
    ...COUNTRY_GROUPS.map(([name, countries]) => ({
      name: `Groupe-pays ${name}`,
      kind: 'COUNTRY' as const,
      countries,
      theme: null,
      allowsCoPresidency: false,
    })),
    ...THEMATIC_GROUPS.map(([name, theme]) => ({
      name: `Groupe thématique ${name}`,
      kind: 'THEMATIC' as const,
      countries: [],
      theme,
      allowsCoPresidency: false,
    })),
  ];
  // A few groups are co-presided.
  for (const index of [6, 7, 25, 36, 40, 44]) groups[index]!.allowsCoPresidency = true;
  // Sizes: the first groups of each kind the largest, Germany fixed, 20,000 memberships in all.
  const germany = groups.findIndex((group) => group.countries.includes('DE') && group.countries.length === 1);
  const weights = groups.map((group, index) =>
    index === germany ? 0 : Math.pow(group.kind === 'COUNTRY' ? 40 - index : 20 - (index - COUNTRY_GROUPS.length), 0.8),
  );
  const rest = FULL_SCALE.groupMemberships - FULL_SCALE.germanyGroupMembers;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.floor((weight / total) * rest));
  sizes[germany] = FULL_SCALE.germanyGroupMembers;
  sizes[0]! += FULL_SCALE.groupMemberships - sizes.reduce((sum, size) => sum + size, 0);
  return groups.map((group, index) => ({ ...group, number: index + 1, size: sizes[index]! }));
}

export interface EditionRow {
  number: number;
  year: number;
  startsOn: string;
  title: string;
  size: number;
  persons: number;
  delegations: number;
  embassies: number;
  collectivitiesOnly: number;
  organisers: number;
  press: number;
  others: number;
  /** The people of an edition: contact number ((k × stride + shift) mod 100,000) + 1, all distinct. */
  stride: number;
  shift: number;
}

export const STRIDES = [7919, 7927, 7933, 7937, 7949, 7951, 7963, 7993, 8009, 8011, 8017, 8039, 8053, 8059, 8069, 8081];

export function editionTitle(number: number): string {
  return `${number}${number === 1 ? 'res' : 'e'} Rencontres de l'action internationale des collectivités territoriales`;
}

export function editionRows(): EditionRow[] {
  // Editions 1–14 (2010–2023) grow, with 2020 and 2021 smaller; 2024 holds 17,000; the 16th (2025) is small.
  const raw = Array.from({ length: 14 }, (_, index) => (10_000 + 520 * index) * (index === 10 ? 0.7 : index === 11 ? 0.9 : 1));
  const target = FULL_SCALE.participations - FULL_SCALE.participations2024;
  const scale = target / raw.reduce((sum, value) => sum + value, 0);
  const sizes = raw.map((value) => Math.round(value * scale));
  sizes[12]! += target - sizes.reduce((sum, value) => sum + value, 0);
  sizes.push(FULL_SCALE.participations2024, FULL_SCALE.smallEditionParticipations);
  return sizes.map((size, index) => {
    const number = index + 1;
    const year = 2009 + number;
    const delegations = Math.round((size * 0.09) / 3) * 3;
    const embassies = Math.round(size * 0.02);
    const collectivitiesOnly = Math.round(size * 0.05);
    const organisers = Math.max(5, Math.round(size * 0.01));
    const press = Math.max(3, Math.round(size * 0.01));
    const others = Math.round(size * 0.1);
    return {
      number,
      year,
      startsOn: `${year}-06-${String(23 + (number % 7)).padStart(2, '0')}`,
      title: editionTitle(number),
      size,
      persons: size - delegations - embassies - collectivitiesOnly - organisers - press - others,
      delegations,
      embassies,
      collectivitiesOnly,
      organisers,
      press,
      others,
      stride: STRIDES[index % STRIDES.length]!,
      shift: number * 6151,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Loading

/** One statement, with its parameters (several statements in one text go without parameters). */

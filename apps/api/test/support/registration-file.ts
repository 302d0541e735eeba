import { createRequire } from 'node:module';

/**
 * A registration list as an event platform exports it for the Rencontres: 530 data lines, UTF-8
 * with a byte order mark, semicolons, French headers, CRLF, a blank line, a few duplicates, and
 * the kinds of organisation an edition gathers: communes (INSEE code, and one whose code matches
 * nothing but whose name does), intercommunalities by SIREN, départements and régions by their
 * codes (84 is both Auvergne-Rhône-Alpes and Vaucluse), the overseas collectivities, partners
 * written with their acronym, foreign delegations, embassies, associations; statuses in French and
 * English, one nobody reads ("Excusé(e)"); 98 people whose name a contact already has with another
 * email. The figures the edition should show once imported are computed from the same lines,
 * independently of the import.
 */

export const REGISTRATION_HEADER = "Civilité;Prénom;Nom;E-mail;Organisation;Type d'organisation;Code officiel;Pays;Rôle;Statut";

/** The partners the file names by acronym: they exist in the CRM before the import. */
export const REGISTRATION_PARTNERS = [
  {
    name: 'Agence française de développement',
    acronym: 'AFD',
    kind: 'AGENCY',
    written: 'Agence française de développement (AFD)',
  },
  {
    name: 'Cités et Gouvernements Locaux Unis',
    acronym: 'CGLU',
    kind: 'NETWORK',
    written: 'CGLU – Cités et gouvernements locaux unis',
  },
  { name: 'PLATFORMA', acronym: null, kind: 'EU_PROGRAMME', written: 'PLATFORMA' },
  {
    name: "Ministère de l'Europe et des Affaires étrangères",
    acronym: 'MEAE',
    kind: 'MINISTRY',
    written: "Ministère de l'Europe et des Affaires étrangères (MEAE)",
  },
] as const;

/** The status value of the file no rule reads: the person says what it means. */
export const UNREAD_STATUS = { value: 'Excusé(e)', status: 'CANCELLED' } as const;

type Status = 'REGISTERED' | 'ATTENDED' | 'NO_SHOW' | 'CANCELLED';

export interface RegistrationFigures {
  registered: number;
  attended: number;
  cancelled: number;
  noShow: number;
  frenchCollectivities: number;
  countries: number;
  foreignDelegations: number;
  embassies: number;
  speakers: number;
}

export interface RegistrationFile {
  fileName: string;
  /** The file's text, byte order mark included. */
  csv: string;
  /** Lines under the header, the blank one aside. */
  dataLines: number;
  duplicates: number;
  /** Contacts to create before the import: the same names as lines of the file, another email. */
  namesakes: { firstName: string; lastName: string; email: string }[];
  /** Lines whose registration ends up cancelled only through the unread status's mapping. */
  unreadStatusLines: number;
  expected: RegistrationFigures;
}

interface Line {
  civility: string;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  type: string;
  code: string;
  country: string;
  countryCode: string;
  role: string;
  speaker: boolean;
  statusCell: string;
  status: Status;
  /** What the figures count the line's organisation as. */
  french: string | null;
  delegation: string | null;
  embassy: string | null;
}

const STATUS_CYCLE: [string, Status][] = [
  ['Présent', 'ATTENDED'],
  ['Présent', 'ATTENDED'],
  ['Absent', 'NO_SHOW'],
  ['Présent', 'ATTENDED'],
  ['Inscrit', 'REGISTERED'],
  ['Présent', 'ATTENDED'],
  ['Attended', 'ATTENDED'],
  ['Présent', 'ATTENDED'],
  ['Annulé', 'CANCELLED'],
  ['Présente', 'ATTENDED'],
  ['No-show', 'NO_SHOW'],
  ['Présent', 'ATTENDED'],
  ['Présent', 'ATTENDED'],
  ['Registered', 'REGISTERED'],
  ['Présent', 'ATTENDED'],
  ['Cancelled', 'CANCELLED'],
  ['Présent', 'ATTENDED'],
  ['Absente', 'NO_SHOW'],
  ['Présent', 'ATTENDED'],
  ['Confirmé', 'REGISTERED'],
];

const FIRST_NAMES = [
  'Nathalie',
  'Paul',
  'Claire',
  'Hugo',
  'Léa',
  'Marc',
  'Sophie',
  'Julien',
  'Amélie',
  'Thomas',
  'Chloé',
  'Nicolas',
  'Manon',
  'Antoine',
  'Camille',
  'Lucas',
  'Inès',
  'Yannick',
  'Élodie',
  'François',
  'Awa',
  'Ousmane',
  'Kenji',
  'Mariam',
  'Karim',
  'Fatou',
  'Jean',
  'Anne',
  'Pierre',
  'Marie',
  'Louis',
  'Juliette',
  'Gabriel',
  'Agathe',
  'Mathieu',
  'Hélène',
  'Bruno',
  'Sandrine',
  'Olivier',
  'Céline',
  'Rémi',
  'Laure',
  'Damien',
  'Isabelle',
  'Youssef',
  'Aïcha',
  'Tran',
  'Linh',
  'Diego',
  'Lucia',
];
const SYLLABLES = [
  'ber',
  'dou',
  'mar',
  'lan',
  'val',
  'cor',
  'mon',
  'fon',
  'ret',
  'gal',
  'bou',
  'sal',
  'ver',
  'dur',
  'pel',
  'tan',
  'ros',
  'mau',
  'qui',
  'lef',
  'kad',
  'nor',
];
const ENDINGS = ['in', 'et', 'ot', 'and', 'ier', 'eau', 'ard', 'el', 'y', 'on', 'ec', 'as'];

const DELEGATIONS: [string, string, string][] = [
  ['Municipalité de Bamako', 'Mali', 'ML'],
  ['Ville de Saint-Louis du Sénégal', 'Sénégal', 'SN'],
  ['Commune de Ouagadougou', 'Burkina Faso', 'BF'],
  ['Municipalité de Tunis', 'Tunisie', 'TN'],
  ['Commune urbaine de Chefchaouen', 'Maroc', 'MA'],
  ['Municipalité de Byblos', 'Liban', 'LB'],
  ['Municipalité de Bethléem', 'Palestine', 'PS'],
  ['Comité populaire de Hué', 'Vietnam', 'VN'],
  ['Commune urbaine de Mahajanga', 'Madagascar', 'MG'],
  ['Ville de Niamey', 'Niger', 'NE'],
  ['Mairie de Porto-Novo', 'Bénin', 'BJ'],
  ['Communauté urbaine de Douala', 'Cameroun', 'CM'],
  ['Mairie de Jacmel', 'Haïti', 'HT'],
  ['Municipalité d’Erevan', 'Arménie', 'AM'],
  ['Conseil municipal de Lviv', 'Ukraine', 'UA'],
];
const CANCELLED_DELEGATION: [string, string, string] = ['Mairie de Koutaïssi', 'Géorgie', 'GE'];
const EMBASSIES: [string, string, string][] = [
  ['Ambassade du Japon en France', 'Japon', 'JP'],
  ['Ambassade de Chine en France', 'Chine', 'CN'],
  ["Ambassade d'Allemagne", 'Allemagne', 'DE'],
  ["Ambassade d'Italie", 'Italie', 'IT'],
  ["Ambassade d'Espagne", 'Espagne', 'ES'],
  ['Ambassade de Belgique', 'Belgique', 'BE'],
  ['Ambassade du Canada', 'Canada', 'CA'],
  ['Ambassade du Brésil', 'Brésil', 'BR'],
  ['Ambassade du Mexique', 'Mexique', 'MX'],
  ["Ambassade d'Argentine", 'Argentine', 'AR'],
  ['Ambassade du Chili', 'Chili', 'CL'],
  ["Ambassade de l'Inde", 'Inde', 'IN'],
  ['Ambassade de Corée', 'Corée du Sud', 'KR'],
  ["Ambassade d'Égypte", 'Égypte', 'EG'],
  ["Ambassade d'Algérie", 'Algérie', 'DZ'],
  ["Ambassade de Côte d'Ivoire", "Côte d'Ivoire", 'CI'],
  ['Ambassade du Togo', 'Togo', 'TG'],
  ['Ambassade de Pologne', 'Pologne', 'PL'],
];
const CANCELLED_EMBASSY: [string, string, string] = ['Ambassade de Suède', 'Suède', 'SE'];
const DEPARTMENTS: [string, string][] = [
  ['37', "Conseil départemental d'Indre-et-Loire"],
  ['2A', 'Collectivité de Corse – Corse-du-Sud'],
  ['974', 'Département de La Réunion'],
  ['84', 'Conseil départemental de Vaucluse'],
  ['21', "Conseil départemental de la Côte-d'Or"],
  ['33', 'Département de la Gironde'],
  ['59', 'Conseil départemental du Nord'],
  ['2B', 'Haute-Corse'],
];
const REGIONS: [string, string][] = [
  ['84', 'Région Auvergne-Rhône-Alpes'],
  ['27', 'Conseil régional de Bourgogne-Franche-Comté'],
  ['11', 'Région Île-de-France'],
  ['53', 'Région Bretagne'],
];
const OVERSEAS: [string, string][] = [
  ['975', 'Collectivité territoriale de Saint-Pierre-et-Miquelon'],
  ['977', 'Collectivité de Saint-Barthélemy'],
  ['978', 'Collectivité de Saint-Martin'],
  ['986', 'Wallis-et-Futuna'],
  ['987', 'Polynésie française'],
  ['988', 'Nouvelle-Calédonie'],
];
const ASSOCIATIONS = [
  'Association Terre Solidaire',
  'Réseau Coopérer Ensemble',
  'Fondation Horizons Partagés',
  'Association Eau Pour Tous',
  'Collectif Climat Local',
  'Institut Solidarités Internationales',
  'Université Populaire du Monde',
  'Association Jeunesse et Monde',
  'Maison des Coopérations',
  'Réseau Villes Partenaires',
  'Association Santé Sans Distance',
  'Collectif Éducation Mondiale',
  'Journal des Territoires',
  'Cités Unies France',
];

/** A deterministic generator: the same seed gives the same file. */
function generator(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Referential {
  communes: { code: string; nom: string; type: string; population?: number }[];
  epci: { code: string; nom: string; populationMunicipale: number }[];
}

function referential(): Referential {
  const require = createRequire(import.meta.url);
  return {
    communes: require('@etalab/decoupage-administratif/data/communes.json'),
    epci: require('@etalab/decoupage-administratif/data/epci.json'),
  };
}

export function registrationFile(seed = 'raict-2021'): RegistrationFile {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const names = new Set<string>();
  const person = (): { firstName: string; lastName: string } => {
    for (;;) {
      const firstName = pick(FIRST_NAMES);
      const root = pick(SYLLABLES) + pick(SYLLABLES) + pick(ENDINGS);
      const lastName = root.charAt(0).toUpperCase() + root.slice(1);
      if (!names.has(`${firstName} ${lastName}`)) {
        names.add(`${firstName} ${lastName}`);
        return { firstName, lastName };
      }
    }
  };
  const { communes, epci } = referential();
  // the largest communes and intercommunalities: they are in every referential
  const largestCommunes = communes
    .filter((commune) => commune.type === 'commune-actuelle' && !/^97[5-8]|^98/.test(commune.code))
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .slice(0, 100);
  const largestEpci = [...epci].sort((a, b) => b.populationMunicipale - a.populationMunicipale).slice(0, 15);

  const lines: Line[] = [];
  let cycle = 0;
  const add = (
    organisation: Omit<Line, 'civility' | 'firstName' | 'lastName' | 'email' | 'statusCell' | 'status' | 'role' | 'speaker'>,
    role = 'Participant(e)',
    status?: [string, Status],
  ) => {
    const { firstName, lastName } = person();
    const [statusCell, statusValue] = status ?? STATUS_CYCLE[cycle++ % STATUS_CYCLE.length]!;
    lines.push({
      ...organisation,
      civility: lines.length % 2 ? 'M.' : 'Mme',
      firstName,
      lastName,
      email: `${slug(firstName)}.${slug(lastName)}.${slug(seed)}@inscrits.test`,
      role,
      speaker: /interven|speaker/i.test(role),
      statusCell,
      status: statusValue,
    });
  };
  const none = { french: null, delegation: null, embassy: null };
  const france = { country: 'France', countryCode: 'FR' };

  largestCommunes.forEach((commune, index) => {
    const organisation = {
      ...none,
      ...france,
      organisation: index % 3 ? commune.nom : `Ville de ${commune.nom}`,
      type: index % 2 ? 'Commune' : 'Collectivité territoriale',
      code: commune.code,
      french: `insee:${commune.code}`,
    };
    for (let count = index < 60 ? 2 : 1; count > 0; count--)
      add(organisation, index % 15 === 0 && count === 1 ? 'Intervenant(e)' : 'Participant(e)');
  });
  // a code that matches nothing: the name finds the commune
  add({ ...none, ...france, organisation: 'Ville de Dijon', type: 'Commune', code: '99999', french: 'insee:21231' });
  largestEpci.forEach((body, index) => {
    const code = index === 0 ? body.code.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : body.code;
    const organisation = { ...none, ...france, organisation: body.nom, type: 'EPCI', code, french: `siren:${body.code}` };
    add(organisation, index === 3 ? 'Speaker' : 'Participant(e)');
    add(organisation);
  });
  for (const [code, name] of DEPARTMENTS) {
    const organisation = { ...none, ...france, organisation: name, type: 'Département', code, french: `department:${code}` };
    add(organisation, 'Intervenant(e)');
    add(organisation);
  }
  for (const [code, name] of REGIONS) {
    const organisation = { ...none, ...france, organisation: name, type: 'Région', code, french: `region:${code}` };
    add(organisation);
    add(organisation);
  }
  for (const [code, name] of OVERSEAS) {
    add({ ...none, ...france, organisation: name, type: "Collectivité d'outre-mer", code, french: `overseas:${code}` });
  }
  REGISTRATION_PARTNERS.forEach((partner, index) => {
    for (let count = 0; count < 3 + index; count++)
      add(
        { ...none, ...france, organisation: partner.written, type: 'Partenaire', code: '' },
        count === 0 ? 'Intervenant(e)' : 'Partenaire',
      );
  });
  for (const [organisation, country, countryCode] of DELEGATIONS) {
    for (let count = 0; count < 3; count++) {
      add(
        { ...none, organisation, type: 'Délégation étrangère', code: '', country, countryCode, delegation: organisation },
        'Délégation étrangère',
        count === 0 ? ['Présent', 'ATTENDED'] : undefined,
      );
    }
  }
  for (let count = 0; count < 2; count++) {
    const [organisation, country, countryCode] = CANCELLED_DELEGATION;
    add(
      { ...none, organisation, type: 'Délégation étrangère', code: '', country, countryCode, delegation: organisation },
      'Délégation étrangère',
      ['Annulé', 'CANCELLED'],
    );
  }
  for (const [organisation, country, countryCode] of EMBASSIES) {
    for (let count = 0; count < 2; count++) {
      add(
        { ...none, organisation, type: 'Ambassade', code: '', country, countryCode, embassy: organisation },
        'Ambassade',
        count === 0 ? ['Présent', 'ATTENDED'] : undefined,
      );
    }
  }
  add(
    {
      ...none,
      organisation: CANCELLED_EMBASSY[0],
      type: 'Ambassade',
      code: '',
      country: CANCELLED_EMBASSY[1],
      countryCode: CANCELLED_EMBASSY[2],
      embassy: CANCELLED_EMBASSY[0],
    },
    'Ambassade',
    ['Cancelled', 'CANCELLED'],
  );
  // associations, networks, the press: kept by name; a few "excused"
  let excused = 0;
  while (lines.length < 524) {
    const organisation = pick(ASSOCIATIONS);
    const status: [string, Status] | undefined =
      excused < 4 && lines.length % 25 === 0 ? [UNREAD_STATUS.value, UNREAD_STATUS.status] : undefined;
    if (status) excused += 1;
    add(
      { ...none, ...france, organisation, type: 'Association', code: '' },
      lines.length % 40 === 0 ? 'Intervenant(e)' : 'Participant(e)',
      status,
    );
  }

  // 98 people a contact already is, by name, with another email; never one that is repeated below
  const namesakeLines = lines.filter((_, index) => index % 5 === 2).slice(0, 98);
  const namesakes = namesakeLines.map((line) => ({
    firstName: line.firstName,
    lastName: line.lastName,
    email: `${slug(line.firstName)}.${slug(line.lastName)}.${slug(seed)}@ancienne-adresse.test`,
  }));
  // the platform exported six people twice (one in capitals)
  const repeated = lines.filter((_, index) => index % 5 === 4).slice(0, 6);
  const cell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = (line: Line, email = line.email) =>
    [
      line.civility,
      line.firstName,
      line.lastName,
      email,
      line.organisation,
      line.type,
      line.code,
      line.country,
      line.role,
      line.statusCell,
    ]
      .map(cell)
      .join(';');
  const rows = lines.map((line) => text(line));
  rows.splice(200, 0, '');
  rows.push(...repeated.map((line, index) => text(line, index === 0 ? line.email.toUpperCase() : line.email)));

  const counted = lines.filter((line) => line.status !== 'CANCELLED');
  const distinct = (values: (string | null)[]) => new Set(values.filter((value): value is string => value !== null)).size;
  const expected: RegistrationFigures = {
    registered: counted.length,
    attended: lines.filter((line) => line.status === 'ATTENDED').length,
    cancelled: lines.filter((line) => line.status === 'CANCELLED').length,
    noShow: lines.filter((line) => line.status === 'NO_SHOW').length,
    frenchCollectivities: distinct(counted.map((line) => line.french)),
    countries: distinct(counted.map((line) => line.countryCode)),
    foreignDelegations: distinct(counted.map((line) => line.delegation)),
    embassies: distinct(counted.map((line) => line.embassy)),
    speakers: counted.filter((line) => line.speaker).length,
  };
  return {
    fileName: 'inscriptions-rencontres-aict.csv',
    csv: `\uFEFF${[REGISTRATION_HEADER, ...rows].join('\r\n')}\r\n`,
    dataLines: lines.length + repeated.length,
    duplicates: repeated.length,
    namesakes,
    unreadStatusLines: excused,
    expected,
  };
}

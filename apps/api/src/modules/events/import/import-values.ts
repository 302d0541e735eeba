import { Civility, CollectivityKind, ParticipationRole, ParticipationStatus, wallTimeInstant } from '@territoria/domain';
import { isEmail } from 'class-validator';
import countries from 'i18n-iso-countries';
import { normaliseText } from './text-normalising.js';

/** How a registration list names in what capacity someone comes. */
const ROLES: Record<ParticipationRole, string[]> = {
  ATTENDEE: [
    'participant',
    'participante',
    'participants',
    'attendee',
    'visiteur',
    'visiteuse',
    'invite',
    'invitee',
    'guest',
    'delegate',
    'delegue',
    'deleguee',
  ],
  SPEAKER: [
    'intervenant',
    'intervenante',
    'speaker',
    'orateur',
    'oratrice',
    'conferencier',
    'conferenciere',
    'panelist',
    'paneliste',
  ],
  ORGANISER: ['organisateur', 'organisatrice', 'organiser', 'organizer', 'staff', 'equipe', 'equipe organisatrice'],
  PARTNER: ['partenaire', 'partner', 'sponsor'],
  FOREIGN_DELEGATION: ['delegation etrangere', 'foreign delegation', 'delegation', 'delegation internationale'],
  EMBASSY: ['ambassade', 'embassy', 'ambassadeur', 'ambassadrice', 'ambassador', 'corps diplomatique'],
  PRESS: ['presse', 'journaliste', 'press', 'journalist', 'media', 'medias'],
};
const ROLE_BY_NAME = new Map<string, ParticipationRole>(
  (Object.entries(ROLES) as [ParticipationRole, string[]][]).flatMap(([role, names]) =>
    names.map((name) => [name, role] as const),
  ),
);

/** undefined: the cell is empty (ATTENDEE unless the organisation type says otherwise); null: not a role we know. */
export function parseRole(value: string): ParticipationRole | null | undefined {
  if (value.trim() === '') return undefined;
  return (
    ROLE_BY_NAME.get(
      normaliseText(value)
        .replace(/\bparticipant e\b/, 'participant')
        .replace(/\bintervenant e\b/, 'intervenant'),
    ) ?? null
  );
}

/** What the organisation type column says, as far as matching is concerned. */
export type OrganisationType = 'COLLECTIVITY' | 'PARTNER' | 'EMBASSY' | 'FOREIGN';

const ORGANISATION_TYPES: Record<OrganisationType, string[]> = {
  COLLECTIVITY: [
    'collectivite',
    'collectivite territoriale',
    'collectivite locale',
    'collectivites territoriales',
    'commune',
    'mairie',
    'ville',
    'departement',
    'conseil departemental',
    'region',
    'conseil regional',
    'epci',
    'intercommunalite',
    'metropole',
    'communaute urbaine',
    'communaute d agglomeration',
    'communaute de communes',
    'local authority',
    'local government',
    'french local authority',
    'municipality',
  ],
  PARTNER: [
    'partenaire',
    'partner',
    'ministere',
    'ministry',
    'agence',
    'agency',
    'association',
    'ong',
    'ngo',
    'entreprise',
    'company',
    'reseau',
    'network',
    'universite',
    'university',
    'etablissement public',
    'fondation',
    'foundation',
    'institution',
  ],
  EMBASSY: ['ambassade', 'embassy', 'consulat', 'consulate', 'representation diplomatique'],
  FOREIGN: [
    'delegation etrangere',
    'collectivite etrangere',
    'foreign delegation',
    'foreign local government',
    'collectivite locale etrangere',
    'autorite locale etrangere',
    'foreign local authority',
  ],
};
const TYPE_BY_NAME = new Map<string, OrganisationType>(
  (Object.entries(ORGANISATION_TYPES) as [OrganisationType, string[]][]).flatMap(([type, names]) =>
    names.map((name) => [name, type] as const),
  ),
);

/** null: empty or a type we do not know, which restricts nothing. */
export function parseOrganisationType(value: string): OrganisationType | null {
  return TYPE_BY_NAME.get(normaliseText(value)) ?? null;
}

const INTERCOMMUNAL: CollectivityKind[] = [
  CollectivityKind.METROPOLIS,
  CollectivityKind.URBAN_COMMUNITY,
  CollectivityKind.AGGLOMERATION_COMMUNITY,
  CollectivityKind.COMMUNITY_OF_COMMUNES,
  CollectivityKind.TERRITORIAL_PUBLIC_ESTABLISHMENT,
  CollectivityKind.SPECIAL_STATUS,
];
/** The kinds of collectivity a type names, to tell a région from a département of the same code (84). */
const KINDS_BY_TYPE: [RegExp, CollectivityKind[]][] = [
  [/^(?:commune|mairie|ville|municipality|town|city)\b/, [CollectivityKind.COMMUNE]],
  [
    /^(?:departement|conseil departemental|conseil general|department)\b/,
    [CollectivityKind.DEPARTMENT, CollectivityKind.SPECIAL_STATUS],
  ],
  [/^(?:region|conseil regional|region council|regional council)\b/, [CollectivityKind.REGION, CollectivityKind.SPECIAL_STATUS]],
  [
    /^(?:epci|intercommunalite|metropole|communaute urbaine|communaute d agglomeration|communaute de communes|etablissement public territorial)\b/,
    INTERCOMMUNAL,
  ],
  [
    /^(?:collectivite d outre mer|com|outre mer|collectivite ultramarine)\b/,
    [CollectivityKind.OVERSEAS_COLLECTIVITY, CollectivityKind.SPECIAL_STATUS],
  ],
];

/** The collectivity kinds an organisation type (or a name starting like one) points to; null: any. */
export function collectivityKindsOf(value: string): CollectivityKind[] | null {
  const text = normaliseText(value);
  return KINDS_BY_TYPE.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** How a registration list or a sign-in sheet says whether someone came, French and English. */
const STATUSES: Record<ParticipationStatus, string[]> = {
  REGISTERED: [
    'inscrit',
    'inscrite',
    'inscrit e',
    'inscrits',
    'registered',
    'confirme',
    'confirmee',
    'confirme e',
    'confirmed',
    'valide',
    'validee',
    'valide e',
    'attending',
    'booked',
    'reserve',
    'reservee',
    'en attente de venue',
    'a venir',
    'enregistre',
    'enregistree',
  ],
  ATTENDED: [
    'present',
    'presente',
    'present e',
    'presents',
    'attended',
    'checked in',
    'checkedin',
    'check in',
    'arrive',
    'arrivee',
    'arrive e',
    'venu',
    'venue',
    'venu e',
    'a participe',
    'participe',
    'emarge',
    'emargee',
    'emarge e',
    'oui',
    'yes',
    'y',
    'o',
    'x',
    'showed up',
    'attendance confirmed',
  ],
  NO_SHOW: [
    'absent',
    'absente',
    'absent e',
    'absents',
    'no show',
    'noshow',
    'non venu',
    'non venue',
    'non venu e',
    'did not attend',
    'not attended',
    'non',
    'no',
    'n',
  ],
  CANCELLED: [
    'annule',
    'annulee',
    'annule e',
    'annulation',
    'cancelled',
    'canceled',
    'cancel',
    'cancellation',
    'desinscrit',
    'desinscrite',
    'desinscrit e',
    'unregistered',
    'withdrawn',
    'refunded',
    'rembourse',
    'refused',
    'decline',
    'declined',
    'declinee',
  ],
};
const STATUS_BY_WORD = new Map<string, ParticipationStatus>(
  (Object.entries(STATUSES) as [ParticipationStatus, string[]][]).flatMap(([status, words]) =>
    words.map((word) => [word, status] as const),
  ),
);

/** The key a status cell is known by: "Présent(e)", "PRESENT·E" and "présent e" are one value. */
export function statusKey(value: string): string {
  return normaliseText(value);
}

/**
 * A status cell: undefined when empty, null when it is no word we know (the person maps it, or
 * the line is in error). `mapping` holds the person's choices, by statusKey, over the words known.
 */
export function parseStatus(
  value: string,
  mapping: ReadonlyMap<string, ParticipationStatus> = new Map(),
): ParticipationStatus | null | undefined {
  const key = statusKey(value);
  if (key === '') return undefined;
  return mapping.get(key) ?? STATUS_BY_WORD.get(key) ?? null;
}

const CIVILITIES = new Map<string, Civility>([
  ['m', Civility.MR],
  ['mr', Civility.MR],
  ['monsieur', Civility.MR],
  ['mister', Civility.MR],
  ['sir', Civility.MR],
  ['mme', Civility.MS],
  ['madame', Civility.MS],
  ['mrs', Civility.MS],
  ['ms', Civility.MS],
  ['miss', Civility.MS],
  ['mlle', Civility.MS],
  ['mademoiselle', Civility.MS],
  ['mme m', Civility.MS],
]);

/** null: empty or not a civility we know (a title such as "Dr" is not one). */
export function parseCivility(value: string): Civility | null {
  return CIVILITIES.get(normaliseText(value)) ?? null;
}

/** Country names in French and English (with their usual variants), alpha-2 and alpha-3 codes. */
const COUNTRY_BY_NAME = (() => {
  const map = new Map<string, string>();
  for (const language of ['en', 'fr']) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) map.set(normaliseText(name), code);
    }
  }
  const extras: Record<string, string> = {
    'etats unis': 'US',
    usa: 'US',
    angleterre: 'GB',
    england: 'GB',
    ecosse: 'GB',
    scotland: 'GB',
    'pays de galles': 'GB',
    wales: 'GB',
    coree: 'KR',
    'coree du sud': 'KR',
    russie: 'RU',
    russia: 'RU',
    vietnam: 'VN',
    'viet nam': 'VN',
    'cote d ivoire': 'CI',
    tchequie: 'CZ',
    'republique tcheque': 'CZ',
    'czech republic': 'CZ',
    hollande: 'NL',
    'pays bas': 'NL',
    bolivie: 'BO',
    bolivia: 'BO',
    iran: 'IR',
    syrie: 'SY',
    syria: 'SY',
    tanzanie: 'TZ',
    tanzania: 'TZ',
    moldavie: 'MD',
    moldova: 'MD',
    laos: 'LA',
    'congo brazzaville': 'CG',
    'congo kinshasa': 'CD',
    rdc: 'CD',
    palestine: 'PS',
    'territoires palestiniens': 'PS',
    macedoine: 'MK',
    'macedoine du nord': 'MK',
    'north macedonia': 'MK',
    'cap vert': 'CV',
    'cape verde': 'CV',
    birmanie: 'MM',
    burma: 'MM',
    taiwan: 'TW',
    vatican: 'VA',
    'saint siege': 'VA',
    'holy see': 'VA',
  };
  for (const [name, code] of Object.entries(extras)) map.set(name, code);
  return map;
})();

/** ISO 3166-1 alpha-2 of a country name or code; undefined when empty, null when unknown. */
export function parseCountry(value: string): string | null | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2) return alpha2;
  }
  return COUNTRY_BY_NAME.get(normaliseText(text)) ?? null;
}

/** Lower-cased email, null when empty, false when it is not an email address. */
export function parseEmail(value: string): string | null | false {
  const email = value.trim().toLowerCase();
  if (email === '') return null;
  return email.length <= 320 && isEmail(email) ? email : false;
}

/**
 * A registration date: ISO 8601 ("2021-06-14", "2021-06-14T09:30:00Z"), or French
 * "14/06/2021" and "14/06/2021 09:30". Without a zone, a time is read on a Paris clock (the
 * association's, see wallTimeInstant). null when empty or not understood.
 */
export function parseRegistrationDate(value: string): Date | null {
  const text = value.trim();
  if (text === '') return null;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (french) {
    const [, day, month, year, hours = '0', minutes = '0', seconds = '0'] = french;
    return wallTimeInstant(Number(year), Number(month), Number(day), Number(hours), Number(minutes), Number(seconds));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!iso) return null;
  const [, year, month, day, hours = '0', minutes = '0', seconds = '0', zone] = iso;
  if (!zone) return wallTimeInstant(Number(year), Number(month), Number(day), Number(hours), Number(minutes), Number(seconds));
  const date = new Date(text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The kind of official code a cell holds: a SIREN (9 digits, or the first 9 of a SIRET), or an
 * INSEE code: a commune's 5 characters, a département's 2 or 3 (2A, 2B, 971…976), a région's 2,
 * an overseas collectivity's 3 (975, 977, 978, 986, 987, 988) or another special code (6AE). A
 * spreadsheet drops leading zeros: 4 digits are read as a commune of 01…09, 1 digit as a
 * département. undefined when empty, null when it is none of these.
 */
export function parseOrganisationCode(value: string): { siren: string } | { inseeCode: string } | null | undefined {
  const compact = value.replace(/[\s.]/g, '').toUpperCase();
  if (compact === '') return undefined;
  if (/^\d{14}$/.test(compact)) return { siren: compact.slice(0, 9) };
  if (/^\d{9}$/.test(compact)) return { siren: compact };
  if (/^(?:\d{5}|2[AB]\d{3})$/.test(compact)) return { inseeCode: compact };
  if (/^\d{4}$/.test(compact)) return { inseeCode: `0${compact}` };
  if (/^[1-9]$/.test(compact)) return { inseeCode: `0${compact}` };
  if (/^(?:\d{2,3}|2[AB]|\d[0-9][A-Z]{1,2}|\d[A-Z]{2})$/.test(compact)) return { inseeCode: compact };
  return null;
}

import { CollectivityKind, ImportField, ParticipationRole, ParticipationStatus } from '@territoria/domain';
import { type ImportRowError } from './dto/import.types.js';
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
  type OrganisationType,
} from './import-values.js';
import type { CsvRow } from './csv-reading.js';
import { normaliseText } from './text-normalising.js';

/** One line of the file, read through the mapping. */
export interface RowValues {
  line: number;
  civility: string | null;
  firstName: string | null;
  lastName: string | null;
  /** Lower-cased; null when empty or invalid (then an error says so). */
  email: string | null;
  phone: string | null;
  /** "Adjointe au maire", "Chargé de mission AICT": becomes a new contact's position in the organisation. */
  jobTitle: string | null;
  organisation: string | null;
  organisationType: OrganisationType | null;
  /** The kinds of collectivity the type column names ("Région", "EPCI"…); null: any. */
  organisationKinds: CollectivityKind[] | null;
  code: { siren: string } | { inseeCode: string } | null;
  /** The code cell as typed when it is no official code (then the name decides). */
  invalidCode: string | null;
  /** From the file; null when the cell is empty. */
  countryCode: string | null;
  role: ParticipationRole;
  /** What the status column says; null when there is none or the cell is empty. */
  status: ParticipationStatus | null;
  registeredAt: Date | null;
  errors: ImportRowError[];
}

const MAX_LENGTHS: Partial<Record<ImportField, number>> = {
  FIRST_NAME: 100,
  LAST_NAME: 100,
  PHONE: 40,
  JOB_TITLE: 200,
  ORGANISATION: 300,
};

/** Reads a line's cells as the mapping says, with an error per value that cannot be used. */
export function readRow(
  row: CsvRow,
  mapping: (ImportField | null)[],
  statusMapping: ReadonlyMap<string, ParticipationStatus> = new Map(),
): RowValues {
  const cell = (field: ImportField): string => {
    const index = mapping.indexOf(field);
    return index < 0 ? '' : (row.cells[index] ?? '');
  };
  const errors: ImportRowError[] = [];
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [ImportField, number][]) {
    if (cell(field).length > max)
      errors.push({ field, code: 'TOO_LONG', value: `${cell(field).slice(0, 40)}…`, message: `Longer than ${max} characters.` });
  }
  const email = parseEmail(cell(ImportField.EMAIL));
  if (email === false)
    errors.push({
      field: ImportField.EMAIL,
      code: 'INVALID_EMAIL',
      value: cell(ImportField.EMAIL),
      message: `Not an email address: "${cell(ImportField.EMAIL)}".`,
    });
  const country = parseCountry(cell(ImportField.COUNTRY));
  if (country === null)
    errors.push({
      field: ImportField.COUNTRY,
      code: 'UNKNOWN_COUNTRY',
      value: cell(ImportField.COUNTRY),
      message: `Unknown country: "${cell(ImportField.COUNTRY)}".`,
    });
  const organisationType = parseOrganisationType(cell(ImportField.ORGANISATION_TYPE));
  const role = parseRole(cell(ImportField.ROLE));
  if (role === null) {
    errors.push({
      field: ImportField.ROLE,
      code: 'UNKNOWN_ROLE',
      value: cell(ImportField.ROLE),
      message: `Unknown role: "${cell(ImportField.ROLE)}" (participant, speaker, organiser, partner, foreign delegation, embassy or press).`,
    });
  }
  const code =
    organisationType === 'COLLECTIVITY' || organisationType === null
      ? parseOrganisationCode(cell(ImportField.ORGANISATION_CODE))
      : undefined;
  const status = parseStatus(cell(ImportField.STATUS), statusMapping);
  if (status === null) {
    errors.push({
      field: ImportField.STATUS,
      code: 'UNKNOWN_STATUS',
      value: cell(ImportField.STATUS),
      message: `Unknown status: "${cell(ImportField.STATUS)}" (présent, absent, annulé, inscrit; present, no-show, cancelled, registered): say which status it means.`,
    });
  }
  const text = (field: ImportField) => cell(field) || null;
  return {
    line: row.line,
    civility: parseCivility(cell(ImportField.CIVILITY)),
    firstName: text(ImportField.FIRST_NAME),
    lastName: text(ImportField.LAST_NAME),
    email: email || null,
    phone: text(ImportField.PHONE),
    jobTitle: text(ImportField.JOB_TITLE),
    organisation: text(ImportField.ORGANISATION),
    organisationType,
    organisationKinds: collectivityKindsOf(cell(ImportField.ORGANISATION_TYPE)),
    code: code ?? null,
    invalidCode: code === null ? cell(ImportField.ORGANISATION_CODE) : null,
    countryCode: country ?? null,
    role:
      role ??
      (organisationType === 'EMBASSY'
        ? ParticipationRole.EMBASSY
        : organisationType === 'FOREIGN'
          ? ParticipationRole.FOREIGN_DELEGATION
          : ParticipationRole.ATTENDEE),
    status: status ?? null,
    registeredAt: parseRegistrationDate(cell(ImportField.REGISTERED_AT)),
    errors,
  };
}

/** "First Last" as sent to search_normalize(), the key of the name lookups. */
export function personName(values: Pick<RowValues, 'firstName' | 'lastName'>): string | null {
  return values.firstName && values.lastName ? `${values.firstName} ${values.lastName}` : null;
}

/** Whether the organisation cell is to be looked up among collectivities, partners, or kept as text. */
export function organisationScope(type: OrganisationType | null): { collectivities: boolean; partners: boolean } {
  if (type === 'EMBASSY' || type === 'FOREIGN') return { collectivities: false, partners: false };
  return { collectivities: type !== 'PARTNER', partners: type !== 'COLLECTIVITY' };
}

/**
 * The names a collectivity may be written as: the text itself, then without "Ville de",
 * "Mairie de", "Conseil départemental du"… (restricted to the kind the prefix names).
 */
export function organisationNameVariants(text: string): { name: string; kinds: CollectivityKind[] | null }[] {
  const variants: { name: string; kinds: CollectivityKind[] | null }[] = [{ name: text, kinds: null }];
  const normalised = normaliseText(text);
  const prefixes: [RegExp, CollectivityKind[]][] = [
    [
      /^(?:ville|mairie|commune|municipalite)(?: de la| de l| des| du| de| d)? (.+)$/,
      [CollectivityKind.COMMUNE, CollectivityKind.SPECIAL_STATUS],
    ],
    [
      /^(?:conseil departemental|departement|conseil general)(?: de la| de l| des| du| de| d)? (.+)$/,
      [CollectivityKind.DEPARTMENT, CollectivityKind.SPECIAL_STATUS],
    ],
    [
      /^(?:conseil regional|region)(?: de la| de l| des| du| de| d)? (.+)$/,
      [CollectivityKind.REGION, CollectivityKind.SPECIAL_STATUS],
    ],
  ];
  for (const [pattern, kinds] of prefixes) {
    const match = pattern.exec(normalised);
    if (match?.[1]) variants.push({ name: match[1], kinds });
  }
  return variants;
}

/** An acronym as written beside a name: "AFD", "CGLU", "MEAE", "PNUD". */
const ACRONYM = /^[A-Z0-9][A-Za-z0-9&.'’-]{1,11}$/;
/** "(93)", "(2A)", "(974)": the département a commune is in. */
const DEPARTMENT_IN_PARENTHESES = /^(?:\d{2,3}|2[AB])$/;

/**
 * The texts an organisation may be found by, best first: as written; without what a parenthesis
 * adds ("Agence française de développement (AFD)", "Saint-Denis (93)"); each side of a spaced dash
 * ("CGLU – Cités et gouvernements locaux unis"). The acronyms among them (for partners), and a
 * département code given in parentheses.
 */
export function organisationSearchTexts(text: string): { names: string[]; acronyms: string[]; departmentCode: string | null } {
  const names: string[] = [text];
  const acronyms: string[] = [];
  let departmentCode: string | null = null;
  const add = (candidate: string) => {
    const trimmed = candidate.trim();
    if (trimmed.length >= 2 && !names.some((name) => normaliseText(name) === normaliseText(trimmed))) names.push(trimmed);
  };
  const parenthesis = /^(.*?)\s*[([]([^()[\]]+)[)\]]\s*(.*)$/.exec(text);
  if (parenthesis) {
    const [, before = '', inside = '', after = ''] = parenthesis;
    const outside = `${before} ${after}`.trim();
    add(outside);
    const compact = inside.replace(/\s+/g, '').toUpperCase();
    if (DEPARTMENT_IN_PARENTHESES.test(compact)) departmentCode = compact;
    else if (ACRONYM.test(inside.trim())) acronyms.push(inside.trim());
    else add(inside);
  }
  for (const name of [...names]) {
    const sides = name.split(/\s+[-–—]\s+/);
    if (sides.length < 2) continue;
    for (const side of sides) {
      if (ACRONYM.test(side.trim()) && side.trim() === side.trim().toUpperCase()) acronyms.push(side.trim());
      else add(side);
    }
  }
  return { names, acronyms: [...new Set(acronyms)], departmentCode };
}

/** A name to look collectivities up by, its rank (lower is better) and the kinds it restricts to. */
export interface CollectivityNameVariant {
  name: string;
  rank: number;
  kinds: CollectivityKind[] | null;
}

export function collectivityNameVariants(text: string): CollectivityNameVariant[] {
  return organisationSearchTexts(text).names.flatMap((name, index) =>
    organisationNameVariants(name).map((variant, position) => ({ ...variant, rank: index * 10 + position })),
  );
}

/** The names and acronyms to look partners up by, with their rank (an acronym alone ranks last). */
export function partnerNameVariants(text: string): { name: string; rank: number }[] {
  const { names, acronyms } = organisationSearchTexts(text);
  return [...names.map((name, index) => ({ name, rank: index * 10 })), ...acronyms.map((name) => ({ name, rank: 100 }))];
}

export interface ContactRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  /** Current positions. */
  positions: { collectivityId: string | null; partnerId: string | null; title: string; organisationName: string }[];
}

export interface CollectivityRecord {
  id: string;
  name: string;
  kind: CollectivityKind;
  countryCode: string;
  departmentCode: string | null;
  departmentName: string | null;
  population: number | null;
}

export interface PartnerRecord {
  id: string;
  name: string;
  acronym: string | null;
}

export interface ExistingParticipation {
  id: string;
  contactId: string | null;
  collectivityId: string | null;
  partnerId: string | null;
  organisationName: string | null;
  status: ParticipationStatus;
}

/** The organisations a name found, at the best rank any of its variants found one. */
export interface OrganisationsByName {
  collectivities: CollectivityRecord[];
  partners: PartnerRecord[];
}

/** What the database knows about the file's people and organisations, fetched in a few batched queries. */
export interface Lookups {
  contactsByEmail: Map<string, ContactRecord>;
  /** By personName(). */
  contactsByName: Map<string, ContactRecord[]>;
  /** By codeKey(). */
  collectivitiesByCode: Map<string, CollectivityRecord[]>;
  /** By the organisation text as written. */
  organisationsByName: Map<string, OrganisationsByName>;
  /** The event's participations. */
  participations: ExistingParticipation[];
}

/** The key of a code in Lookups.collectivitiesByCode. */
export function codeKey(code: { siren: string } | { inseeCode: string }): string {
  return 'siren' in code ? `siren:${code.siren}` : `insee:${code.inseeCode}`;
}

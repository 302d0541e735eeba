import { CollectivityKind, ImportField, ParticipationRole } from '@territoria/domain';
import { UserInputError } from '../../../common/errors/app-errors.js';
import { ImportMatch, ImportRowOutcome, type ImportCandidate, type ImportRow, type ImportRowError } from './dto/import.types.js';
import {
  parseCivility,
  parseCountry,
  parseEmail,
  parseOrganisationCode,
  parseOrganisationType,
  parseRegistrationDate,
  parseRole,
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
  code: { siren: string } | { inseeCode: string } | null;
  /** From the file; null when the cell is empty. */
  countryCode: string | null;
  role: ParticipationRole;
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
export function readRow(row: CsvRow, mapping: (ImportField | null)[]): RowValues {
  const cell = (field: ImportField): string => {
    const index = mapping.indexOf(field);
    return index < 0 ? '' : (row.cells[index] ?? '');
  };
  const errors: ImportRowError[] = [];
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [ImportField, number][]) {
    if (cell(field).length > max) errors.push({ field, code: 'TOO_LONG', value: `${cell(field).slice(0, 40)}…`, message: `Longer than ${max} characters.` });
  }
  const email = parseEmail(cell(ImportField.EMAIL));
  if (email === false) errors.push({ field: ImportField.EMAIL, code: 'INVALID_EMAIL', value: cell(ImportField.EMAIL), message: `Not an email address: "${cell(ImportField.EMAIL)}".` });
  const country = parseCountry(cell(ImportField.COUNTRY));
  if (country === null) errors.push({ field: ImportField.COUNTRY, code: 'UNKNOWN_COUNTRY', value: cell(ImportField.COUNTRY), message: `Unknown country: "${cell(ImportField.COUNTRY)}".` });
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
  const code = organisationType === 'COLLECTIVITY' || organisationType === null ? parseOrganisationCode(cell(ImportField.ORGANISATION_CODE)) : undefined;
  if (code === null) {
    errors.push({
      field: ImportField.ORGANISATION_CODE,
      code: 'INVALID_CODE',
      value: cell(ImportField.ORGANISATION_CODE),
      message: `Neither a SIREN (9 digits) nor an INSEE code (5 characters): "${cell(ImportField.ORGANISATION_CODE)}".`,
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
    code: code ?? null,
    countryCode: country ?? null,
    role:
      role ??
      (organisationType === 'EMBASSY'
        ? ParticipationRole.EMBASSY
        : organisationType === 'FOREIGN'
          ? ParticipationRole.FOREIGN_DELEGATION
          : ParticipationRole.ATTENDEE),
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
    [/^(?:ville|mairie|commune|municipalite)(?: de la| de l| des| du| de| d)? (.+)$/, [CollectivityKind.COMMUNE, CollectivityKind.SPECIAL_STATUS]],
    [/^(?:conseil departemental|departement|conseil general)(?: de la| de l| des| du| de| d)? (.+)$/, [CollectivityKind.DEPARTMENT, CollectivityKind.SPECIAL_STATUS]],
    [/^(?:conseil regional|region)(?: de la| de l| des| du| de| d)? (.+)$/, [CollectivityKind.REGION, CollectivityKind.SPECIAL_STATUS]],
  ];
  for (const [pattern, kinds] of prefixes) {
    const match = pattern.exec(normalised);
    if (match?.[1]) variants.push({ name: match[1], kinds });
  }
  return variants;
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
}

/** What the database knows about the file's people and organisations, fetched in a few batched queries. */
export interface Lookups {
  contactsByEmail: Map<string, ContactRecord>;
  /** By personName(). */
  contactsByName: Map<string, ContactRecord[]>;
  collectivitiesBySiren: Map<string, CollectivityRecord[]>;
  collectivitiesByInsee: Map<string, CollectivityRecord[]>;
  /** By the organisation text as written. */
  collectivitiesByName: Map<string, CollectivityRecord[]>;
  partnersByName: Map<string, PartnerRecord[]>;
  /** The event's participations. */
  participations: ExistingParticipation[];
}

export interface Resolution {
  line: number;
  contactId?: string | null;
  newContact?: boolean | null;
  collectivityId?: string | null;
  partnerId?: string | null;
  noOrganisation?: boolean | null;
  skip?: boolean | null;
}

/** A matched line, with what a commit needs beyond what the preview shows. */
export interface MatchedRow extends ImportRow {
  skipped: boolean;
  /** Kept when the organisation is none we hold. */
  organisationName: string | null;
  values: RowValues;
}

const KIND_LABELS: Record<CollectivityKind, string> = {
  REGION: 'Région',
  DEPARTMENT: 'Département',
  COMMUNE: 'Commune',
  METROPOLIS: 'Métropole',
  URBAN_COMMUNITY: 'Communauté urbaine',
  AGGLOMERATION_COMMUNITY: "Communauté d'agglomération",
  COMMUNITY_OF_COMMUNES: 'Communauté de communes',
  TERRITORIAL_PUBLIC_ESTABLISHMENT: 'Établissement public territorial',
  SPECIAL_STATUS: 'Collectivité à statut particulier',
  OVERSEAS_COLLECTIVITY: "Collectivité d'outre-mer",
  FOREIGN_LOCAL_GOVERNMENT: 'Collectivité étrangère',
};

function formatPopulation(population: number): string {
  return `${String(population).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} hab.`;
}

export function collectivityCandidate(collectivity: CollectivityRecord): ImportCandidate {
  const department =
    collectivity.kind !== CollectivityKind.DEPARTMENT && collectivity.departmentCode
      ? `${collectivity.departmentName ?? 'Département'} (${collectivity.departmentCode})`
      : null;
  const detail = [
    KIND_LABELS[collectivity.kind] ?? collectivity.kind,
    department,
    collectivity.countryCode !== 'FR' ? collectivity.countryCode : null,
    collectivity.population !== null ? formatPopulation(collectivity.population) : null,
  ].filter(Boolean);
  return { id: collectivity.id, kind: 'COLLECTIVITY', name: collectivity.name, detail: detail.join(' · ') };
}

function partnerCandidate(partner: PartnerRecord): ImportCandidate {
  return { id: partner.id, kind: 'PARTNER', name: partner.name, detail: ['Partenaire', partner.acronym].filter(Boolean).join(' · ') };
}

function contactCandidate(contact: ContactRecord): ImportCandidate {
  const position = contact.positions[0];
  return {
    id: contact.id,
    kind: 'CONTACT',
    name: `${contact.firstName} ${contact.lastName}`,
    detail: contact.email ?? (position ? `${position.title} · ${position.organisationName}` : null),
  };
}

function byPopulation(a: CollectivityRecord, b: CollectivityRecord): number {
  return (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, 'fr');
}

function resolutionError(message: string): UserInputError {
  return UserInputError.forField('resolutions', 'RESOLUTION', message);
}

interface OrganisationMatch {
  match: ImportMatch;
  candidates: ImportCandidate[];
  collectivity: CollectivityRecord | null;
  partnerId: string | null;
  organisationName: string | null;
  pending: boolean;
  error: ImportRowError | null;
}

function matchOrganisation(values: RowValues, lookups: Lookups, resolution: Resolution | undefined): OrganisationMatch {
  const none = (organisationName: string | null): OrganisationMatch => ({
    match: ImportMatch.NONE,
    candidates: [],
    collectivity: null,
    partnerId: null,
    organisationName,
    pending: false,
    error: null,
  });
  if (!values.organisation && !values.code) return none(null);
  const scope = organisationScope(values.organisationType);
  let collectivities: CollectivityRecord[] = [];
  let partners: PartnerRecord[] = [];
  let match: ImportMatch = ImportMatch.NAME;
  let error: ImportRowError | null = null;
  if (values.code) {
    match = ImportMatch.CODE;
    collectivities =
      ('siren' in values.code ? lookups.collectivitiesBySiren.get(values.code.siren) : lookups.collectivitiesByInsee.get(values.code.inseeCode)) ?? [];
    if (collectivities.length === 0) {
      const code = 'siren' in values.code ? `SIREN ${values.code.siren}` : `INSEE code ${values.code.inseeCode}`;
      error = { field: ImportField.ORGANISATION_CODE, code: 'UNKNOWN_CODE', value: 'siren' in values.code ? values.code.siren : values.code.inseeCode, message: `No collectivity has the ${code}.` };
    }
  } else if (values.organisation) {
    if (scope.collectivities) collectivities = lookups.collectivitiesByName.get(values.organisation) ?? [];
    if (scope.partners) partners = lookups.partnersByName.get(values.organisation) ?? [];
  }
  const candidates = [...[...collectivities].sort(byPopulation).map(collectivityCandidate), ...partners.map(partnerCandidate)];
  const result: OrganisationMatch = { ...none(null), candidates, error };

  if (resolution?.collectivityId || resolution?.partnerId) {
    const id = resolution.collectivityId ?? resolution.partnerId;
    const kind = resolution.collectivityId ? 'COLLECTIVITY' : 'PARTNER';
    if (resolution.collectivityId && resolution.partnerId) throw resolutionError(`Line ${values.line}: choose a collectivity or a partner, not both.`);
    if (!candidates.some((candidate) => candidate.id === id && candidate.kind === kind)) {
      throw resolutionError(`Line ${values.line}: ${id} is not one of the organisations proposed for this line.`);
    }
    return {
      ...result,
      match: ImportMatch.CHOSEN,
      collectivity: collectivities.find((collectivity) => collectivity.id === resolution.collectivityId) ?? null,
      partnerId: resolution.partnerId ?? null,
      error: null,
    };
  }
  if (resolution?.noOrganisation) {
    return { ...result, organisationName: values.organisation, error: null };
  }
  if (error) return result;
  if (candidates.length === 1) {
    return {
      ...result,
      match,
      collectivity: collectivities[0] ?? null,
      partnerId: partners[0]?.id ?? null,
    };
  }
  if (candidates.length > 1) return { ...result, match: ImportMatch.NONE, pending: true };
  return { ...result, organisationName: values.organisation };
}

interface ContactMatch {
  match: ImportMatch;
  candidates: ImportCandidate[];
  contactId: string | null;
  pending: boolean;
  error: ImportRowError | null;
}

function matchContact(
  values: RowValues,
  organisation: OrganisationMatch,
  lookups: Lookups,
  eventParticipations: Map<string, ExistingParticipation>,
  resolution: Resolution | undefined,
): ContactMatch {
  const base: ContactMatch = { match: ImportMatch.NONE, candidates: [], contactId: null, pending: false, error: null };
  const byEmail = values.email ? lookups.contactsByEmail.get(values.email) : undefined;
  const name = personName(values);
  const named = name ? (lookups.contactsByName.get(name) ?? []) : [];
  const candidates = named.filter((contact) => contact.id !== byEmail?.id).map(contactCandidate);
  if (resolution?.contactId) {
    if (resolution.newContact) throw resolutionError(`Line ${values.line}: choose an existing contact or a new one, not both.`);
    if (!candidates.some((candidate) => candidate.id === resolution.contactId)) {
      throw resolutionError(`Line ${values.line}: ${resolution.contactId} is not one of the contacts proposed for this line.`);
    }
    return { ...base, candidates, match: ImportMatch.CHOSEN, contactId: resolution.contactId };
  }
  if (byEmail) return { ...base, match: ImportMatch.EMAIL, contactId: byEmail.id };
  if (!values.email && !values.firstName && !values.lastName) {
    if (!values.organisation && !values.code) {
      return { ...base, error: { field: ImportField.LAST_NAME, code: 'NOBODY', message: 'The line names neither a person nor an organisation.' } };
    }
    return base;
  }
  if (!values.firstName || !values.lastName) {
    const field = values.lastName ? ImportField.FIRST_NAME : ImportField.LAST_NAME;
    return { ...base, error: { field, code: 'NAMES_REQUIRED', message: 'A person needs a first and a last name.' } };
  }
  // Linked to the line's organisation: holds a position there, or is registered to this event with it.
  const linked = named.filter((contact) => {
    const position = contact.positions.some(
      (held) =>
        (organisation.collectivity !== null && held.collectivityId === organisation.collectivity.id) ||
        (organisation.partnerId !== null && held.partnerId === organisation.partnerId),
    );
    const participation = eventParticipations.get(contact.id);
    return position || (participation !== undefined && sameOrganisation(participation, organisation));
  });
  if (linked.length === 1) return { ...base, candidates, match: ImportMatch.NAME, contactId: linked[0]!.id };
  if (resolution?.newContact || named.length === 0) return { ...base, candidates, match: ImportMatch.NEW };
  return { ...base, candidates, pending: true };
}

function sameOrganisation(participation: ExistingParticipation, organisation: OrganisationMatch): boolean {
  if (organisation.pending) return false;
  if (organisation.collectivity) return participation.collectivityId === organisation.collectivity.id;
  if (organisation.partnerId) return participation.partnerId === organisation.partnerId;
  if (participation.collectivityId || participation.partnerId) return false;
  return normaliseText(participation.organisationName ?? '') === normaliseText(organisation.organisationName ?? '');
}

/**
 * Decides each line's outcome: errors first, then a person (or organisation) already on an
 * earlier line, already registered to the event, waiting for a choice, or new.
 */
export function matchRows(rows: RowValues[], lookups: Lookups, resolutions: Resolution[]): MatchedRow[] {
  const lines = new Set(rows.map((row) => row.line));
  const resolutionByLine = new Map<number, Resolution>();
  for (const resolution of resolutions) {
    if (!lines.has(resolution.line)) throw resolutionError(`Line ${resolution.line} is not a line of the file.`);
    if (resolutionByLine.has(resolution.line)) throw resolutionError(`Line ${resolution.line} has two resolutions.`);
    resolutionByLine.set(resolution.line, resolution);
  }
  const eventParticipations = new Map<string, ExistingParticipation>();
  for (const participation of lookups.participations) {
    if (participation.contactId) eventParticipations.set(participation.contactId, participation);
  }
  const seen = new Map<string, number>();
  return rows.map((values) => {
    const resolution = resolutionByLine.get(values.line);
    const organisation = matchOrganisation(values, lookups, resolution);
    const contact = matchContact(values, organisation, lookups, eventParticipations, resolution);
    const errors = [...values.errors, ...[organisation.error, contact.error].filter((error): error is ImportRowError => error !== null)];
    const countryCode = values.countryCode ?? organisation.collectivity?.countryCode ?? null;

    const organisationKey = organisation.collectivity?.id ?? organisation.partnerId ?? normaliseText(values.organisation ?? '');
    const name = personName(values);
    const keys = [
      values.email ? `email:${values.email}` : null,
      contact.contactId ? `contact:${contact.contactId}` : null,
      name ? `name:${normaliseText(name)}|${normaliseText(values.organisation ?? '')}` : null,
      !name && !values.email && !contact.contactId ? `organisation:${organisationKey}` : null,
    ].filter((key): key is string => key !== null);
    // Without an email, the same name at the same organisation is the same person.
    const duplicateKey = keys.find((key) => seen.has(key) && (!key.startsWith('name:') || !values.email));
    const duplicateOfLine = duplicateKey ? seen.get(duplicateKey)! : null;
    const skipped = resolution?.skip === true;
    if (!skipped && errors.length === 0) for (const key of keys) if (!seen.has(key)) seen.set(key, values.line);

    let existing: ExistingParticipation | undefined;
    if (contact.contactId) existing = eventParticipations.get(contact.contactId);
    else if (contact.match === ImportMatch.NONE && !contact.pending && !organisation.pending) {
      existing = lookups.participations.find((participation) => participation.contactId === null && sameOrganisation(participation, organisation));
    }

    const outcome =
      errors.length > 0
        ? ImportRowOutcome.ERROR
        : duplicateOfLine !== null
          ? ImportRowOutcome.DUPLICATE
          : existing
            ? ImportRowOutcome.ALREADY_REGISTERED
            : contact.pending || organisation.pending
              ? ImportRowOutcome.AMBIGUOUS
              : ImportRowOutcome.NEW;
    return {
      line: values.line,
      outcome,
      civility: values.civility,
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.email,
      organisation: values.organisation,
      jobTitle: values.jobTitle,
      countryCode,
      role: values.role,
      contactMatch: contact.match,
      contactId: contact.contactId,
      contactCandidates: contact.candidates,
      organisationMatch: organisation.match,
      collectivityId: organisation.collectivity?.id ?? null,
      partnerId: organisation.partnerId,
      organisationCandidates: organisation.candidates,
      existingParticipationId: existing?.id ?? null,
      duplicateOfLine: outcome === ImportRowOutcome.DUPLICATE ? duplicateOfLine : null,
      errors,
      skipped,
      organisationName: organisation.organisationName,
      values,
    };
  });
}

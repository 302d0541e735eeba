import { CollectivityKind, ImportField, MAX_IMPORT_CANDIDATES, ParticipationStatus } from '@territoria/domain';
import { type ErrorReason, UserInputError } from '../../../common/errors/app-errors.js';
import {
  ImportAnswer,
  ImportMatch,
  ImportQuestion,
  ImportRowOutcome,
  type ImportCandidate,
  type ImportQuestionGroup,
  type ImportRow,
  type ImportRowError,
} from './dto/import.types.js';
import { collectivityKindsOf } from './import-values.js';

import { normaliseText } from './text-normalising.js';

import {
  codeKey,
  organisationNameVariants,
  organisationScope,
  organisationSearchTexts,
  personName,
  type CollectivityRecord,
  type ContactRecord,
  type ExistingParticipation,
  type Lookups,
  type PartnerRecord,
  type RowValues,
} from './row-reading.js';

/** Reading a line and the records it is matched against live in row-reading.ts. */
export * from './row-reading.js';

export interface Resolution {
  line: number;
  contactId?: string | null;
  newContact?: boolean | null;
  collectivityId?: string | null;
  partnerId?: string | null;
  noOrganisation?: boolean | null;
  skip?: boolean | null;
}

/** One answer for every line asking a question (and not answered line by line). */
export interface GroupAnswer {
  question: ImportQuestion;
  answer: ImportAnswer;
  /** KNOWN_CONTACT: this contact for each line it is a candidate of; absent: each line's only candidate. */
  contactId?: string | null;
}

/** A matched line, with what a commit needs beyond what the preview shows. */
export interface MatchedRow extends ImportRow {
  skipped: boolean;
  /** Kept when the organisation is none we hold. */
  organisationName: string | null;
  values: RowValues;
}

/** A collectivity as a candidate: its kind and numbers, which the console words. */
export function collectivityCandidate(collectivity: CollectivityRecord): ImportCandidate {
  const department = collectivity.kind !== CollectivityKind.DEPARTMENT && collectivity.departmentCode !== null;
  return {
    id: collectivity.id,
    kind: 'COLLECTIVITY',
    name: collectivity.name,
    collectivityKind: collectivity.kind,
    departmentCode: department ? collectivity.departmentCode : null,
    departmentName: department ? collectivity.departmentName : null,
    countryCode: collectivity.countryCode !== 'FR' ? collectivity.countryCode : null,
    population: collectivity.population,
  };
}

function partnerCandidate(partner: PartnerRecord): ImportCandidate {
  return { id: partner.id, kind: 'PARTNER', name: partner.name, acronym: partner.acronym };
}

function contactCandidate(contact: ContactRecord): ImportCandidate {
  const position = contact.email ? undefined : contact.positions[0];
  return {
    id: contact.id,
    kind: 'CONTACT',
    name: `${contact.firstName} ${contact.lastName}`,
    email: contact.email,
    positionTitle: position?.title ?? null,
    positionOrganisation: position?.organisationName ?? null,
  };
}

function byPopulation(a: CollectivityRecord, b: CollectivityRecord): number {
  return (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, 'fr');
}

function resolutionError(line: number, message: string): UserInputError {
  return UserInputError.forField('resolutions', 'RESOLUTION', message, { line });
}

/** The people or organisations a line proposes at most (the largest collectivities first): a pick list, not a search. */
export const MAX_CANDIDATES = MAX_IMPORT_CANDIDATES;

/** Keeps the candidates a hint points to, unless it points to none of them (a hint, not a rule). */
function narrow<T>(items: T[], keep: (item: T) => boolean): T[] {
  if (items.length < 2) return items;
  const kept = items.filter(keep);
  return kept.length > 0 ? kept : items;
}

/**
 * Several collectivities share a code (région 84 and département 84, Auvergne-Rhône-Alpes and
 * Vaucluse) or a name: the type column, the name's own prefix ("Conseil départemental de…"), a
 * département in parentheses and the name itself tell them apart.
 */
function narrowCollectivities(found: CollectivityRecord[], values: RowValues): CollectivityRecord[] {
  let result = narrow(
    found,
    (collectivity) => values.organisationKinds === null || values.organisationKinds.includes(collectivity.kind),
  );
  if (!values.organisation) return result;
  const { names, departmentCode } = organisationSearchTexts(values.organisation);
  const prefixKinds = names.flatMap((name) => organisationNameVariants(name).slice(1)).flatMap((variant) => variant.kinds ?? []);
  const typeKinds = collectivityKindsOf(values.organisation);
  result = narrow(result, (collectivity) => [...prefixKinds, ...(typeKinds ?? [])].includes(collectivity.kind));
  if (departmentCode) result = narrow(result, (collectivity) => collectivity.departmentCode === departmentCode);
  const written = names.flatMap((name) => organisationNameVariants(name).map((variant) => normaliseText(variant.name)));
  result = narrow(result, (collectivity) => written.includes(normaliseText(collectivity.name)));
  result = narrow(result, (collectivity) => written.some((name) => name.includes(normaliseText(collectivity.name))));
  return result;
}

interface OrganisationMatch {
  match: ImportMatch;
  candidates: ImportCandidate[];
  collectivity: CollectivityRecord | null;
  partnerId: string | null;
  organisationName: string | null;
  pending: boolean;
  error: ImportRowError | null;
  notice: ImportRowError | null;
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
    notice: null,
  });
  if (!values.organisation && !values.code && !values.invalidCode) return none(null);
  const scope = organisationScope(values.organisationType);
  let collectivities: CollectivityRecord[] = [];
  let partners: PartnerRecord[] = [];
  let match: ImportMatch = ImportMatch.NAME;
  let error: ImportRowError | null = null;
  let notice: ImportRowError | null = null;
  if (values.code) {
    collectivities = narrowCollectivities(lookups.collectivitiesByCode.get(codeKey(values.code)) ?? [], values);
    if (collectivities.length > 0) match = ImportMatch.CODE;
    else {
      const value = 'siren' in values.code ? values.code.siren : values.code.inseeCode;
      const code = 'siren' in values.code ? `SIREN ${value}` : `official code ${value}`;
      // a code that matches nothing: the name decides, if there is one
      const problem = { field: ImportField.ORGANISATION_CODE, code: 'UNKNOWN_CODE', value };
      if (values.organisation) notice = { ...problem, message: `No collectivity has the ${code}: found by its name instead.` };
      else error = { ...problem, message: `No collectivity has the ${code}.` };
    }
  } else if (values.invalidCode) {
    const problem = { field: ImportField.ORGANISATION_CODE, code: 'INVALID_CODE', value: values.invalidCode };
    const what = `Not an official code (SIREN: 9 digits; INSEE: 2, 3 or 5 characters): "${values.invalidCode}"`;
    if (values.organisation) notice = { ...problem, message: `${what}: found by its name instead.` };
    else error = { ...problem, message: `${what}.` };
  }
  if (collectivities.length === 0 && values.organisation) {
    const found = lookups.organisationsByName.get(values.organisation);
    if (scope.collectivities) collectivities = narrowCollectivities(found?.collectivities ?? [], values);
    if (scope.partners) partners = found?.partners ?? [];
  }
  const found = [...[...collectivities].sort(byPopulation).map(collectivityCandidate), ...partners.map(partnerCandidate)];
  const candidates = found.slice(0, MAX_CANDIDATES);
  const result: OrganisationMatch = { ...none(null), candidates, error, notice };

  if (resolution?.collectivityId || resolution?.partnerId) {
    const id = resolution.collectivityId ?? resolution.partnerId;
    const kind = resolution.collectivityId ? 'COLLECTIVITY' : 'PARTNER';
    if (resolution.collectivityId && resolution.partnerId)
      throw resolutionError(values.line, `Line ${values.line}: choose a collectivity or a partner, not both.`);
    if (!candidates.some((candidate) => candidate.id === id && candidate.kind === kind)) {
      throw resolutionError(values.line, `Line ${values.line}: ${id} is not one of the organisations proposed for this line.`);
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
  if (found.length === 1) {
    return {
      ...result,
      match,
      collectivity: collectivities[0] ?? null,
      partnerId: partners[0]?.id ?? null,
    };
  }
  if (found.length > 1) return { ...result, match: ImportMatch.NONE, pending: true };
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
  const candidates = named
    .filter((contact) => contact.id !== byEmail?.id)
    .slice(0, MAX_CANDIDATES)
    .map(contactCandidate);
  if (resolution?.contactId) {
    if (resolution.newContact)
      throw resolutionError(values.line, `Line ${values.line}: choose an existing contact or a new one, not both.`);
    if (!candidates.some((candidate) => candidate.id === resolution.contactId)) {
      throw resolutionError(
        values.line,
        `Line ${values.line}: ${resolution.contactId} is not one of the contacts proposed for this line.`,
      );
    }
    return { ...base, candidates, match: ImportMatch.CHOSEN, contactId: resolution.contactId };
  }
  if (byEmail) return { ...base, match: ImportMatch.EMAIL, contactId: byEmail.id };
  if (!values.email && !values.firstName && !values.lastName) {
    if (!values.organisation && !values.code) {
      return {
        ...base,
        error: { field: ImportField.LAST_NAME, code: 'NOBODY', message: 'The line names neither a person nor an organisation.' },
      };
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
 * Whether a status read from the file replaces the one stored: "registered" tells nothing new
 * about someone whose arrival or absence is recorded (the desk knows better than an earlier export).
 */
export function statusChanges(current: ParticipationStatus, fromFile: ParticipationStatus | null): boolean {
  if (fromFile === null || fromFile === current) return false;
  if (fromFile === ParticipationStatus.REGISTERED) return current === ParticipationStatus.CANCELLED;
  return true;
}

/** One pass over the lines with the resolutions given, line by line. */
function matchPass(rows: RowValues[], lookups: Lookups, resolutionByLine: Map<number, Resolution>): MatchedRow[] {
  const eventParticipations = new Map<string, ExistingParticipation>();
  for (const participation of lookups.participations) {
    if (participation.contactId) eventParticipations.set(participation.contactId, participation);
  }
  const seen = new Map<string, number>();
  return rows.map((values) => {
    const resolution = resolutionByLine.get(values.line);
    const organisation = matchOrganisation(values, lookups, resolution);
    const contact = matchContact(values, organisation, lookups, eventParticipations, resolution);
    const errors = [
      ...values.errors,
      ...[organisation.error, contact.error].filter((error): error is ImportRowError => error !== null),
    ];
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
      existing = lookups.participations.find(
        (participation) => participation.contactId === null && sameOrganisation(participation, organisation),
      );
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
    const questions: ImportQuestion[] =
      outcome === ImportRowOutcome.AMBIGUOUS && !skipped
        ? [
            ...(contact.pending ? [values.email ? ImportQuestion.SAME_NAME_OTHER_EMAIL : ImportQuestion.SAME_NAME_NO_EMAIL] : []),
            ...(organisation.pending ? [ImportQuestion.SEVERAL_ORGANISATIONS] : []),
          ]
        : [];
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
      // a status nobody reads is no status yet (the line is in error until it is mapped)
      status:
        existing || values.errors.some((error) => error.code === 'UNKNOWN_STATUS')
          ? values.status
          : (values.status ?? ParticipationStatus.REGISTERED),
      currentStatus: existing?.status ?? null,
      statusChange: outcome === ImportRowOutcome.ALREADY_REGISTERED && !skipped && statusChanges(existing!.status, values.status),
      contactMatch: contact.match,
      contactId: contact.contactId,
      contactCandidates: contact.candidates,
      organisationMatch: organisation.match,
      collectivityId: organisation.collectivity?.id ?? null,
      partnerId: organisation.partnerId,
      organisationCandidates: organisation.candidates,
      existingParticipationId: existing?.id ?? null,
      duplicateOfLine: outcome === ImportRowOutcome.DUPLICATE ? duplicateOfLine : null,
      questions,
      errors,
      notices: organisation.notice ? [organisation.notice] : [],
      skipped,
      organisationName: organisation.organisationName,
      values,
    };
  });
}

/** The answers that fit each question; SKIP fits them all. */
const ANSWERS: Record<ImportQuestion, ImportAnswer[]> = {
  SAME_NAME_OTHER_EMAIL: [ImportAnswer.NEW_CONTACT, ImportAnswer.KNOWN_CONTACT, ImportAnswer.SKIP],
  SAME_NAME_NO_EMAIL: [ImportAnswer.NEW_CONTACT, ImportAnswer.KNOWN_CONTACT, ImportAnswer.SKIP],
  SEVERAL_ORGANISATIONS: [ImportAnswer.KEEP_NAME, ImportAnswer.SKIP],
};

function groupAnswerError(index: number, code: ErrorReason, message: string): UserInputError {
  return UserInputError.forField(`groupAnswers.${index}`, code, message, { index });
}

/** Turns the group answers into resolutions of the lines asking those questions, under the line-by-line ones. */
function applyGroupAnswers(
  rows: MatchedRow[],
  resolutionByLine: Map<number, Resolution>,
  answers: GroupAnswer[],
): Map<number, Resolution> {
  const merged = new Map(resolutionByLine);
  const questions = new Set<ImportQuestion>();
  answers.forEach((answer, index) => {
    if (!ANSWERS[answer.question]?.includes(answer.answer)) {
      throw groupAnswerError(
        index,
        'ANSWER',
        `${answer.answer} does not answer ${answer.question} (answers: ${ANSWERS[answer.question].join(', ')}).`,
      );
    }
    if (questions.has(answer.question)) throw groupAnswerError(index, 'QUESTION_TWICE', `${answer.question} is answered twice.`);
    questions.add(answer.question);
    if (answer.contactId && answer.answer !== ImportAnswer.KNOWN_CONTACT) {
      throw groupAnswerError(index, 'ANSWER', 'A contact is named only with the answer KNOWN_CONTACT.');
    }
    const asking = rows.filter((row) => row.questions.includes(answer.question));
    if (
      answer.contactId &&
      asking.length > 0 &&
      !asking.some((row) => row.contactCandidates.some((candidate) => candidate.id === answer.contactId))
    ) {
      throw groupAnswerError(
        index,
        'NOT_A_CANDIDATE',
        `Contact ${answer.contactId} is not proposed for any of the lines asking ${answer.question}.`,
      );
    }
    for (const row of asking) {
      const own = merged.get(row.line) ?? { line: row.line };
      if (own.skip) continue;
      let added: Partial<Resolution> | null;
      if (answer.answer === ImportAnswer.SKIP) added = { skip: true };
      else if (answer.answer === ImportAnswer.KEEP_NAME)
        added = own.collectivityId || own.partnerId ? null : { noOrganisation: true };
      else if (own.contactId || own.newContact) added = null;
      else if (answer.answer === ImportAnswer.NEW_CONTACT) added = { newContact: true };
      else {
        const chosen = answer.contactId
          ? row.contactCandidates.find((candidate) => candidate.id === answer.contactId)
          : row.contactCandidates.length === 1
            ? row.contactCandidates[0]
            : undefined;
        // several namesakes and none named: the line stays to settle on its own
        added = chosen ? { contactId: chosen.id } : null;
      }
      if (added) merged.set(row.line, { ...own, ...added });
    }
  });
  return merged;
}

/** The ambiguous lines by kind of question, for an answer to all of them at once. */
function groupQuestions(rows: MatchedRow[]): ImportQuestionGroup[] {
  return Object.values(ImportQuestion)
    .map((question) => {
      const asking = rows.filter((row) => row.questions.includes(question));
      return {
        question,
        count: asking.length,
        lines: asking.map((row) => row.line),
        singleCandidate: asking.filter((row) => row.contactCandidates.length === 1).length,
      };
    })
    .filter((group) => group.count > 0);
}

/**
 * Decides each line's outcome: errors first, then a person (or organisation) already on an
 * earlier line, already registered to the event, waiting for a choice, or new. Group answers
 * settle the lines asking their question that were not answered one by one; the groups are
 * those of the lines before any group answer, so an answer can be changed.
 */
export function matchRows(
  rows: RowValues[],
  lookups: Lookups,
  resolutions: Resolution[],
  groupAnswers: GroupAnswer[] = [],
): { rows: MatchedRow[]; questions: ImportQuestionGroup[] } {
  const lines = new Set(rows.map((row) => row.line));
  const resolutionByLine = new Map<number, Resolution>();
  for (const resolution of resolutions) {
    if (!lines.has(resolution.line)) throw resolutionError(resolution.line, `Line ${resolution.line} is not a line of the file.`);
    if (resolutionByLine.has(resolution.line))
      throw resolutionError(resolution.line, `Line ${resolution.line} has two resolutions.`);
    resolutionByLine.set(resolution.line, resolution);
  }
  const first = matchPass(rows, lookups, resolutionByLine);
  const questions = groupQuestions(first);
  if (groupAnswers.length === 0) return { rows: first, questions };
  return { rows: matchPass(rows, lookups, applyGroupAnswers(first, resolutionByLine, groupAnswers)), questions };
}

import { ImportField } from '@territoria/domain';
import { type ErrorReason, UserInputError } from '../../../common/errors/app-errors.js';
import { normaliseText } from './text-normalising.js';

/** Headers an event platform or a spreadsheet uses, French and English, normalised. */
const SYNONYMS: Record<ImportField, string[]> = {
  CIVILITY: ['civilite', 'civility', 'titre de civilite', 'salutation', 'prefix', 'genre'],
  FIRST_NAME: ['prenom', 'first name', 'firstname', 'given name', 'forename', 'prenom du participant'],
  LAST_NAME: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom du participant'],
  EMAIL: [
    'e mail',
    'email',
    'courriel',
    'adresse e mail',
    'adresse email',
    'adresse mail',
    'mail',
    'email address',
    'e mail address',
    'adresse electronique',
  ],
  PHONE: ['telephone', 'phone', 'tel', 'phone number', 'numero de telephone', 'portable', 'mobile'],
  JOB_TITLE: ['fonction', 'poste', 'job title', 'job', 'position', 'qualite'],
  ORGANISATION: [
    'organisation',
    'organization',
    'organisme',
    'structure',
    'collectivite',
    'institution',
    'company',
    'entreprise',
    'employeur',
    'employer',
    'nom de l organisation',
    'nom de la structure',
    'nom de la collectivite',
    'nom de l organisme',
    'organisation name',
    'organization name',
    'company name',
  ],
  ORGANISATION_TYPE: [
    'type d organisation',
    'type de structure',
    'organisation type',
    'organization type',
    'type d organisme',
    'type de collectivite',
    'type of organisation',
    'type of organization',
    'categorie de structure',
  ],
  ORGANISATION_CODE: [
    'siren',
    'code insee',
    'code',
    'insee',
    'code officiel',
    'numero siren',
    'siren insee',
    'code siren',
    'code commune',
  ],
  COUNTRY: ['pays', 'country', 'pays represente', 'nationalite', 'country represented'],
  ROLE: [
    'role',
    'profil',
    'categorie',
    'type de participant',
    'participant type',
    'category',
    'type d inscription',
    'registration type',
    'ticket type',
    'type de billet',
  ],
  STATUS: [
    'statut',
    'status',
    'presence',
    'participation',
    'emargement',
    'etat',
    'statut de l inscription',
    'statut d inscription',
    'etat de l inscription',
    'statut de participation',
    'registration status',
    'attendance',
    'attendee status',
    'attendance status',
    'check in',
    'checked in',
    'present',
  ],
  REGISTERED_AT: [
    'date d inscription',
    'registration date',
    'registered at',
    'date inscription',
    'inscrit le',
    'registered on',
    'date',
  ],
};

const FIELD_BY_HEADER = new Map<string, ImportField>(
  (Object.entries(SYNONYMS) as [ImportField, string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

/** The field a header stands for, or null when it is not one we know. */
export function fieldForHeader(header: string): ImportField | null {
  return FIELD_BY_HEADER.get(normaliseText(header)) ?? null;
}

/** One field per header, each field used once: the first header naming it wins. */
export function suggestMapping(headers: string[]): (ImportField | null)[] {
  const used = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

export interface MappingChoice {
  column: number;
  field?: ImportField | null;
}

function mappingError(code: ErrorReason, message: string, parts: Record<string, unknown> = {}): UserInputError {
  return UserInputError.forField('mapping', code, message, parts);
}

/**
 * The mapping used: the suggestion, with the person's choices over it (a column mapped to null is
 * ignored). A field mapped twice, or a list with neither a last name nor an organisation, is refused.
 */
export function resolveMapping(headers: string[], choices: MappingChoice[] | null | undefined): (ImportField | null)[] {
  const mapping = suggestMapping(headers);
  const chosen = new Set<number>();
  for (const choice of choices ?? []) {
    if (!Number.isInteger(choice.column) || choice.column < 0 || choice.column >= headers.length) {
      throw mappingError(
        'COLUMN',
        `Column ${choice.column} does not exist: the file has ${headers.length} columns, numbered from 0.`,
        { column: choice.column, columns: headers.length },
      );
    }
    if (chosen.has(choice.column))
      throw mappingError('COLUMN_TWICE', `Column ${choice.column} is mapped twice.`, { column: choice.column });
    chosen.add(choice.column);
    mapping[choice.column] = choice.field ?? null;
  }
  // A suggestion loses to an explicit choice of the same field on another column.
  for (const choice of choices ?? []) {
    if (!choice.field) continue;
    mapping.forEach((field, index) => {
      if (field === choice.field && index !== choice.column && !chosen.has(index)) mapping[index] = null;
    });
  }
  const seen = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (!field) return;
    const other = seen.get(field);
    if (other !== undefined) {
      throw mappingError(
        'FIELD_TWICE',
        `${field} is mapped to two columns ("${headers[other]}" and "${headers[index]}"): keep one.`,
        { importField: field, columns: [headers[other], headers[index]] },
      );
    }
    seen.set(field, index);
  });
  if (!seen.has(ImportField.LAST_NAME) && !seen.has(ImportField.ORGANISATION)) {
    throw mappingError(
      'NO_IDENTITY',
      'No column is mapped to the last name or to the organisation: say which column holds who registered.',
    );
  }
  return mapping;
}

import type { ErrorReason } from './error-reasons.js';
import { CollectivityKind, isFrenchKind } from './collectivity-kind.js';
import { checkInseeCode, inseeCodeExpectedFormat, isValidSiren } from './official-codes.js';

export const COLLECTIVITY_NAME_MAX_LENGTH = 200;
export const DEFAULT_COUNTRY_CODE = 'FR';

/** Fields the official referential owns on the rows it loaded: each import refreshes them, so nobody edits them by hand. */
export const REFERENTIAL_OWNED_FIELDS = [
  'name',
  'kind',
  'countryCode',
  'inseeCode',
  'siren',
  'regionCode',
  'departmentCode',
  'postalCodes',
  'population',
] as const;

export interface FieldProblem {
  field: string;
  /** A stable code the console translates. */
  code: ErrorReason;
  message: string;
}

export interface CollectivityCodes {
  kind: CollectivityKind;
  countryCode: string;
  inseeCode?: string | null;
  siren?: string | null;
}

/** Rules that tie several fields together; single-field formats are checked where the input is parsed. */
export function checkCollectivityCodes(record: CollectivityCodes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const french = isFrenchKind(record.kind);
  if (french && record.countryCode !== DEFAULT_COUNTRY_CODE) {
    problems.push({
      field: 'countryCode',
      code: 'FRENCH_KIND_OUTSIDE_FRANCE',
      message: `A collectivity of kind ${record.kind} is French: its country must be FR.`,
    });
  }
  if (!french && record.countryCode === DEFAULT_COUNTRY_CODE) {
    problems.push({
      field: 'countryCode',
      code: 'FOREIGN_KIND_IN_FRANCE',
      message: 'A foreign local government cannot have FR as its country.',
    });
  }
  if (record.inseeCode) {
    const problem = checkInseeCode(record.kind, record.inseeCode);
    if (problem === 'NOT_ALLOWED_FOR_KIND') {
      problems.push({
        field: 'inseeCode',
        code: 'INSEE_CODE_NOT_ALLOWED',
        message: `A collectivity of kind ${record.kind} has no INSEE code${french ? ' (it is known by its SIREN)' : ''}.`,
      });
    } else if (problem === 'INVALID_FORMAT') {
      problems.push({
        field: 'inseeCode',
        code: 'INSEE_CODE_FORMAT',
        message: `Invalid INSEE code for kind ${record.kind}: expected ${inseeCodeExpectedFormat(record.kind)}.`,
      });
    }
  }
  if (record.siren) {
    if (!french) {
      problems.push({
        field: 'siren',
        code: 'SIREN_NOT_ALLOWED',
        message: 'A foreign local government has no SIREN.',
      });
    } else if (!isValidSiren(record.siren)) {
      problems.push({
        field: 'siren',
        code: 'SIREN_FORMAT',
        message: 'A SIREN is 9 digits with a valid check digit (Luhn).',
      });
    }
  }
  return problems;
}

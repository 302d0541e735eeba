import {
  checkCollectivityCodes,
  COLLECTIVITY_NAME_MAX_LENGTH,
  COLLECTIVITY_KINDS,
  type CollectivityKind,
  DEFAULT_COUNTRY_CODE,
} from '@territoria/domain';
import { useMemo } from 'react';
import { maxLength, required, useTranslate, type Validator } from 'react-admin';
import { translateFieldProblem, type Translate } from '../../providers/errors';
import { splitList } from '../../providers/resourceDefinition';

type Values = Record<string, unknown>;

/** Same shape as the API's normalisation: "2a 004" is checked as "2A004". */
export const normalizeCode = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() || null : (value ?? null);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;
const POSTAL_CODE = /^\d{5}$/;
const TERRITORY_CODE = /^[0-9][0-9AB][0-9]?$/;
const PHONE = /^\+?[0-9 .()-]{6,30}$/;

/**
 * Problems of a whole form, field by field, with the server's rules: the cross-field rules come
 * from @territoria/domain (checkCollectivityCodes), the single-field formats mirror the API's input
 * validation. Each problem is translated like a server error, so both read the same.
 */
export function collectivityProblems(values: Values): { field: string; code: string; message?: string }[] {
  const problems: { field: string; code: string; message?: string }[] = [];
  const kind = values.kind as CollectivityKind | undefined;
  const countryCode = (normalizeCode(values.countryCode) as string | null) ?? DEFAULT_COUNTRY_CODE;
  if (kind && (COLLECTIVITY_KINDS as string[]).includes(kind)) {
    problems.push(
      ...checkCollectivityCodes({
        kind,
        countryCode,
        inseeCode: normalizeCode(values.inseeCode) as string | null,
        siren: normalizeCode(values.siren) as string | null,
      }),
    );
  }
  // Formats of the API's input (class-validator): a code the API accepts is never refused here.
  for (const field of ['regionCode', 'departmentCode'] as const) {
    const code = normalizeCode(values[field]) as string | null;
    if (code && !TERRITORY_CODE.test(code)) problems.push({ field, code: 'matches' });
  }
  const postalCodes = splitList(values.postalCodes ?? []) as string[];
  if (postalCodes.some((code) => !POSTAL_CODE.test(code))) problems.push({ field: 'postalCodes', code: 'matches' });
  if (values.phone && !PHONE.test(String(values.phone).trim())) problems.push({ field: 'phone', code: 'matches' });
  if (values.population !== null && values.population !== undefined && values.population !== '') {
    const population = Number(values.population);
    if (!Number.isInteger(population)) problems.push({ field: 'population', code: 'isInt' });
    else if (population < 0) problems.push({ field: 'population', code: 'min' });
  }
  if (values.email && !EMAIL.test(String(values.email).trim())) problems.push({ field: 'email', code: 'isEmail' });
  if (values.website && !URL.test(String(values.website).trim())) problems.push({ field: 'website', code: 'isUrl' });
  if (values.memberSince && values.memberUntil && String(values.memberUntil) < String(values.memberSince)) {
    problems.push({ field: 'memberUntil', code: 'MEMBERSHIP_DATES_ORDER' });
  }
  return problems;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalizeCode(a) ?? null) === JSON.stringify(normalizeCode(b) ?? null);

/**
 * A react-admin validator reporting the problems of one field (it sees the whole form).
 * When editing, a value left as it was read (with the same kind and country) is not blamed:
 * the record was accepted by the API, and staff must be able to save another change.
 */
export function fieldRule(field: string, translate: Translate, record?: object | null): Validator {
  const initial = record as Values | null | undefined;
  return (value: unknown, values: Values) => {
    if (
      initial &&
      same(value, initial[field]) &&
      same(values?.kind, initial.kind) &&
      same(values?.countryCode, initial.countryCode)
    ) {
      return undefined;
    }
    const problem = collectivityProblems(values ?? {}).find((candidate) => candidate.field === field);
    return problem ? translateFieldProblem(problem, translate, { kind: values?.kind as string | undefined }) : undefined;
  };
}

/** Validators of every input of the collectivity form, in the console's language. */
export function useCollectivityValidators(initial?: object | null) {
  const translate = useTranslate();
  return useMemo(() => {
    const rule = (field: string) => fieldRule(field, translate, initial);
    return {
      name: [
        required('territoria.errors.fields.required'),
        maxLength(COLLECTIVITY_NAME_MAX_LENGTH, 'territoria.errors.byField.name.maxLength'),
      ],
      kind: [required('territoria.errors.fields.required')],
      countryCode: [required('territoria.errors.fields.required'), rule('countryCode')],
      membershipStatus: [required('territoria.errors.fields.required')],
      inseeCode: rule('inseeCode'),
      siren: rule('siren'),
      regionCode: rule('regionCode'),
      departmentCode: rule('departmentCode'),
      postalCodes: rule('postalCodes'),
      population: rule('population'),
      email: rule('email'),
      website: rule('website'),
      phone: rule('phone'),
      memberUntil: rule('memberUntil'),
    };
  }, [translate, initial]);
}

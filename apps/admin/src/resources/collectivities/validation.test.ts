import { describe, expect, it } from '@jest/globals';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { collectivityProblems, fieldRule } from './validation';

const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);
const dijon = {
  name: 'Dijon',
  kind: 'COMMUNE',
  countryCode: 'FR',
  inseeCode: '21231',
  siren: '212102313',
  postalCodes: ['21000'],
};

describe('client-side validation (same rules as the API)', () => {
  it('accepts Dijon', () => {
    expect(collectivityProblems(dijon)).toEqual([]);
  });

  it('applies the domain rules and the input formats, field by field', () => {
    const problems = collectivityProblems({
      ...dijon,
      countryCode: 'SN',
      inseeCode: '2123',
      siren: '212102314',
      postalCodes: '21000, 2100',
      population: -3,
      email: 'mairie@',
      website: 'www.dijon.fr',
      memberSince: '2020-01-01',
      memberUntil: '2019-12-31',
    });
    expect(Object.fromEntries(problems.map((problem) => [problem.field, problem.code]))).toEqual({
      countryCode: 'FRENCH_KIND_OUTSIDE_FRANCE',
      inseeCode: 'INSEE_CODE_FORMAT',
      siren: 'SIREN_FORMAT',
      postalCodes: 'matches',
      population: 'min',
      email: 'isEmail',
      website: 'isUrl',
      memberUntil: 'MEMBERSHIP_DATES_ORDER',
    });
  });

  it('reads "2a004" as "2A004"', () => {
    expect(collectivityProblems({ ...dijon, inseeCode: '2a004' })).toEqual([]);
  });

  it('explains the problem in French, with the INSEE format expected for the kind', () => {
    const rule = fieldRule('inseeCode', translate);
    expect(rule('2123', { ...dijon, inseeCode: '2123' }, {} as never)).toBe(
      'Code INSEE invalide pour ce type de collectivité : 5 caractères, par ex. 21231 ou 2A004.',
    );
    expect(fieldRule('inseeCode', translate)('21231', { ...dijon, kind: 'METROPOLIS' }, {} as never)).toBe(
      "Ce type de collectivité n'a pas de code INSEE : les intercommunalités sont identifiées par leur SIREN.",
    );
  });

  it('does not blame a value left as it was read', () => {
    const stored = { ...dijon, departmentCode: '977' }; // accepted by the API, whatever the console thinks
    expect(fieldRule('departmentCode', translate, stored)('977', stored, {} as never)).toBeUndefined();
  });
});

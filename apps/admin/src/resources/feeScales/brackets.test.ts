import { describe, expect, it } from '@jest/globals';
import { HttpError } from 'react-admin';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { appendRow, bracketsFromRows, rowsFromBrackets, scaleErrorsFromApi, scaleProblems, type BracketRow } from './brackets';

const fr = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => fr.translate(key, options);
const en = createI18nProvider('en');
const translateEn = (key: string, options?: Record<string, unknown>) => en.translate(key, options);

const SCALE = [
  { minPopulation: 0, maxPopulation: 9_999, amountCents: 30_000 },
  { minPopulation: 10_000, maxPopulation: 99_999, amountCents: 150_000 },
  { minPopulation: 100_000, maxPopulation: null, amountCents: 450_000 },
];

const row = (minPopulation: string, maxPopulation: string, amount: string): BracketRow => ({
  key: minPopulation,
  minPopulation,
  maxPopulation,
  amount,
});

/** What the data provider's runOperation throws for a refused setFeeScale (see providers/operations.ts). */
const refused = (fields: { field: string; code: string; message: string }[], code = 'BAD_USER_INPUT') =>
  new HttpError('Certaines valeurs sont invalides : corrigez les champs signalés.', 400, { code, fields: [], rawFields: fields });

describe('fee scale editor — the API errors on the right row, in French', () => {
  it.each([
    ['OVERLAP', 1, 'Cette tranche chevauche la précédente : elle doit commencer juste après.', 'minPopulation'],
    ['GAP', 1, "Trou entre la tranche précédente et celle-ci : certaines populations n'ont pas de montant.", 'minPopulation'],
    [
      'LAST_BRACKET_BOUNDED',
      2,
      'La dernière tranche doit rester ouverte : laissez son maximum vide (« et plus »).',
      'maxPopulation',
    ],
    ['FIRST_BRACKET_NOT_ZERO', 0, 'La première tranche doit commencer à 0 habitant.', 'minPopulation'],
    ['NEGATIVE_AMOUNT', 0, 'Le montant ne peut pas être négatif.', 'amount'],
    ['EMPTY_BRACKET', 1, 'Le maximum doit être supérieur ou égal au minimum.', 'maxPopulation'],
  ])('%s on brackets.%i', (code, index, message, cell) => {
    const problems = scaleErrorsFromApi(refused([{ field: `brackets.${index}`, code, message: 'English message' }]), translate);
    expect(problems.rows).toEqual({ [index]: { messages: [message], cells: [cell] } });
  });

  it('puts several problems on their own rows, and an input rule on its cell (brackets.0.amountCents)', () => {
    const problems = scaleErrorsFromApi(
      refused([
        { field: 'brackets.0.amountCents', code: 'min', message: 'amountCents cannot be negative' },
        { field: 'brackets.2', code: 'GAP', message: 'No bracket covers 100000 to 199999 inhabitants.' },
        { field: 'brackets.2', code: 'LAST_BRACKET_BOUNDED', message: 'The last bracket must have no upper bound.' },
      ]),
      translate,
    );
    expect(problems.rows[0]).toEqual({ messages: ['Les nombres ne peuvent pas être négatifs.'], cells: ['amount'] });
    expect(problems.rows[2]!.messages).toHaveLength(2);
    expect(problems.rows[2]!.cells).toEqual(['minPopulation', 'maxPopulation']);
    expect(problems.rows[1]).toBeUndefined();
  });

  it('shows the other inputs’ problems under them, and a refusal pointing at nothing above the form', () => {
    const problems = scaleProblems([{ field: 'input.dueOn', code: 'isDateString', message: 'x' }], translate);
    expect(problems.fields).toEqual({ dueOn: 'Date invalide (format AAAA-MM-JJ).' });
    const forbidden = scaleErrorsFromApi(
      new HttpError('Votre rôle ne vous permet pas de faire cela.', 403, { code: 'FORBIDDEN', rawFields: [] }),
      translate,
    );
    expect(forbidden).toEqual({ rows: {}, fields: {}, message: 'Votre rôle ne vous permet pas de faire cela.' });
  });

  it('speaks English in English', () => {
    const problems = scaleErrorsFromApi(refused([{ field: 'brackets.1', code: 'OVERLAP', message: 'x' }]), translateEn);
    expect(problems.rows[1]!.messages).toEqual(['This bracket overlaps the previous one: it must start right after it.']);
  });

  it('keeps an unknown code readable (the API’s own message)', () => {
    const problems = scaleProblems(
      [{ field: 'brackets.3', code: 'SOMETHING_NEW', message: 'Something new went wrong.' }],
      translate,
    );
    expect(problems.rows[3]!.messages).toEqual(['Something new went wrong.']);
  });
});

describe('fee scale editor — rows', () => {
  it('shows the stored brackets in order, grouped, amounts in euros, the last one open', () => {
    expect(rowsFromBrackets([SCALE[2]!, SCALE[0]!, SCALE[1]!]).map(({ key: _key, ...rest }) => rest)).toEqual([
      { minPopulation: '0', maxPopulation: '9 999', amount: '300' },
      { minPopulation: '10 000', maxPopulation: '99 999', amount: '1 500' },
      { minPopulation: '100 000', maxPopulation: '', amount: '4 500' },
    ]);
  });

  it('reads the rows back to the API input, the same scale', () => {
    const { brackets, problems } = bracketsFromRows(rowsFromBrackets(SCALE), translate);
    expect(problems).toBeNull();
    expect(brackets).toEqual(SCALE);
  });

  it('checks the scale with the API rules before sending it, naming the row', () => {
    const { problems } = bracketsFromRows(
      [row('0', '9 999', '300'), row('9 000', '99 999', '1 500'), row('100 000', '', '4 500,50')],
      translate,
    );
    expect(problems?.rows).toEqual({
      1: { messages: ['Cette tranche chevauche la précédente : elle doit commencer juste après.'], cells: ['minPopulation'] },
    });
  });

  it('refuses what is not a number, on its cell', () => {
    const { problems } = bracketsFromRows([row('0', 'dix mille', '300'), row('10 001', '', 'beaucoup')], translate);
    expect(problems?.rows[0]).toEqual({
      messages: ["Nombre d'habitants invalide : un nombre entier, par ex. 10 000."],
      cells: ['maxPopulation'],
    });
    expect(problems?.rows[1]).toEqual({ messages: ['Montant invalide : par ex. 1 500 ou 1 500,50.'], cells: ['amount'] });
  });

  it('needs at least one bracket; a new one starts after the last', () => {
    expect(bracketsFromRows([], translate).problems?.message).toBe('Ajoutez au moins une tranche.');
    const rows = appendRow([row('0', '9 999', '300')]);
    expect(rows[1]).toMatchObject({ minPopulation: '10 000', maxPopulation: '', amount: '' });
    expect(appendRow([])[0]).toMatchObject({ minPopulation: '0' });
  });
});

export const PartnerKind = {
  MINISTRY: 'MINISTRY',
  AGENCY: 'AGENCY',
  EU_PROGRAMME: 'EU_PROGRAMME',
  NETWORK: 'NETWORK',
  EMBASSY: 'EMBASSY',
  FOREIGN_LOCAL_GOVERNMENT: 'FOREIGN_LOCAL_GOVERNMENT',
  NGO: 'NGO',
  COMPANY: 'COMPANY',
  ACADEMIC: 'ACADEMIC',
  OTHER: 'OTHER',
} as const;
export type PartnerKind = (typeof PartnerKind)[keyof typeof PartnerKind];

export const PartnershipKind = { FINANCIAL: 'FINANCIAL', IN_KIND: 'IN_KIND', INSTITUTIONAL: 'INSTITUTIONAL' } as const;
export type PartnershipKind = (typeof PartnershipKind)[keyof typeof PartnershipKind];

/** LATE is not stored: an invoiced fee becomes late once its due date has passed unpaid. */
export const FeeStatus = { INVOICED: 'INVOICED', PAID: 'PAID', WAIVED: 'WAIVED', LATE: 'LATE' } as const;
export type FeeStatus = (typeof FeeStatus)[keyof typeof FeeStatus];

/** One bracket of the fee scale: populations from min to max (inclusive; null: no upper bound). */
export interface FeeBracket {
  minPopulation: number;
  maxPopulation: number | null;
  amountCents: number;
}

export interface FeeScaleProblem {
  index: number;
  code:
    | 'FIRST_BRACKET_NOT_ZERO'
    | 'GAP'
    | 'OVERLAP'
    | 'LAST_BRACKET_BOUNDED'
    | 'OPEN_BRACKET_NOT_LAST'
    | 'NEGATIVE_AMOUNT'
    | 'EMPTY_BRACKET';
  message: string;
}

/**
 * A fee scale covers every population exactly once: brackets in order from 0, each starting
 * right after the previous one ends, the last one open-ended.
 */
export function checkFeeScale(brackets: readonly FeeBracket[]): FeeScaleProblem[] {
  const problems: FeeScaleProblem[] = [];
  const sorted = [...brackets].map((bracket, index) => ({ ...bracket, index })).sort((a, b) => a.minPopulation - b.minPopulation);
  sorted.forEach((bracket, position) => {
    if (bracket.amountCents < 0)
      problems.push({ index: bracket.index, code: 'NEGATIVE_AMOUNT', message: 'An amount cannot be negative.' });
    if (bracket.maxPopulation !== null && bracket.maxPopulation < bracket.minPopulation) {
      problems.push({ index: bracket.index, code: 'EMPTY_BRACKET', message: 'A bracket must end after it starts.' });
    }
    if (position === 0) {
      if (bracket.minPopulation !== 0)
        problems.push({
          index: bracket.index,
          code: 'FIRST_BRACKET_NOT_ZERO',
          message: 'The first bracket must start at 0 inhabitants.',
        });
      return;
    }
    const previous = sorted[position - 1]!;
    if (previous.maxPopulation === null) {
      problems.push({
        index: previous.index,
        code: 'OPEN_BRACKET_NOT_LAST',
        message: 'Only the last bracket may be open-ended.',
      });
    } else if (bracket.minPopulation <= previous.maxPopulation) {
      problems.push({
        index: bracket.index,
        code: 'OVERLAP',
        message: `Brackets overlap at ${bracket.minPopulation} inhabitants.`,
      });
    } else if (bracket.minPopulation > previous.maxPopulation + 1) {
      problems.push({
        index: bracket.index,
        code: 'GAP',
        message: `No bracket covers ${previous.maxPopulation + 1} to ${bracket.minPopulation - 1} inhabitants.`,
      });
    }
  });
  const last = sorted[sorted.length - 1];
  if (last && last.maxPopulation !== null) {
    problems.push({ index: last.index, code: 'LAST_BRACKET_BOUNDED', message: 'The last bracket must have no upper bound.' });
  }
  return problems;
}

/** The bracket a population falls in (a valid scale has exactly one). */
export function feeBracketFor(brackets: readonly FeeBracket[], population: number): FeeBracket | undefined {
  return brackets.find(
    (bracket) => population >= bracket.minPopulation && (bracket.maxPopulation === null || population <= bracket.maxPopulation),
  );
}

/**
 * When dues invoiced on `invoicedOn` fall due. Normally the scale's due date; dues invoiced on
 * or after it (generated late in the year) get the usual delay instead, counted from their
 * invoice: the time the scale gives from the start of its year (1 January to 31 March: 89 days),
 * so they are not late the moment they are created.
 */
export function dueDateFor(year: number, scaleDueOn: string, invoicedOn: string): string {
  if (invoicedOn < scaleDueOn) return scaleDueOn;
  const day = 86_400_000;
  const usualDelay = Math.round((Date.parse(`${scaleDueOn}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / day);
  return new Date(Date.parse(`${invoicedOn}T00:00:00Z`) + Math.max(usualDelay, 1) * day).toISOString().slice(0, 10);
}

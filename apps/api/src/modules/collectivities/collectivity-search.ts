import { raw, sql, type Sql } from '../../common/read/sql.js';

/** What a free-text search can be: words of a name, or an official code typed as it is. */
export interface SearchTerms {
  /** Upper-cased, without spaces: an INSEE code ("2A004"). */
  code: string;
  /** Digits only: a SIREN typed with spaces, or a postal code. */
  digits: string;
}

const MIN_FUZZY_LENGTH = 3;

export function codeForms(search: string): SearchTerms {
  const compact = search.replace(/[\s.]/g, '').toUpperCase();
  return { code: compact, digits: /^\d+$/.test(compact) ? compact : '' };
}

/**
 * Close to search_normalize() in SQL, for one decision only: whether the words are long enough
 * to tolerate typos. The words themselves are always normalised by the database.
 */
export function roughlyNormalized(search: string): string {
  return search
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint');
}

/** The normalised words, computed by the database from the text typed (once per statement: the function is immutable). */
function words(search: string): Sql {
  return sql`search_normalize(${search})`;
}

/**
 * Rows matching the search: any word contained, a close spelling, or an exact code (INSEE,
 * SIREN, postal code).
 */
export function searchCondition(row: string, search: string): Sql {
  const text = raw(`${row}.search_text`);
  const normalized = roughlyNormalized(search);
  const { code, digits } = codeForms(search);
  // Under three characters a typo cannot be told from another word: match word starts only.
  const nameMatch = !normalized
    ? raw('FALSE')
    : normalized.length < MIN_FUZZY_LENGTH
      ? sql`${text} LIKE ${words(search)} || '%' OR ${text} LIKE '% ' || ${words(search)} || '%'`
      : sql`${text} LIKE '%' || ${words(search)} || '%' OR ${words(search)} <% ${text}`;
  const codeMatch = digits
    ? sql`${raw(row)}.insee_code = ${code} OR ${raw(row)}.siren = ${digits} OR ${raw(row)}.postal_codes @> ARRAY[${digits}]::varchar[]`
    : sql`${raw(row)}.insee_code = ${code}`;
  return sql`(${nameMatch} OR ${codeMatch})`;
}

/**
 * Best match first: exact code, exact name, postal code, name starting with the words, the
 * words as a whole word, then by closeness and population.
 */
export function relevanceOrder(row: string, search: string): Sql {
  const text = raw(`${row}.search_text`);
  const { code, digits } = codeForms(search);
  const short = roughlyNormalized(search).length < MIN_FUZZY_LENGTH;
  const w = words(search);
  return sql`CASE
      WHEN ${raw(row)}.insee_code = ${code} OR ${raw(row)}.siren = ${digits} THEN 0
      WHEN ${text} = ${w} THEN 1
      WHEN ${digits} <> '' AND ${raw(row)}.postal_codes @> ARRAY[${digits}]::varchar[] THEN 2
      WHEN ${text} LIKE ${w} || '%' THEN 3
      WHEN ${text} LIKE '% ' || ${w} || ' %' OR ${text} LIKE '% ' || ${w} THEN 4
      ELSE 5
    END${short ? raw('') : sql`, strict_word_similarity(${w}, ${text}) DESC, similarity(${w}, ${text}) DESC`}, ${raw(row)}.population DESC NULLS LAST`;
}

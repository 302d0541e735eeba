import type { SelectQueryBuilder } from 'typeorm';
import type { Collectivity } from './collectivity.entity.js';

/** What a free-text search can be: words of a name, or an official code typed as it is. */
export interface SearchTerms {
  /** The normalised words, as search_normalize() makes them ('' when the text has no letter or digit). */
  words: string;
  /** Upper-cased, without spaces: an INSEE code ("2A004"). */
  code: string;
  /** Digits only: a SIREN typed with spaces, or a postal code. */
  digits: string;
}

const MIN_FUZZY_LENGTH = 3;

export function codeForms(search: string): Pick<SearchTerms, 'code' | 'digits'> {
  const compact = search.replace(/[\s.]/g, '').toUpperCase();
  return { code: compact, digits: /^\d+$/.test(compact) ? compact : '' };
}

/**
 * Restricts to rows matching the search (any word contained, a close spelling, or an exact code)
 * and optionally orders them best first: exact code, exact name, postal code, name starting
 * with the words, the words as a whole word, then by closeness and population.
 */
export function applySearch(query: SelectQueryBuilder<Collectivity>, terms: SearchTerms, orderByRelevance: boolean): void {
  const alias = query.alias;
  // Under three characters a typo cannot be told from another word: match word starts only.
  const short = terms.words.length < MIN_FUZZY_LENGTH;
  const nameMatch = !terms.words
    ? 'FALSE'
    : short
      ? `${alias}.search_text LIKE :words || '%' OR ${alias}.search_text LIKE '% ' || :words || '%'`
      : `${alias}.search_text LIKE '%' || :words || '%' OR :words <% ${alias}.search_text`;
  const codeMatch = [
    `${alias}.insee_code = :code`,
    terms.digits ? `${alias}.siren = :digits OR ${alias}.postal_codes @> ARRAY[:digits]::varchar[]` : null,
  ]
    .filter(Boolean)
    .join(' OR ');
  query.andWhere(`(${nameMatch} OR ${codeMatch})`, terms);
  if (!orderByRelevance) return;
  query
    .addOrderBy(
      `CASE
        WHEN ${alias}.insee_code = :code OR ${alias}.siren = :digits THEN 0
        WHEN ${alias}.search_text = :words THEN 1
        WHEN :digits <> '' AND ${alias}.postal_codes @> ARRAY[:digits]::varchar[] THEN 2
        WHEN ${alias}.search_text LIKE :words || '%' THEN 3
        WHEN ${alias}.search_text LIKE '% ' || :words || ' %' OR ${alias}.search_text LIKE '% ' || :words THEN 4
        ELSE 5
      END`,
      'ASC',
    );
  if (!short) {
    query
      .addOrderBy(`strict_word_similarity(:words, ${alias}.search_text)`, 'DESC')
      .addOrderBy(`similarity(:words, ${alias}.search_text)`, 'DESC');
  }
  query.addOrderBy(`${alias}.population`, 'DESC', 'NULLS LAST');
}

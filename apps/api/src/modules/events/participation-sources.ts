import { SortDirection } from '@territoria/domain';
import type { Caller } from '../../common/read/caller.js';
import type { RowSource } from '../../common/read/compile.js';
import { and, raw, sql, type Sql } from '../../common/read/sql.js';
import { visibleReference } from '../../common/read/visibility.js';
import { ParticipationSortField, type ParticipationFilter, type ParticipationSort } from './dto/participation.inputs.js';

const SORT_EXPRESSIONS: Record<ParticipationSortField, (row: string) => string[]> = {
  NAME: (row) => [`${row}.sort_name`],
  REGISTERED_AT: (row) => [`${row}.registered_at`],
  CHECKED_IN_AT: (row) => [`${row}.checked_in_at`],
  STATUS: (row) => [`${row}.status`],
  ROLE: (row) => [`${row}.role`],
  COUNTRY: (row) => [`${row}.country_code`],
};

/**
 * Which participations a list shows and in which order; a filter naming a person, a
 * collectivity, a partner, a group or an edition matches only when the caller may see it.
 */
export function participationPageSource(caller: Caller, filter: ParticipationFilter = {}, sort?: ParticipationSort): RowSource {
  const sortField = sort?.field ?? ParticipationSortField.NAME;
  const direction = sort?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const search = filter.search?.trim();
  const reference = (typeName: string, id: string) => visibleReference(caller, typeName, sql`${id}::uuid`);
  return {
    where: (row) => {
      const column = (name: string) => raw(`${row}.${name}`);
      // Names are matched in their own tables (trigram indexes) once, not normalised row by row;
      // search_normalize() keeps letters and digits only, so the text typed holds no LIKE wildcard.
      const pattern = search ? sql`'%' || search_normalize(${search}) || '%'` : null;
      return and([
        filter.ids ? sql`${column('id')} = ANY(${filter.ids}::uuid[])` : null,
        filter.eventId ? sql`${column('event_id')} = ${filter.eventId}::uuid AND ${reference('Event', filter.eventId)}` : null,
        filter.contactId
          ? sql`${column('contact_id')} = ${filter.contactId}::uuid AND ${reference('Contact', filter.contactId)}`
          : null,
        filter.collectivityId
          ? sql`${column('collectivity_id')} = ${filter.collectivityId}::uuid AND ${reference('Collectivity', filter.collectivityId)}`
          : null,
        filter.partnerId
          ? sql`${column('partner_id')} = ${filter.partnerId}::uuid AND ${reference('Partner', filter.partnerId)}`
          : null,
        filter.groupId
          ? sql`${column('collectivity_id')} IN (SELECT m.collectivity_id FROM group_members m WHERE m.group_id = ${filter.groupId}::uuid AND m.left_on IS NULL)
              AND ${reference('Group', filter.groupId)}`
          : null,
        filter.statuses?.length ? sql`${column('status')} = ANY(${filter.statuses}::varchar[])` : null,
        filter.roles?.length ? sql`${column('role')} = ANY(${filter.roles}::varchar[])` : null,
        filter.countryCodes?.length
          ? sql`${column('country_code')} = ANY(${filter.countryCodes.map((code) => code.toUpperCase())}::varchar[])`
          : null,
        filter.checkedIn === undefined ? null : raw(`${row}.checked_in_at IS ${filter.checkedIn ? 'NOT ' : ''}NULL`),
        pattern
          ? sql`(${column('contact_id')} IN (SELECT id FROM contacts WHERE search_text LIKE ${pattern}${filter.search!.includes('@') ? sql` OR email = ${filter.search!.trim().toLowerCase()}` : raw('')})
              OR ${column('collectivity_id')} IN (SELECT id FROM collectivities WHERE search_text LIKE ${pattern})
              OR ${column('partner_id')} IN (SELECT id FROM partners WHERE search_normalize(name || ' ' || coalesce(acronym, '')) LIKE ${pattern})
              OR ${column('organisation_search_text')} LIKE ${pattern})`
          : null,
      ]);
    },
    orderBy: (row) => {
      // sort_name and registered_at are never null: no NULLS clause, so their indexes serve the order.
      const nulls =
        sortField === ParticipationSortField.NAME || sortField === ParticipationSortField.REGISTERED_AT ? '' : ' NULLS LAST';
      const keys = SORT_EXPRESSIONS[sortField](row).map((expression) => `${expression} ${direction}${nulls}`);
      return raw([...keys, `${row}.id ${direction}`].join(', '));
    },
  };
}

/** For writes and checks; reads go through the read road. */

/**
 * The check-in desk's search within an edition: like the list's, and tolerant of typos in a
 * person's or an organisation's name (trigram word similarity, as the contacts' search); the
 * closest first.
 */
export function deskSearchSource(eventId: string, search: string): RowSource {
  const text = sql`search_normalize(${search})`;
  const pattern = sql`'%' || ${text} || '%'`;
  const close = (column: Sql) => sql`(${column} LIKE ${pattern} OR ${text} <% ${column})`;
  const similarity = (subquery: Sql) => sql`coalesce((${subquery}), 0)`;
  return {
    where: (row) =>
      and([
        sql`${raw(row)}.event_id = ${eventId}::uuid`,
        sql`(${raw(row)}.contact_id IN (SELECT id FROM contacts c WHERE ${close(raw('c.search_text'))}${search.includes('@') ? sql` OR c.email = lower(${search.trim()})` : raw('')})
          OR ${raw(row)}.collectivity_id IN (SELECT id FROM collectivities o WHERE ${close(raw('o.search_text'))})
          OR ${raw(row)}.partner_id IN (SELECT id FROM partners pa WHERE ${close(raw(`search_normalize(pa.name || ' ' || coalesce(pa.acronym, ''))`))})
          OR ${close(raw(`${row}.organisation_search_text`))})`,
      ]),
    orderBy: (row) =>
      sql`greatest(
          ${similarity(sql`SELECT word_similarity(${text}, c.search_text) FROM contacts c WHERE c.id = ${raw(row)}.contact_id`)},
          ${similarity(sql`SELECT word_similarity(${text}, o.search_text) FROM collectivities o WHERE o.id = ${raw(row)}.collectivity_id`)},
          ${similarity(sql`word_similarity(${text}, ${raw(row)}.organisation_search_text)`)}) DESC,
        ${raw(row)}.sort_name, ${raw(row)}.id`,
    materialize: true,
  };
}

/** The SQL that generates the full-scale data set inside PostgreSQL, step by step. */
import { EDITION_2021, LABEL_NAME, RAICT_SERIES, SESSIONS_2021 } from '../database/seeds/rencontres.js';
import {
  CONSENT_SOURCES,
  ELECTED_COMMUNE,
  ELECTED_DEPARTMENT,
  ELECTED_INTERCOMMUNAL,
  ELECTED_REGION,
  FEMALE_FIRST_NAMES,
  FOREIGN_CITIES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  OTHER_ORGANISATIONS,
  OTHER_TITLES,
  PRESS,
  STAFF_COLLECTIVITY,
  STAFF_PARTNER,
} from './full-dataset-names.js';
import {
  DATASET_FINGERPRINT,
  DATASET_NAME,
  editionRows,
  FULL_SCALE,
  groupRows,
  MARKER_TABLE,
  partnerRows,
} from './full-dataset-shape.js';
export type Statement = string | [sql: string, params: unknown[]];
export type Step = [label: string, statements: Statement[]];

/** Uniform in [0, 1) and integer in [0, n) from a key and a salt: the only sources of variety. */
export const HELPERS = [
  `CREATE FUNCTION pg_temp.u(k bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT ((hashint8extended(k, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992 $$`,
  `CREATE FUNCTION pg_temp.pick(k bigint, salt bigint, n integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT floor(pg_temp.u(k, salt) * n)::integer $$`,
  `CREATE FUNCTION pg_temp.slug(value text) RETURNS text LANGUAGE sql IMMUTABLE
     AS $$ SELECT btrim(regexp_replace(lower(public.unaccent(value)), '[^a-z]+', '-', 'g'), '-') $$`,
  `CREATE FUNCTION pg_temp.key(value text) RETURNS bigint LANGUAGE sql IMMUTABLE
     AS $$ SELECT hashtextextended(value, 0) $$`,
  // An id from a key: md5 shaped as a version 4 UUID (the API validates ids as RFC 4122 UUIDs).
  `CREATE FUNCTION pg_temp.uuid_of(key text) RETURNS uuid LANGUAGE sql IMMUTABLE
     AS $$ SELECT (substr(md5(key), 1, 12) || '4' || substr(md5(key), 14, 3)
                   || substr('89ab', 1 + ('x' || substr(md5(key), 17, 1))::bit(4)::integer % 4, 1) || substr(md5(key), 18))::uuid $$`,
];

/** The titles a position may have, by its kind and its organisation's kind ($1–$7 are TITLE_PARAMS). */
export function titlesSql(kind: string, organisationKind: string, atPartner: string): string {
  return `CASE
    WHEN ${kind} = 'ELECTED' AND ${organisationKind} = 'COMMUNE' THEN $1::text[]
    WHEN ${kind} = 'ELECTED' AND ${organisationKind} = 'DEPARTMENT' THEN $3::text[]
    WHEN ${kind} = 'ELECTED' AND ${organisationKind} = 'REGION' THEN $4::text[]
    WHEN ${kind} = 'ELECTED' THEN $2::text[]
    WHEN ${kind} = 'STAFF' AND NOT ${atPartner} THEN $5::text[]
    WHEN ${kind} = 'STAFF' THEN $6::text[]
    ELSE $7::text[] END`;
}
export const TITLE_PARAMS = [
  ELECTED_COMMUNE,
  ELECTED_INTERCOMMUNAL,
  ELECTED_DEPARTMENT,
  ELECTED_REGION,
  STAFF_COLLECTIVITY,
  STAFF_PARTNER,
  OTHER_TITLES,
];

/** A participation's status in a past edition, and when it was registered and checked in. */
export const PARTICIPATION_STATUS = `CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(x.key, 71) < 0.07 THEN 'CANCELLED' WHEN pg_temp.u(x.key, 71) < 0.15 THEN 'NO_SHOW'
                                   WHEN pg_temp.u(x.key, 71) < 0.20 THEN 'REGISTERED' ELSE 'ATTENDED' END AS status) s
   CROSS JOIN LATERAL (SELECT (((e.starts_on - 1 - pg_temp.pick(x.key, 72, 120)) + time '08:00') AT TIME ZONE 'Europe/Paris')
                              + pg_temp.pick(x.key, 75, 50000) * interval '1 second' AS registered_at) r`;
export const CHECKED_IN_AT = `CASE WHEN s.status = 'ATTENDED' AND pg_temp.u(x.key, 73) < 0.9
    THEN ((e.starts_on + time '08:00') AT TIME ZONE 'Europe/Paris') + pg_temp.pick(x.key, 74, 14400) * interval '1 second' END`;

export function steps(): Step[] {
  const partners = partnerRows();
  const groups = groupRows();
  const editions = editionRows();
  return [
    [
      'referential ids',
      [
        // Ids derived from the official codes, so that the data set is the same on every load.
        `UPDATE collectivities SET id = pg_temp.uuid_of('collectivity:' || kind || ':' || coalesce(insee_code, siren, name)),
           created_at = timestamptz '2024-01-01 00:00:00+01', updated_at = timestamptz '2024-01-01 00:00:00+01'
         WHERE from_referential`,
      ],
    ],
    [
      'membership statuses',
      [
        `CREATE TEMP TABLE bench_scored ON COMMIT DROP AS
         SELECT id, kind, row_number() OVER (PARTITION BY kind
                  ORDER BY ln(coalesce(population, 0) + 10) * (0.55 + pg_temp.u(pg_temp.key(id::text), 1)) DESC, id) AS kind_rank
         FROM collectivities WHERE country_code = 'FR'`,
        // Régions, départements and intercommunalities first, then communes up to 3,000 members.
        `UPDATE collectivities c SET membership_status = 'MEMBER',
           member_since = date '1976-01-01' + floor(pg_temp.u(pg_temp.key(c.id::text), 2) ^ 0.6 * (date '2024-01-01' - date '1976-01-01'))::integer
         FROM bench_scored s
         WHERE s.id = c.id AND s.kind <> 'COMMUNE' AND s.kind_rank <= CASE s.kind
           WHEN 'REGION' THEN 13 WHEN 'DEPARTMENT' THEN 60 WHEN 'AGGLOMERATION_COMMUNITY' THEN 120 WHEN 'COMMUNITY_OF_COMMUNES' THEN 140 ELSE 1000 END`,
        [
          `WITH quota AS (SELECT $1::integer - count(*)::integer AS communes FROM collectivities WHERE membership_status = 'MEMBER')
           UPDATE collectivities c SET
             membership_status = CASE WHEN s.kind_rank <= q.communes THEN 'MEMBER' WHEN s.kind_rank <= q.communes + 250 THEN 'FORMER_MEMBER' ELSE 'PROSPECT' END,
             member_since = CASE WHEN s.kind_rank <= q.communes + 250
               THEN date '1976-01-01' + floor(pg_temp.u(pg_temp.key(c.id::text), 2) ^ 0.6 * (date '2024-01-01' - date '1976-01-01'))::integer END
           FROM bench_scored s, quota q
           WHERE s.id = c.id AND s.kind = 'COMMUNE' AND s.kind_rank <= q.communes + 400`,
          [FULL_SCALE.members],
        ],
        `UPDATE collectivities SET member_until = LEAST(date '2025-06-30', member_since + 365 + pg_temp.pick(pg_temp.key(id::text), 3, 9000))
         WHERE membership_status = 'FORMER_MEMBER'`,
        `INSERT INTO membership_changes (id, collectivity_id, from_status, to_status, effective_on, deliberation_date, deliberation_reference, recorded_at)
         SELECT pg_temp.uuid_of('membership-change:' || id || ':join'), id, 'NONE', 'MEMBER', member_since, member_since - 30,
                'DCM-' || to_char(member_since, 'YYYY') || '-' || (1 + pg_temp.pick(pg_temp.key(id::text), 4, 200)), member_since::timestamptz
         FROM collectivities WHERE membership_status IN ('MEMBER', 'FORMER_MEMBER')
         UNION ALL
         SELECT pg_temp.uuid_of('membership-change:' || id || ':leave'), id, 'MEMBER', 'FORMER_MEMBER', member_until, NULL, NULL, member_until::timestamptz
         FROM collectivities WHERE membership_status = 'FORMER_MEMBER'
         UNION ALL
         SELECT pg_temp.uuid_of('membership-change:' || id || ':prospect'), id, 'NONE', 'PROSPECT', date '2025-09-01', NULL, NULL, timestamptz '2025-09-01 10:00:00+02'
         FROM collectivities WHERE membership_status = 'PROSPECT'`,
        `CREATE TEMP TABLE bench_member ON COMMIT DROP AS
         SELECT row_number() OVER (ORDER BY population DESC NULLS LAST, id)::integer AS rank, id, kind FROM collectivities WHERE membership_status = 'MEMBER';
         CREATE UNIQUE INDEX ON bench_member (rank);
         CREATE TEMP TABLE bench_other ON COMMIT DROP AS
         SELECT row_number() OVER (ORDER BY population DESC NULLS LAST, id)::integer AS rank, id, kind FROM collectivities
         WHERE country_code = 'FR' AND membership_status <> 'MEMBER';
         CREATE UNIQUE INDEX ON bench_other (rank);
         ANALYZE bench_member; ANALYZE bench_other`,
      ],
    ],
    [
      'partners',
      [
        [
          `INSERT INTO partners (id, name, acronym, kind, country_code, website, created_at, updated_at)
           SELECT pg_temp.uuid_of('partner:' || t.name), t.name, t.acronym, t.kind, t.country_code, t.website,
                  timestamptz '2015-01-01 00:00:00+01' + t.n * interval '7 days', timestamptz '2015-01-01 00:00:00+01' + t.n * interval '7 days'
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(name, acronym, kind, country_code, website, n)`,
          [
            partners.map((row) => row.name),
            partners.map((row) => row.acronym),
            partners.map((row) => row.kind),
            partners.map((row) => row.countryCode),
            partners.map((row) => row.website),
          ],
        ],
        `CREATE TEMP TABLE bench_partner ON COMMIT DROP AS
         SELECT row_number() OVER (ORDER BY created_at, id)::integer AS rank, id, kind, country_code FROM partners;
         CREATE UNIQUE INDEX ON bench_partner (rank);
         CREATE TEMP TABLE bench_embassy ON COMMIT DROP AS
         SELECT row_number() OVER (ORDER BY rank)::integer AS rank, id, country_code FROM bench_partner WHERE kind = 'EMBASSY';
         ANALYZE bench_partner; ANALYZE bench_embassy`,
      ],
    ],
    [
      'contacts',
      [
        // Each person's first organisation: a member (the largest have the most people), another
        // collectivity or a partner; and the start of that first position.
        [
          `CREATE TEMP TABLE bench_person ON COMMIT DROP AS
           WITH numbered AS (
             SELECT i, pg_temp.u(i, 10) < 0.5 AS female,
               CASE WHEN i <= $1 THEN 1 + floor($4::integer * pg_temp.u(i, 11) ^ 1.7)::integer END AS member_rank,
               CASE WHEN i > $1 AND i <= $1 + $2 THEN 1 + floor((SELECT count(*) FROM bench_other) * pg_temp.u(i, 12) ^ 3)::integer END AS other_rank,
               CASE WHEN i > $1 + $2 THEN 1 + floor($5::integer * pg_temp.u(i, 13) ^ 1.5)::integer END AS partner_rank
             FROM generate_series(1, $3::integer) i)
           SELECT n.i, pg_temp.uuid_of('contact:' || n.i) AS contact_id, n.female,
             (CASE WHEN n.female THEN $6::text[] ELSE $7::text[] END)[1 + pg_temp.pick(n.i, 14, 50)] AS first_name,
             ($8::text[])[1 + pg_temp.pick(n.i, 15, array_length($8::text[], 1))] AS last_name,
             coalesce(m.id, o.id) AS collectivity_id, coalesce(m.kind, o.kind) AS organisation_kind,
             p.id AS partner_id, p.kind AS partner_kind, p.country_code AS partner_country,
             CASE WHEN p.id IS NULL
               THEN CASE WHEN pg_temp.u(n.i, 16) < 0.55 THEN 'ELECTED' WHEN pg_temp.u(n.i, 16) < 0.95 THEN 'STAFF' ELSE 'OTHER' END
               ELSE CASE WHEN pg_temp.u(n.i, 16) < 0.75 THEN 'STAFF' ELSE 'OTHER' END END AS position_kind,
             date '2008-01-01' + pg_temp.pick(n.i, 17, 5800) AS started_on
           FROM numbered n
           LEFT JOIN bench_member m ON m.rank = n.member_rank
           LEFT JOIN bench_other o ON o.rank = n.other_rank
           LEFT JOIN bench_partner p ON p.rank = n.partner_rank`,
          [
            FULL_SCALE.memberPeople,
            FULL_SCALE.otherCollectivityPeople,
            FULL_SCALE.contacts,
            FULL_SCALE.members,
            FULL_SCALE.partners,
            FEMALE_FIRST_NAMES,
            MALE_FIRST_NAMES,
            LAST_NAMES,
          ],
        ],
        `CREATE UNIQUE INDEX ON bench_person (i); ANALYZE bench_person`,
        [
          `INSERT INTO contacts (id, civility, first_name, last_name, email, phone, consent_status, consent_at, consent_source, created_at, updated_at)
           SELECT contact_id, CASE WHEN female THEN 'MS' ELSE 'MR' END, first_name, last_name,
             CASE WHEN pg_temp.u(i, 20) < 0.92 THEN pg_temp.slug(first_name) || '.' || pg_temp.slug(last_name) || '.' || i || '@'
               || CASE WHEN partner_id IS NULL THEN 'collectivite.example' ELSE 'partenaire.example' END END,
             CASE WHEN pg_temp.u(i, 21) < 0.6 THEN '+33 ' || (1 + pg_temp.pick(i, 22, 5)) || ' '
               || regexp_replace(lpad(pg_temp.pick(i, 23, 100000000)::text, 8, '0'), '(..)(..)(..)(..)', '\\1 \\2 \\3 \\4') END,
             c.status,
             CASE WHEN c.status <> 'UNKNOWN' THEN timestamptz '2018-05-25 09:00:00+02' + pg_temp.pick(i, 25, 2700) * interval '1 day' + pg_temp.pick(i, 26, 36000) * interval '1 second' END,
             CASE WHEN c.status <> 'UNKNOWN' THEN ($1::text[])[1 + pg_temp.pick(i, 27, array_length($1::text[], 1))] END,
             timestamptz '2015-01-01 09:00:00+01' + pg_temp.pick(i, 28, 3900) * interval '1 day',
             timestamptz '2015-01-01 09:00:00+01' + pg_temp.pick(i, 28, 3900) * interval '1 day'
           FROM bench_person
           CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(i, 24) < 0.36 THEN 'GIVEN' WHEN pg_temp.u(i, 24) < 0.40 THEN 'WITHDRAWN' ELSE 'UNKNOWN' END AS status) c`,
          [CONSENT_SOURCES],
        ],
      ],
    ],
    [
      'positions',
      [
        // Everyone's first position (a quarter of them ended), then a second one for 30%: an older,
        // ended mandate or job elsewhere, or a current one held at the same time.
        [
          `INSERT INTO positions (id, contact_id, collectivity_id, partner_id, title, kind, started_on, ended_on, created_at, updated_at)
           SELECT pg_temp.uuid_of('position:' || p.i || ':1'), p.contact_id, p.collectivity_id, p.partner_id,
             t.titles[1 + pg_temp.pick(p.i, 30, array_length(t.titles, 1))], p.position_kind, p.started_on,
             CASE WHEN pg_temp.u(p.i, 31) < 0.25 THEN LEAST(date '2025-10-31', p.started_on + 180 + pg_temp.pick(p.i, 32, 3000)) END,
             p.started_on::timestamptz, p.started_on::timestamptz
           FROM bench_person p
           CROSS JOIN LATERAL (SELECT ${titlesSql('p.position_kind', 'p.organisation_kind', '(p.partner_id IS NOT NULL)')} AS titles) t`,
          TITLE_PARAMS,
        ],
        [
          `INSERT INTO positions (id, contact_id, collectivity_id, partner_id, title, kind, started_on, ended_on, created_at, updated_at)
           SELECT pg_temp.uuid_of('position:' || p.i || ':2'), p.contact_id,
             CASE WHEN p.partner_id IS NULL THEN m.id END, CASE WHEN p.partner_id IS NOT NULL THEN pt.id END,
             t.titles[1 + pg_temp.pick(p.i, 33, array_length(t.titles, 1))], p.position_kind, s.started_on, s.ended_on,
             s.started_on::timestamptz, s.started_on::timestamptz
           FROM bench_person p
           JOIN bench_member m ON m.rank = 1 + pg_temp.pick(p.i, 41, $8::integer)
           JOIN bench_partner pt ON pt.rank = 1 + pg_temp.pick(p.i, 42, $9::integer)
           CROSS JOIN LATERAL (SELECT ${titlesSql('p.position_kind', 'm.kind', '(p.partner_id IS NOT NULL)')} AS titles) t
           CROSS JOIN LATERAL (SELECT
             CASE WHEN pg_temp.u(p.i, 43) < 0.67 THEN p.started_on - 2400 + pg_temp.pick(p.i, 44, 400) ELSE date '2014-03-30' + pg_temp.pick(p.i, 45, 3600) END AS started_on,
             CASE WHEN pg_temp.u(p.i, 43) < 0.67 THEN p.started_on - 30 - pg_temp.pick(p.i, 46, 300) END AS ended_on) s
           WHERE pg_temp.u(p.i, 40) < 0.30`,
          [...TITLE_PARAMS, FULL_SCALE.members, FULL_SCALE.partners],
        ],
      ],
    ],
    [
      'groups',
      [
        [
          `INSERT INTO groups (id, kind, name, countries, theme, description, allows_co_presidency, created_at, updated_at)
           SELECT pg_temp.uuid_of('group:' || t.name), t.kind, t.name, string_to_array(t.countries, ',')::varchar[], t.theme,
             CASE WHEN t.kind = 'COUNTRY' THEN 'Les collectivités membres coopérant avec : ' || replace(t.name, 'Groupe-pays ', '') || '.'
                  ELSE 'Les collectivités membres engagées sur le thème : ' || t.theme || '.' END,
             t.allows, timestamptz '2010-01-01 09:00:00+01' + t.n * interval '30 days', timestamptz '2010-01-01 09:00:00+01' + t.n * interval '30 days'
           FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[]) AS t(n, kind, name, countries, theme, allows)`,
          [
            groups.map((group) => group.number),
            groups.map((group) => group.kind),
            groups.map((group) => group.name),
            groups.map((group) => (group.countries.length ? group.countries.join(',') : '')),
            groups.map((group) => group.theme),
            groups.map((group) => group.allowsCoPresidency),
          ],
        ],
        [
          `CREATE TEMP TABLE bench_group ON COMMIT DROP AS
           SELECT t.n, pg_temp.uuid_of('group:' || t.name) AS id, t.size, t.allows FROM unnest($1::integer[], $2::text[], $3::integer[], $4::boolean[]) AS t(n, name, size, allows)`,
          [
            groups.map((group) => group.number),
            groups.map((group) => group.name),
            groups.map((group) => group.size),
            groups.map((group) => group.allowsCoPresidency),
          ],
        ],
        // Each group's members drawn among the members; 8% of the memberships have ended.
        `INSERT INTO group_members (id, group_id, collectivity_id, joined_on, left_on)
         SELECT pg_temp.uuid_of('group-member:' || g.n || ':' || m.rank), g.id, m.id, j.joined_on,
           CASE WHEN pg_temp.u(g.n * 100000 + m.rank, 51) < 0.08 THEN LEAST(date '2025-10-01', j.joined_on + 400 + pg_temp.pick(g.n * 100000 + m.rank, 52, 4000)) END
         FROM bench_group g
         CROSS JOIN LATERAL (SELECT rank, id FROM bench_member ORDER BY hashint8extended(rank, g.n), rank LIMIT g.size) m
         CROSS JOIN LATERAL (SELECT date '2000-01-01' + pg_temp.pick(g.n * 100000 + m.rank, 50, 8700) AS joined_on) j`,
        // From the elected officials of a few of each group's current members: a president (or two
        // co-presidents), former presidents, two vice-presidents and a secretary.
        `INSERT INTO group_offices (id, group_id, contact_id, role, started_on, ended_on)
         SELECT pg_temp.uuid_of('group-office:' || c.n || ':' || c.r), c.group_id, c.contact_id, o.role, o.started_on, o.ended_on
         FROM (
           SELECT g.n, g.id AS group_id, g.allows, x.contact_id, row_number() OVER (PARTITION BY g.n ORDER BY x.rank) AS r
           FROM bench_group g
           CROSS JOIN LATERAL (
             SELECT p.contact_id, row_number() OVER (ORDER BY hashint8extended(pg_temp.key(p.contact_id::text), g.n), p.contact_id) AS rank
             FROM (SELECT collectivity_id FROM group_members WHERE group_id = g.id AND left_on IS NULL ORDER BY id LIMIT 40) gm
             JOIN positions p ON p.collectivity_id = gm.collectivity_id AND p.kind = 'ELECTED' AND p.ended_on IS NULL
             GROUP BY p.contact_id
             ORDER BY rank LIMIT 6) x
         ) c
         JOIN LATERAL (VALUES
             (1, CASE WHEN c.allows THEN 'CO_PRESIDENT' ELSE 'PRESIDENT' END, date '2022-01-01' + pg_temp.pick(c.n, 60, 300), NULL::date),
             (2, CASE WHEN c.allows THEN 'CO_PRESIDENT' ELSE 'PRESIDENT' END,
                 CASE WHEN c.allows THEN date '2022-01-01' + pg_temp.pick(c.n, 61, 300) ELSE date '2016-01-01' + pg_temp.pick(c.n, 62, 700) END,
                 CASE WHEN c.allows THEN NULL ELSE date '2021-12-31' END),
             (3, 'VICE_PRESIDENT', date '2020-09-01' + pg_temp.pick(c.n, 63, 900), NULL),
             (4, 'VICE_PRESIDENT', date '2020-09-01' + pg_temp.pick(c.n, 64, 900), NULL),
             (5, 'SECRETARY', date '2021-01-01' + pg_temp.pick(c.n, 65, 900), NULL),
             (6, 'PRESIDENT', date '2014-01-01' + pg_temp.pick(c.n, 66, 300), date '2015-12-31')
           ) AS o(r, role, started_on, ended_on) ON o.r = c.r`,
      ],
    ],
    [
      'editions',
      [
        [
          `INSERT INTO event_series (id, name, acronym, description) VALUES (pg_temp.uuid_of('event-series:raict'), $1, $2, $3)`,
          [RAICT_SERIES.name, RAICT_SERIES.acronym, RAICT_SERIES.description],
        ],
        [
          `CREATE TEMP TABLE bench_edition ON COMMIT DROP AS
           SELECT t.*, pg_temp.uuid_of('event:' || t.n) AS event_id
           FROM unnest($1::integer[], $2::integer[], $3::date[], $4::text[], $5::integer[], $6::integer[], $7::integer[], $8::integer[],
                       $9::integer[], $10::integer[], $11::integer[], $12::integer[], $13::integer[])
             AS t(n, year, starts_on, title, persons, delegations, embassies, collectivities_only, organisers, press, others, stride, shift)`,
          [
            editions.map((row) => row.number),
            editions.map((row) => row.year),
            editions.map((row) => row.startsOn),
            editions.map((row) => row.title),
            editions.map((row) => row.persons),
            editions.map((row) => row.delegations),
            editions.map((row) => row.embassies),
            editions.map((row) => row.collectivitiesOnly),
            editions.map((row) => row.organisers),
            editions.map((row) => row.press),
            editions.map((row) => row.others),
            editions.map((row) => row.stride),
            editions.map((row) => row.shift),
          ],
        ],
        [
          `INSERT INTO events (id, series_id, edition_number, year, title, starts_on, ends_on, venue, city, theme, website, hashtag, created_at, updated_at)
           SELECT event_id, pg_temp.uuid_of('event-series:raict'), n, year, title, starts_on, starts_on, $1, $2,
             CASE WHEN n = 12 THEN $3 ELSE 'L’action internationale des collectivités territoriales en ' || year END, $4, '#RencontresAICT' || year,
             (starts_on - 200)::timestamptz, (starts_on - 200)::timestamptz
           FROM bench_edition`,
          [EDITION_2021.venue, EDITION_2021.city, EDITION_2021.theme, EDITION_2021.website],
        ],
        [
          `INSERT INTO event_sessions (id, event_id, title, kind, starts_at, duration_minutes, room)
           SELECT pg_temp.uuid_of('event-session:' || e.n || ':' || s.k), e.event_id, s.title, s.kind,
             (e.starts_on + s.at::time) AT TIME ZONE 'Europe/Paris', s.minutes, s.room
           FROM bench_edition e CROSS JOIN unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[]) WITH ORDINALITY AS s(title, kind, at, minutes, room, k)`,
          [
            SESSIONS_2021.map((session) => session.title),
            SESSIONS_2021.map((session) => session.kind),
            SESSIONS_2021.map((session) => session.time),
            SESSIONS_2021.map((session) => session.minutes),
            SESSIONS_2021.map((session) => session.room ?? null),
          ],
        ],
      ],
    ],
    [
      'participations',
      [
        // People, in their first organisation's name; each edition draws its people through its own
        // permutation of the 100,000 contacts (so nobody registers twice for an edition).
        [
          `INSERT INTO participations (id, event_id, contact_id, collectivity_id, partner_id, role, status, country_code, registered_at, checked_in_at, created_at, updated_at)
           SELECT pg_temp.uuid_of('participation:' || e.n || ':person:' || k), e.event_id, p.contact_id, p.collectivity_id, p.partner_id,
             CASE WHEN p.partner_kind = 'EMBASSY' THEN 'EMBASSY'
                  WHEN pg_temp.u(x.key, 70) < CASE WHEN p.partner_id IS NULL THEN 0.02 ELSE 0.05 END THEN 'SPEAKER'
                  WHEN p.partner_id IS NOT NULL THEN 'PARTNER' ELSE 'ATTENDEE' END,
             s.status, CASE WHEN p.partner_id IS NULL THEN 'FR' ELSE coalesce(p.partner_country, 'FR') END,
             r.registered_at, ${CHECKED_IN_AT}, r.registered_at, r.registered_at
           FROM bench_edition e
           CROSS JOIN LATERAL generate_series(0, e.persons - 1) k
           JOIN bench_person p ON p.i = (k::bigint * e.stride + e.shift) % $1::bigint + 1
           CROSS JOIN LATERAL (SELECT e.n::bigint * 1000000 + k AS key) x
           ${PARTICIPATION_STATUS}`,
          [FULL_SCALE.contacts],
        ],
        // Foreign delegations (three people each, not in the CRM), embassies, collectivities
        // registered without a named person, the organisers, the press and other organisations.
        [
          `INSERT INTO participations (id, event_id, collectivity_id, partner_id, organisation_name, role, status, country_code, registered_at, checked_in_at, created_at, updated_at)
           SELECT pg_temp.uuid_of('participation:' || e.n || ':' || c.component || ':' || k), e.event_id,
             CASE c.component WHEN 'collectivity' THEN m.id END,
             CASE c.component WHEN 'embassy' THEN em.id END,
             CASE c.component
               WHEN 'delegation' THEN 'Délégation de ' || ($2::text[])[1 + (k / 3 * 7 + e.n) % array_length($2::text[], 1)]
               WHEN 'organiser' THEN 'Cités Unies France'
               WHEN 'press' THEN ($4::text[])[1 + k % array_length($4::text[], 1)]
               WHEN 'other' THEN ($5::text[])[1 + pg_temp.pick(x.key, 80, array_length($5::text[], 1))] END,
             CASE c.component WHEN 'delegation' THEN 'FOREIGN_DELEGATION' WHEN 'embassy' THEN 'EMBASSY' WHEN 'organiser' THEN 'ORGANISER'
                              WHEN 'press' THEN 'PRESS' ELSE 'ATTENDEE' END,
             s.status,
             CASE c.component WHEN 'delegation' THEN ($3::text[])[1 + (k / 3 * 7 + e.n) % array_length($3::text[], 1)] WHEN 'embassy' THEN em.country_code ELSE 'FR' END,
             r.registered_at, ${CHECKED_IN_AT}, r.registered_at, r.registered_at
           FROM bench_edition e
           CROSS JOIN LATERAL (VALUES ('delegation', e.delegations, 1), ('embassy', e.embassies, 2), ('collectivity', e.collectivities_only, 3),
                                      ('organiser', e.organisers, 4), ('press', e.press, 5), ('other', e.others, 6)) AS c(component, count, number)
           CROSS JOIN LATERAL generate_series(0, c.count - 1) k
           CROSS JOIN LATERAL (SELECT e.n::bigint * 1000000 + c.number * 100000 + k AS key) x
           LEFT JOIN bench_member m ON c.component = 'collectivity' AND m.rank = 1 + pg_temp.pick(x.key, 81, $1::integer)
           LEFT JOIN bench_embassy em ON c.component = 'embassy' AND em.rank = 1 + (k / 2 + e.n) % (SELECT count(*) FROM bench_embassy)
           ${PARTICIPATION_STATUS}`,
          [
            FULL_SCALE.members,
            FOREIGN_CITIES.map(([city]) => city),
            FOREIGN_CITIES.map(([, country]) => country),
            PRESS,
            OTHER_ORGANISATIONS,
          ],
        ],
        // Three speakers per session, from each edition's registered speakers.
        [
          `INSERT INTO event_session_speakers (session_id, contact_id)
           SELECT s.id, sp.contact_id
           FROM (SELECT event_id, contact_id, row_number() OVER (PARTITION BY event_id ORDER BY registered_at, id) AS r
                 FROM participations WHERE role = 'SPEAKER' AND contact_id IS NOT NULL AND status <> 'CANCELLED') sp
           JOIN (SELECT id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY starts_at, title) AS r FROM event_sessions) s
             ON s.event_id = sp.event_id AND s.r = (sp.r - 1) % $1::bigint + 1
           WHERE sp.r <= $1::bigint * 3`,
          [SESSIONS_2021.length],
        ],
      ],
    ],
    [
      'partnerships and labels',
      [
        [
          `INSERT INTO partnerships (id, partner_id, year, kind, amount_cents, agreement_reference, event_id)
           SELECT pg_temp.uuid_of('partnership:' || y || ':' || k), p.id, y, kd.kind,
             CASE WHEN kd.kind = 'FINANCIAL' THEN (5000 + pg_temp.pick(y * 100 + k, 91, 195000)) * 100 END,
             'CONV-' || y || '-' || lpad((k + 1)::text, 3, '0'),
             CASE WHEN pg_temp.u(y * 100 + k, 92) < 0.5 THEN pg_temp.uuid_of('event:' || (y - 2009)) END
           FROM generate_series(2010, 2025) y
           CROSS JOIN generate_series(0, 39) k
           JOIN bench_partner p ON p.rank = (k * 37 + y) % $1::integer + 1
           CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(y * 100 + k, 90) < 0.5 THEN 'FINANCIAL' WHEN pg_temp.u(y * 100 + k, 90) < 0.75 THEN 'IN_KIND'
                                           ELSE 'INSTITUTIONAL' END AS kind) kd`,
          [FULL_SCALE.partners],
        ],
        [
          `INSERT INTO labels (id, name, description) VALUES
             (pg_temp.uuid_of('label:1'), $1, 'Distingue les collectivités qui consacrent une partie de leur action internationale à la solidarité envers des collectivités en crise.'),
             (pg_temp.uuid_of('label:2'), 'Coopération exemplaire', 'Distingue une coopération décentralisée remarquable par sa durée et ses résultats.')`,
          [LABEL_NAME],
        ],
        [
          `INSERT INTO label_awards (id, label_id, collectivity_id, year, event_id, citation)
           SELECT pg_temp.uuid_of('label-award:' || l || ':' || y || ':' || k), pg_temp.uuid_of('label:' || l), m.id, y, pg_temp.uuid_of('event:' || (y - 2009)), 'Distinction ' || y
           FROM generate_series(1, 2) l CROSS JOIN generate_series(2016, 2025) y CROSS JOIN generate_series(0, 11) k
           JOIN bench_member m ON m.rank = (k * 97 + y * 13 + l * 1000) % $1::integer + 1`,
          [FULL_SCALE.members],
        ],
      ],
    ],
    [
      'marker',
      [
        `CREATE TABLE IF NOT EXISTS ${MARKER_TABLE} (name text PRIMARY KEY, fingerprint text NOT NULL, loaded_at timestamptz NOT NULL DEFAULT now(), load_ms integer, counts jsonb NOT NULL)`,
        [
          `INSERT INTO ${MARKER_TABLE} (name, fingerprint, counts)
           SELECT $1, $2, jsonb_build_object(
             'collectivities', (SELECT count(*) FROM collectivities), 'members', (SELECT count(*) FROM collectivities WHERE membership_status = 'MEMBER'),
             'contacts', (SELECT count(*) FROM contacts), 'consentGiven', (SELECT count(*) FROM contacts WHERE consent_status = 'GIVEN'),
             'positions', (SELECT count(*) FROM positions), 'currentPositions', (SELECT count(*) FROM positions WHERE ended_on IS NULL),
             'partners', (SELECT count(*) FROM partners), 'groups', (SELECT count(*) FROM groups),
             'groupMemberships', (SELECT count(*) FROM group_members), 'groupOffices', (SELECT count(*) FROM group_offices),
             'editions', (SELECT count(*) FROM events), 'participations', (SELECT count(*) FROM participations),
             'participations2024', (SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id WHERE e.year = 2024),
             'partnerships', (SELECT count(*) FROM partnerships), 'labelAwards', (SELECT count(*) FROM label_awards))
           ON CONFLICT (name) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, loaded_at = now(), load_ms = NULL, counts = EXCLUDED.counts`,
          [DATASET_NAME, DATASET_FINGERPRINT],
        ],
      ],
    ],
  ];
}

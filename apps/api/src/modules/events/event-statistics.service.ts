import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventSessionKind, ParticipationRole } from '@territoria/domain';
import { DataSource } from 'typeorm';
import type { EventStatistics } from './dto/event-statistics.types.js';
import type { Event } from './event.entity.js';

// Participants are the registrations not cancelled; an organisation counts once however many people it sent.
const COUNTED = `p.status <> 'CANCELLED'`;
const ORGANISATION_KEY = `coalesce(p.collectivity_id::text, p.partner_id::text, 'name:' || p.organisation_search_text, 'country:' || p.country_code, p.id::text)`;

interface FigureRow {
  event_id: string;
  registered: number;
  attended: number;
  cancelled: number;
  no_show: number;
  french_collectivities: number;
  countries: number;
  foreign_countries: number;
  foreign_delegations: number;
  embassies: number;
  speakers: number;
  partners: number;
  sessions_by_kind: Array<{ kind: EventSessionKind; count: number }> | null;
  participants_by_role: Array<{ role: ParticipationRole; count: number }> | null;
  participants_by_country: Array<{ countryCode: string; count: number }> | null;
}

/**
 * An edition's figures, computed by the database in a few grouped queries for any number of
 * editions at once (the trend across editions costs what one edition costs).
 */
@Injectable()
export class EventStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forEvents(events: readonly Event[]): Promise<EventStatistics[]> {
    if (events.length === 0) return [];
    // One statement: the editions' participations are read once, every figure is computed from them.
    const rows = await this.dataSource.query<FigureRow[]>(
      // Distinct counts go through grouped subqueries (hashed), not count(DISTINCT …) (sorted).
      `WITH p AS MATERIALIZED (
         SELECT p.event_id, p.status, p.role, p.country_code, p.collectivity_id, p.partner_id, p.contact_id,
                CASE WHEN p.role IN ('FOREIGN_DELEGATION', 'EMBASSY') THEN ${ORGANISATION_KEY} END AS organisation
         FROM participations p WHERE p.event_id = ANY($1::uuid[])),
       figures AS (
         SELECT p.event_id,
           count(*) FILTER (WHERE ${COUNTED})::int AS registered,
           count(*) FILTER (WHERE p.status = 'ATTENDED')::int AS attended,
           count(*) FILTER (WHERE p.status = 'CANCELLED')::int AS cancelled,
           count(*) FILTER (WHERE p.status = 'NO_SHOW')::int AS no_show
         FROM p GROUP BY p.event_id),
       by_country AS (
         SELECT p.event_id, p.country_code, count(*)::int AS count FROM p WHERE ${COUNTED} AND p.country_code IS NOT NULL
         GROUP BY p.event_id, p.country_code),
       countries AS (
         SELECT event_id, count(*)::int AS countries, count(*) FILTER (WHERE country_code <> 'FR')::int AS foreign_countries,
                json_agg(json_build_object('countryCode', country_code, 'count', count) ORDER BY count DESC, country_code) AS list
         FROM by_country GROUP BY event_id),
       organisations AS (
         SELECT event_id, count(*) FILTER (WHERE role = 'FOREIGN_DELEGATION')::int AS foreign_delegations,
                count(*) FILTER (WHERE role = 'EMBASSY')::int AS embassies
         FROM (SELECT DISTINCT p.event_id, p.role, p.organisation FROM p WHERE ${COUNTED} AND p.organisation IS NOT NULL) o
         GROUP BY event_id),
       french AS (
         SELECT d.event_id, count(*)::int AS count
         FROM (SELECT DISTINCT p.event_id, p.collectivity_id FROM p WHERE ${COUNTED} AND p.collectivity_id IS NOT NULL) d
         JOIN collectivities c ON c.id = d.collectivity_id AND c.country_code = 'FR' AND c.kind <> 'FOREIGN_LOCAL_GOVERNMENT'
         GROUP BY d.event_id),
       speakers AS (
         SELECT event_id, count(*)::int AS count FROM (
           SELECT s.event_id, sp.contact_id AS item FROM event_sessions s JOIN event_session_speakers sp ON sp.session_id = s.id
           WHERE s.event_id = ANY($1::uuid[])
           UNION
           SELECT p.event_id, p.contact_id FROM p WHERE p.role = 'SPEAKER' AND ${COUNTED} AND p.contact_id IS NOT NULL) items
         GROUP BY event_id),
       partners AS (
         SELECT event_id, count(*)::int AS count FROM (
           SELECT p.event_id, p.partner_id AS item FROM p WHERE p.partner_id IS NOT NULL AND ${COUNTED}
           UNION
           SELECT ps.event_id, ps.partner_id FROM partnerships ps WHERE ps.event_id = ANY($1::uuid[])) items
         GROUP BY event_id),
       sessions AS (
         SELECT event_id, json_agg(json_build_object('kind', kind, 'count', count) ORDER BY count DESC, kind) AS list
         FROM (SELECT event_id, kind, count(*)::int AS count FROM event_sessions WHERE event_id = ANY($1::uuid[]) GROUP BY event_id, kind) k
         GROUP BY event_id),
       roles AS (
         SELECT event_id, json_agg(json_build_object('role', role, 'count', count) ORDER BY count DESC, role) AS list
         FROM (SELECT p.event_id, p.role, count(*)::int AS count FROM p WHERE ${COUNTED} GROUP BY p.event_id, p.role) r
         GROUP BY event_id)
       SELECT e.id AS event_id, f.registered, f.attended, f.cancelled, f.no_show, fr.count AS french_collectivities, co.countries,
              co.foreign_countries, o.foreign_delegations, o.embassies, sp.count AS speakers, pa.count AS partners,
              se.list AS sessions_by_kind, ro.list AS participants_by_role, co.list AS participants_by_country
       FROM unnest($1::uuid[]) AS e(id)
       LEFT JOIN figures f ON f.event_id = e.id LEFT JOIN french fr ON fr.event_id = e.id LEFT JOIN countries co ON co.event_id = e.id
       LEFT JOIN organisations o ON o.event_id = e.id LEFT JOIN speakers sp ON sp.event_id = e.id LEFT JOIN partners pa ON pa.event_id = e.id
       LEFT JOIN sessions se ON se.event_id = e.id LEFT JOIN roles ro ON ro.event_id = e.id`,
      [events.map((event) => event.id)],
    );
    const byEvent = new Map(rows.map((row) => [row.event_id, row]));
    return events.map((event) => {
      const row = byEvent.get(event.id);
      return {
        eventId: event.id,
        editionNumber: event.editionNumber,
        year: event.year,
        registered: row?.registered ?? 0,
        attended: row?.attended ?? 0,
        cancelled: row?.cancelled ?? 0,
        noShow: row?.no_show ?? 0,
        frenchCollectivities: row?.french_collectivities ?? 0,
        countries: row?.countries ?? 0,
        foreignCountries: row?.foreign_countries ?? 0,
        foreignDelegations: row?.foreign_delegations ?? 0,
        embassies: row?.embassies ?? 0,
        speakers: row?.speakers ?? 0,
        partners: row?.partners ?? 0,
        sessionsByKind: row?.sessions_by_kind ?? [],
        participantsByRole: row?.participants_by_role ?? [],
        participantsByCountry: row?.participants_by_country ?? [],
      };
    });
  }
}

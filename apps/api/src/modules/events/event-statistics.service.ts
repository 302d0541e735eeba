import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventSessionKind, ParticipationRole } from '@territoria/domain';
import { DataSource } from 'typeorm';
import type { EventStatistics } from './dto/event-statistics.types.js';
import type { Event } from './event.entity.js';

interface FigureRow {
  event_id: string;
  edition_number: number;
  year: number;
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

  /** The figures of these editions, in their order. */
  async forEvents(events: readonly Event[]): Promise<EventStatistics[]> {
    if (events.length === 0) return [];
    const rows = await this.figures({ ids: events.map((event) => event.id) });
    const byEvent = new Map(rows.map((row) => [row.event_id, row]));
    return events.map((event) => toStatistics(event.id, event.editionNumber, event.year, byEvent.get(event.id)));
  }

  /** One edition's figures, or null when there is no such edition. */
  async ofEdition(eventId: string): Promise<EventStatistics | null> {
    const [row] = await this.figures({ ids: [eventId] });
    return row ? toStatistics(row.event_id, row.edition_number, row.year, row) : null;
  }

  /** Every edition of a series (or of all), oldest first. */
  async trend(seriesId: string | null): Promise<EventStatistics[]> {
    const rows = await this.figures({ seriesId });
    return rows.map((row) => toStatistics(row.event_id, row.edition_number, row.year, row));
  }

  /** One statement: the editions' participations are read once, every figure is computed from them. */
  private figures(editions: { ids: string[] } | { seriesId: string | null }): Promise<FigureRow[]> {
    const [where, parameter] =
      'ids' in editions
        ? ['ev.id = ANY($1::uuid[])', editions.ids]
        : ['($1::uuid IS NULL OR ev.series_id = $1::uuid)', editions.seriesId];
    return this.dataSource.query<FigureRow[]>(
      // The figures come from the tallies the participations keep (participation_tallies), not from the rows.
      `WITH e AS MATERIALIZED (SELECT ev.id, ev.edition_number, ev.year FROM events ev WHERE ${where}),
       figures AS (
         SELECT event_id,
           coalesce(sum(total) FILTER (WHERE dimension = 'status' AND key <> 'CANCELLED'), 0)::int AS registered,
           coalesce(sum(total) FILTER (WHERE dimension = 'status' AND key = 'ATTENDED'), 0)::int AS attended,
           coalesce(sum(total) FILTER (WHERE dimension = 'status' AND key = 'CANCELLED'), 0)::int AS cancelled,
           coalesce(sum(total) FILTER (WHERE dimension = 'status' AND key = 'NO_SHOW'), 0)::int AS no_show,
           count(*) FILTER (WHERE dimension = 'country')::int AS countries,
           count(*) FILTER (WHERE dimension = 'country' AND key <> 'FR')::int AS foreign_countries,
           count(*) FILTER (WHERE dimension = 'delegation')::int AS foreign_delegations,
           count(*) FILTER (WHERE dimension = 'embassy')::int AS embassies,
           json_agg(json_build_object('countryCode', key, 'count', total) ORDER BY total DESC, key) FILTER (WHERE dimension = 'country') AS countries_list,
           json_agg(json_build_object('role', key, 'count', total) ORDER BY total DESC, key) FILTER (WHERE dimension = 'role') AS roles_list
         FROM participation_tallies WHERE event_id IN (SELECT id FROM e) AND total > 0 AND dimension <> 'collectivity' GROUP BY event_id),
       french AS (
         SELECT t.event_id, count(*)::int AS count FROM participation_tallies t
         JOIN collectivities c ON c.id = t.key::uuid AND c.country_code = 'FR' AND c.kind <> 'FOREIGN_LOCAL_GOVERNMENT'
         WHERE t.event_id IN (SELECT id FROM e) AND t.dimension = 'collectivity' AND t.total > 0
         GROUP BY t.event_id),
       speakers AS (
         SELECT event_id, count(*)::int AS count FROM (
           SELECT s.event_id, sp.contact_id AS item FROM event_sessions s JOIN event_session_speakers sp ON sp.session_id = s.id
           WHERE s.event_id IN (SELECT id FROM e)
           UNION
           SELECT t.event_id, t.key::uuid FROM participation_tallies t WHERE t.event_id IN (SELECT id FROM e) AND t.dimension = 'speaker' AND t.total > 0) items
         GROUP BY event_id),
       partners AS (
         SELECT event_id, count(*)::int AS count FROM (
           SELECT t.event_id, t.key::uuid AS item FROM participation_tallies t WHERE t.event_id IN (SELECT id FROM e) AND t.dimension = 'partner' AND t.total > 0
           UNION
           SELECT ps.event_id, ps.partner_id FROM partnerships ps WHERE ps.event_id IN (SELECT id FROM e)) items
         GROUP BY event_id),
       sessions AS (
         SELECT event_id, json_agg(json_build_object('kind', kind, 'count', count) ORDER BY count DESC, kind) AS list
         FROM (SELECT event_id, kind, count(*)::int AS count FROM event_sessions WHERE event_id IN (SELECT id FROM e) GROUP BY event_id, kind) k
         GROUP BY event_id)
       SELECT e.id AS event_id, e.edition_number, e.year, f.registered, f.attended, f.cancelled, f.no_show, fr.count AS french_collectivities,
              f.countries, f.foreign_countries, f.foreign_delegations, f.embassies, sp.count AS speakers, pa.count AS partners,
              se.list AS sessions_by_kind, f.roles_list AS participants_by_role, f.countries_list AS participants_by_country
       FROM e
       LEFT JOIN figures f ON f.event_id = e.id LEFT JOIN french fr ON fr.event_id = e.id
       LEFT JOIN speakers sp ON sp.event_id = e.id LEFT JOIN partners pa ON pa.event_id = e.id LEFT JOIN sessions se ON se.event_id = e.id
       ORDER BY e.year, e.edition_number`,
      [parameter],
    );
  }
}

function toStatistics(eventId: string, editionNumber: number, year: number, row: FigureRow | undefined): EventStatistics {
  return {
    eventId,
    editionNumber,
    year,
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
}

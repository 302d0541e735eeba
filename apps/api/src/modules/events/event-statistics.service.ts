import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EventSessionKind, ParticipationRole } from '@territoria/domain';
import { DataSource } from 'typeorm';
import type { EventStatistics } from './dto/event-statistics.types.js';
import type { Event } from './event.entity.js';

// Participants are the registrations not cancelled; an organisation counts once however many people it sent.
const COUNTED = `p.status <> 'CANCELLED'`;
const ORGANISATION_KEY = `coalesce(p.collectivity_id::text, p.partner_id::text, 'name:' || search_normalize(p.organisation_name), 'country:' || p.country_code, p.id::text)`;

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
    const ids = events.map((event) => event.id);
    const [figures, speakers, partners, sessions, roles, countries] = await Promise.all([
      this.dataSource.query<FigureRow[]>(
        `SELECT p.event_id,
           count(*) FILTER (WHERE ${COUNTED})::int AS registered,
           count(*) FILTER (WHERE p.status = 'ATTENDED')::int AS attended,
           count(*) FILTER (WHERE p.status = 'CANCELLED')::int AS cancelled,
           count(*) FILTER (WHERE p.status = 'NO_SHOW')::int AS no_show,
           count(DISTINCT p.collectivity_id) FILTER (WHERE ${COUNTED} AND c.country_code = 'FR' AND c.kind <> 'FOREIGN_LOCAL_GOVERNMENT')::int AS french_collectivities,
           count(DISTINCT p.country_code) FILTER (WHERE ${COUNTED})::int AS countries,
           count(DISTINCT p.country_code) FILTER (WHERE ${COUNTED} AND p.country_code <> 'FR')::int AS foreign_countries,
           count(DISTINCT ${ORGANISATION_KEY}) FILTER (WHERE ${COUNTED} AND p.role = 'FOREIGN_DELEGATION')::int AS foreign_delegations,
           count(DISTINCT ${ORGANISATION_KEY}) FILTER (WHERE ${COUNTED} AND p.role = 'EMBASSY')::int AS embassies
         FROM participations p
         LEFT JOIN collectivities c ON c.id = p.collectivity_id
         WHERE p.event_id = ANY($1::uuid[])
         GROUP BY p.event_id`,
        [ids],
      ),
      this.countByEvent(
        `SELECT s.event_id, sp.contact_id AS item FROM event_sessions s JOIN event_session_speakers sp ON sp.session_id = s.id WHERE s.event_id = ANY($1::uuid[])
         UNION
         SELECT p.event_id, p.contact_id FROM participations p WHERE p.event_id = ANY($1::uuid[]) AND p.role = 'SPEAKER' AND ${COUNTED} AND p.contact_id IS NOT NULL`,
        ids,
      ),
      this.countByEvent(
        `SELECT p.event_id, p.partner_id AS item FROM participations p WHERE p.event_id = ANY($1::uuid[]) AND p.partner_id IS NOT NULL AND ${COUNTED}
         UNION
         SELECT ps.event_id, ps.partner_id FROM partnerships ps WHERE ps.event_id = ANY($1::uuid[])`,
        ids,
      ),
      this.dataSource.query<Array<{ event_id: string; kind: EventSessionKind; count: number }>>(
        `SELECT event_id, kind, count(*)::int AS count FROM event_sessions WHERE event_id = ANY($1::uuid[]) GROUP BY event_id, kind ORDER BY count DESC, kind`,
        [ids],
      ),
      this.dataSource.query<Array<{ event_id: string; role: ParticipationRole; count: number }>>(
        `SELECT p.event_id, p.role, count(*)::int AS count FROM participations p WHERE p.event_id = ANY($1::uuid[]) AND ${COUNTED} GROUP BY p.event_id, p.role ORDER BY count DESC, p.role`,
        [ids],
      ),
      this.dataSource.query<Array<{ event_id: string; country_code: string; count: number }>>(
        `SELECT p.event_id, p.country_code, count(*)::int AS count FROM participations p
         WHERE p.event_id = ANY($1::uuid[]) AND ${COUNTED} AND p.country_code IS NOT NULL
         GROUP BY p.event_id, p.country_code ORDER BY count DESC, p.country_code`,
        [ids],
      ),
    ]);
    const figuresByEvent = new Map(figures.map((row) => [row.event_id, row]));
    return events.map((event) => {
      const row = figuresByEvent.get(event.id);
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
        speakers: speakers.get(event.id) ?? 0,
        partners: partners.get(event.id) ?? 0,
        sessionsByKind: sessions.filter((item) => item.event_id === event.id).map(({ kind, count }) => ({ kind, count })),
        participantsByRole: roles.filter((item) => item.event_id === event.id).map(({ role, count }) => ({ role, count })),
        participantsByCountry: countries
          .filter((item) => item.event_id === event.id)
          .map(({ country_code, count }) => ({ countryCode: country_code, count })),
      };
    });
  }

  /** Distinct items per edition, from a query answering (event_id, item). */
  private async countByEvent(itemsQuery: string, ids: string[]): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<Array<{ event_id: string; count: number }>>(
      `SELECT event_id, count(DISTINCT item)::int AS count FROM (${itemsQuery}) items GROUP BY event_id`,
      [ids],
    );
    return new Map(rows.map((row) => [row.event_id, row.count]));
  }
}

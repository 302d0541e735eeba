import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EDITION_2021,
  seedEdition,
  seedEdition2021,
  seedEditionParticipants,
  SHAPE_2021,
} from '../src/database/seeds/rencontres.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const STATISTICS = `query($id: ID!) { eventStatistics(eventId: $id) {
  editionNumber year registered attended cancelled noShow frenchCollectivities countries foreignCountries
  foreignDelegations embassies speakers partners
  sessionsByKind { kind count } participantsByRole { role count } participantsByCountry { countryCode count } } }`;

describe('edition statistics, against the 2021 press release', () => {
  let api: TestApp;
  let edition2021: string;

  beforeAll(async () => {
    api = await startTestApp();
    // The partners' 2021 commitments exist before the edition, as in the demo data.
    edition2021 = await api.dataSource.transaction((manager) => seedEdition2021(manager));
  });
  afterAll(async () => {
    await api.close();
  });

  it('states the figures of the 12th edition as the press release does', async () => {
    const response = await api.graphql(STATISTICS, { id: edition2021 });
    expect(response.errors).toBeUndefined();
    const figures = response.data!.eventStatistics;
    // « plus de 500 participants, dont 130 collectivités territoriales françaises, ainsi que les
    // représentants de plus de 30 pays, dont une quinzaine de délégations étrangères, et 18 ambassades »
    expect(figures.registered).toBeGreaterThan(500);
    expect(figures.frenchCollectivities).toBe(130);
    expect(figures.foreignCountries).toBeGreaterThan(30);
    expect(figures.countries).toBe(figures.foreignCountries + 1);
    expect(figures.foreignDelegations).toBe(15);
    expect(figures.embassies).toBe(18);
    // Cancelled registrations exist (a 131st collectivity, a delegation and an embassy from other
    // countries among them) and count nowhere.
    expect(figures.cancelled).toBe(SHAPE_2021.cancelled);
    expect(figures.attended + figures.noShow).toBe(figures.registered);
    // 9 workshops plus the plenary conference, micro-workshops, a quiz, a ceremony; the partners thanked.
    const sessions = Object.fromEntries(
      figures.sessionsByKind.map((row: { kind: string; count: number }) => [row.kind, row.count]),
    );
    expect(sessions).toMatchObject({ WORKSHOP: 9, QUIZ: 1, CEREMONY: 1 });
    expect(sessions.PLENARY).toBeGreaterThanOrEqual(1);
    expect(sessions.MICRO_WORKSHOP).toBeGreaterThanOrEqual(1);
    expect(figures.partners).toBeGreaterThanOrEqual(4);
    expect(figures.speakers).toBeGreaterThan(0);
    const roles = Object.fromEntries(
      figures.participantsByRole.map((row: { role: string; count: number }) => [row.role, row.count]),
    );
    expect(Object.values(roles).reduce((sum: number, count) => sum + (count as number), 0)).toBe(figures.registered);
    expect(figures.participantsByCountry[0]).toEqual({ countryCode: 'FR', count: expect.any(Number) });
    expect(figures.participantsByCountry).toHaveLength(figures.countries);
  });

  it('follows the change once people arrive or cancel', async () => {
    const [registered] = await api.dataSource.query(
      `SELECT id FROM participations WHERE event_id = $1 AND status = 'NO_SHOW' AND collectivity_id IS NOT NULL LIMIT 1`,
      [edition2021],
    );
    const before = (await api.graphql(STATISTICS, { id: edition2021 })).data!.eventStatistics;
    await api.graphql('mutation($id: ID!) { checkInParticipation(id: $id) { alreadyCheckedIn } }', { id: registered.id });
    const after = (await api.graphql(STATISTICS, { id: edition2021 })).data!.eventStatistics;
    expect(after.attended).toBe(before.attended + 1);
    expect(after.noShow).toBe(before.noShow - 1);
    expect(after.registered).toBe(before.registered);
  });

  it('gives the trend across editions in as many queries as one edition', async () => {
    await api.dataSource.transaction(async (manager) => {
      const earlier = await seedEdition(manager, {
        ...EDITION_2021,
        editionNumber: 11,
        year: 2020,
        title: '11e Rencontres',
        startsOn: '2020-10-06',
        endsOn: '2020-10-06',
      });
      await seedEditionParticipants(manager, earlier, '2020-10-06', {
        ...SHAPE_2021,
        frenchCollectivities: 90,
        others: 60,
        firstPerson: 300,
      });
    });
    api.queryCounter.reset();
    await api.graphql('query($id: ID!) { event(id: $id) { statistics { registered } } }', { id: edition2021 });
    const one = api.queryCounter.queries.length;
    api.queryCounter.reset();
    const trend = await api.graphql(
      '{ eventTrend { editionNumber year registered frenchCollectivities } events { nodes { statistics { registered } } } }',
    );
    expect(trend.errors).toBeUndefined();
    expect(trend.data!.eventTrend.map((row: { editionNumber: number }) => row.editionNumber)).toEqual([11, 12]);
    expect(trend.data!.eventTrend[0].frenchCollectivities).toBe(90);
    expect(api.queryCounter.queries.length).toBeLessThanOrEqual(one * 2 + 2);
  });

  it('keeps the figures true through check-ins, cancellations, role changes, moves between editions and deletions', async () => {
    // Counted from the rows themselves, as the figures were before they were kept as tallies.
    const recount = async (eventId: string) => {
      const [row] = await api.dataSource.query(
        `SELECT count(*) FILTER (WHERE status <> 'CANCELLED')::int AS registered, count(*) FILTER (WHERE status = 'ATTENDED')::int AS attended,
           count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled, count(*) FILTER (WHERE status = 'NO_SHOW')::int AS "noShow",
           count(DISTINCT country_code) FILTER (WHERE status <> 'CANCELLED')::int AS countries,
           count(DISTINCT coalesce(collectivity_id::text, partner_id::text, 'name:' || organisation_search_text, 'country:' || country_code, id::text))
             FILTER (WHERE status <> 'CANCELLED' AND role = 'EMBASSY')::int AS embassies
         FROM participations WHERE event_id = $1`,
        [eventId],
      );
      return row;
    };
    const figures = async (eventId: string) => {
      const { registered, attended, cancelled, noShow, countries, embassies } = (await api.graphql(STATISTICS, { id: eventId }))
        .data!.eventStatistics;
      return { registered, attended, cancelled, noShow, countries, embassies };
    };
    const other = await api.dataSource.transaction((manager) =>
      seedEdition(manager, { ...EDITION_2021, editionNumber: 99, year: 2099, title: 'Tallies' }),
    );
    const ids: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM participations WHERE event_id = $1 ORDER BY id LIMIT 40`,
      [edition2021],
    );
    const some = (from: number, to: number) => ids.slice(from, to).map((row) => row.id);
    await api.dataSource.query(
      `UPDATE participations SET status = 'ATTENDED', checked_in_at = now() WHERE id = ANY($1) AND status <> 'ATTENDED'`,
      [some(0, 10)],
    );
    await api.dataSource.query(`UPDATE participations SET status = 'CANCELLED', checked_in_at = NULL WHERE id = ANY($1)`, [
      some(10, 15),
    ]);
    await api.dataSource.query(`UPDATE participations SET role = 'EMBASSY', country_code = 'JP' WHERE id = ANY($1)`, [
      some(15, 20),
    ]);
    await api.dataSource.query(`UPDATE participations SET event_id = $2 WHERE id = ANY($1) AND contact_id IS NULL`, [
      some(20, 30),
      other,
    ]);
    await api.dataSource.query(`DELETE FROM participations WHERE id = ANY($1)`, [some(30, 40)]);
    expect(await figures(edition2021)).toEqual(await recount(edition2021));
    expect(await figures(other)).toEqual(await recount(other));
  });
});

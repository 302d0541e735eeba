import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataService } from '../src/database/seeds/demo-data.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('demo data', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    await api.app.get(DemoDataService).seedIfEmpty();
  });
  afterAll(async () => {
    await api.close();
  });

  it('tells the 2021 Rencontres as the press release does, with earlier editions and the next one open', async () => {
    const response = await api.graphql(`{
      eventTrend { editionNumber year registered attended frenchCollectivities foreignCountries foreignDelegations embassies }
      events(filter: { upcoming: true }) { nodes { year statistics { registered attended } } }
      memberCountsByRegion { regionName memberCount }
    }`);
    expect(response.errors).toBeUndefined();
    const { eventTrend, events, memberCountsByRegion } = response.data!;
    expect(eventTrend.map((row: { editionNumber: number }) => row.editionNumber).slice(0, 3)).toEqual([10, 11, 12]);
    const twelfth = eventTrend.find((row: { year: number }) => row.year === 2021);
    expect(twelfth).toMatchObject({ frenchCollectivities: 130, foreignDelegations: 15, embassies: 18 });
    expect(twelfth.registered).toBeGreaterThan(500);
    expect(twelfth.foreignCountries).toBeGreaterThan(30);
    expect(events.nodes[0].year).toBe(new Date().getFullYear() + 1);
    expect(events.nodes[0].statistics.registered).toBeGreaterThan(0);
    expect(events.nodes[0].statistics.attended).toBe(0);
    // The president and the mayor of Paris opened the 12th edition; Dijon, a member, took part.
    const opening = await api.graphql(
      `{ collectivities(filter: { search: "dijon", kinds: [COMMUNE] }, page: { limit: 1 }) { nodes { participations { role event { year } contact { lastName } } } } }`,
    );
    expect(opening.data!.collectivities.nodes[0].participations).toEqual(
      expect.arrayContaining([{ role: 'SPEAKER', event: { year: 2021 }, contact: { lastName: 'Rebsamen' } }]),
    );
    expect(
      memberCountsByRegion.find((row: { regionName: string }) => row.regionName === 'Bourgogne-Franche-Comté').memberCount,
    ).toBeGreaterThanOrEqual(3);
  });

  it('runs once: a second start adds nothing', async () => {
    const count = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM participations'))[0].n);
    const before = await count();
    await api.app.get(DemoDataService).seedIfEmpty();
    expect(await count()).toBe(before);
  });
});

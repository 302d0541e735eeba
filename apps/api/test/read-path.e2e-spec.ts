import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { READ_MARK } from '../src/common/read/read.service.js';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The read road: a list and everything nested under it is one SQL statement, whatever the page
 * size, built as JSON by the database; a write's result reads its nested fields in one statement
 * per field for all its rows.
 */
describe('reads at the speed of the database', () => {
  let api: TestApp;
  let token: { token: string };
  let edition: string;
  let germany: string;

  beforeAll(async () => {
    api = await startTestApp();
    const fixtures = crmFixtures(api);
    token = { token: (await api.apiToken(['collectivities:read', 'contacts:all', 'events:read'])).token };
    // 60 member communes of the Côte-d'Or, each with one mayor, in a country group for Germany.
    const communes: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND department_code = '21' ORDER BY insee_code LIMIT 60`,
    );
    await api.dataSource.query(`UPDATE collectivities SET membership_status = 'MEMBER' WHERE id = ANY($1)`, [
      communes.map((row) => row.id),
    ]);
    germany = await fixtures.countryGroup('Groupe-pays Allemagne', ['DE']);
    await fixtures.addMembers(
      germany,
      communes.map((row) => row.id),
    );
    const series = await api.graphql<{ createEventSeries: { id: string } }>(
      'mutation { createEventSeries(input: { name: "Rencontres" }) { id } }',
    );
    const created = await api.graphql<{ createEvent: { id: string } }>(
      'mutation($s: ID!) { createEvent(input: { seriesId: $s, editionNumber: 15, year: 2024, title: "15e Rencontres", startsOn: "2024-06-27", endsOn: "2024-06-27" }) { id } }',
      { s: series.data!.createEventSeries.id },
    );
    edition = created.data!.createEvent.id;
    for (const [index, commune] of communes.entries()) {
      const contact = await fixtures.contact(`Prénom${index}`, `Maire${index}`, commune.id, { consentStatus: 'GIVEN' });
      await api.graphql('mutation($input: CreateParticipationInput!) { createParticipation(input: $input) { id } }', {
        input: { eventId: edition, contactId: contact, collectivityId: commune.id, role: 'ATTENDEE' },
      });
    }
  });
  afterAll(async () => {
    await api.close();
  });

  const readStatements = () => api.queryCounter.queries.filter((query) => query.startsWith(READ_MARK));

  const READS: [string, string, (limit: number) => Record<string, unknown>][] = [
    [
      'members by name, with their département and current groups, and the total',
      `query($limit: Int!) { collectivities(filter: { membershipStatuses: [MEMBER] }, sort: { field: NAME }, page: { limit: $limit }) {
        totalCount nodes { id name department { name } groups { name } } } }`,
      (limit) => ({ limit }),
    ],
    [
      "a country group's members, each with its number of current contacts, and the total",
      `query($limit: Int!) { groups(filter: { countryCode: "DE" }) { nodes { id name members(page: { limit: $limit }) {
        totalCount nodes { collectivity { id name contactCount } } } } } }`,
      (limit) => ({ limit }),
    ],
    [
      "an edition's participations with the person's and organisation's names, and the total",
      `query($id: ID!, $limit: Int!) { participations(filter: { eventId: $id }, sort: { field: REGISTERED_AT }, page: { limit: $limit }) {
        totalCount nodes { id role status displayName organisationDisplayName contact { lastName positions { title collectivity { name } } } } } }`,
      (limit) => ({ id: edition, limit }),
    ],
  ];

  it.each(READS)('%s: one statement, whatever the page size', async (_name, query, variables) => {
    for (const limit of [5, 50]) {
      await api.graphql(query, variables(limit), token);
      api.queryCounter.reset();
      const response = await api.graphql(query, variables(limit), token);
      expect(response.errors).toBeUndefined();
      expect(readStatements()).toHaveLength(1);
      expect(JSON.stringify(response.data).length).toBeGreaterThan(100);
    }
  });

  it('answers the same shapes as the rows hold: names, totals, aliases and nested lists', async () => {
    const response = await api.graphql<{
      page: { total: number; more: boolean; nodes: Array<{ who: string; event: { title: string } }> };
    }>(
      `query($id: ID!) { page: participations(filter: { eventId: $id }, sort: { field: NAME }, page: { limit: 3 }) {
        total: totalCount more: hasNextPage nodes { who: displayName organisationDisplayName event { title } } } }`,
      { id: edition },
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.page.total).toBe(60);
    expect(response.data!.page.more).toBe(true);
    expect(response.data!.page.nodes).toHaveLength(3);
    // Sorted by last name: Maire0, Maire1, Maire10…
    expect(response.data!.page.nodes.map((node: { who: string }) => node.who)).toEqual([
      'Prénom0 Maire0',
      'Prénom1 Maire1',
      'Prénom10 Maire10',
    ]);
    expect(response.data!.page.nodes[0].event).toEqual({ title: '15e Rencontres' });
  });

  it("reads a write's nested fields in one statement per field, for every row at once", async () => {
    const [dijon] = (await api.dataSource.query(
      `SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = '21231'`,
    )) as { id: string }[];
    api.queryCounter.reset();
    const response = await api.graphql<{ addGroupMembers: Array<{ collectivity: unknown }> }>(
      'mutation($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c) { collectivity { name department { name } region { name } } } }',
      { g: germany, c: [dijon!.id] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.addGroupMembers[0].collectivity).toEqual({
      name: 'Dijon',
      department: { name: "Côte-d'Or" },
      region: { name: 'Bourgogne-Franche-Comté' },
    });
    expect(readStatements()).toHaveLength(1);
  });
});

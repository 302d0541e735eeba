import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const SEARCH = `query Search($filter: CollectivityFilter, $sort: CollectivitySort, $page: PageInput) {
  collectivities(filter: $filter, sort: $sort, page: $page) {
    totalCount hasNextPage
    nodes { id name kind inseeCode siren population regionCode departmentCode membershipStatus
            department { name inseeCode } region { name inseeCode } }
  }
}`;

interface Row {
  name: string;
  kind: string;
  inseeCode: string | null;
  population: number | null;
  departmentCode: string | null;
  department: { name: string } | null;
  region: { name: string } | null;
}

describe('collectivities: search, filters, sort and pagination on the full referential', () => {
  let api: TestApp;
  const search = async (filter: Record<string, unknown>, page = { offset: 0, limit: 10 }, sort?: unknown) => {
    const response = await api.graphql<{ collectivities: { totalCount: number; hasNextPage: boolean; nodes: Row[] } }>(SEARCH, {
      filter,
      page,
      sort,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.collectivities;
  };

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it.each(['saint etienne', 'St-Étienne', 'SAINT-ETIENNE', '42218', '42000', 'sant etiene'])(
    'finds Saint-Étienne first for "%s"',
    async (text) => {
      const page = await search({ search: text });
      expect(page.nodes[0]).toMatchObject({ name: 'Saint-Étienne', inseeCode: '42218', kind: 'COMMUNE' });
    },
  );

  it('ranks the commune Dijon above Dijon Métropole and above communes merely containing the word', async () => {
    const page = await search({ search: 'dijon' });
    expect(page.nodes.map((row) => row.name).slice(0, 2)).toEqual(['Dijon', 'Dijon Métropole']);
    expect(page.nodes.slice(2).every((row) => row.name !== 'Dijon')).toBe(true);
    expect(page.totalCount).toBeGreaterThan(5);
  });

  it('finds a commune by SIREN typed with spaces, and Corsica by its 2A code in lower case', async () => {
    expect((await search({ search: '212 102 313' })).nodes[0]?.name).toBe('Dijon');
    expect((await search({ search: '2a004' })).nodes[0]?.name).toBe('Ajaccio');
  });

  it('treats SQL metacharacters and unusual unicode as plain text', async () => {
    for (const text of ["'; DROP TABLE collectivities; --", '%_%', '\u202Enojid', '🏛️ dijon', '\\', '$1']) {
      const response = await api.graphql(SEARCH, { filter: { search: text }, page: { offset: 0, limit: 5 } });
      expect(response.errors).toBeUndefined();
    }
    const withNul = await api.graphql(SEARCH, { filter: { search: 'dijon\u0000' } });
    expect(withNul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect((await search({})).totalCount).toBeGreaterThan(36_000);
  });

  it('loads the région and département of each row', async () => {
    const [dijon] = (await search({ search: '21231' })).nodes;
    expect(dijon?.department?.name).toBe("Côte-d'Or");
    expect(dijon?.region?.name).toBe('Bourgogne-Franche-Comté');
  });

  it('filters by kind, région, département, country and membership status', async () => {
    const regions = await search({ kinds: ['REGION'] }, { offset: 0, limit: 100 });
    expect(regions.totalCount).toBe(18);
    const corsica = await search({ departmentCode: '2A', kinds: ['COMMUNE'] }, { offset: 0, limit: 200 });
    expect(corsica.totalCount).toBeGreaterThan(100);
    expect(corsica.nodes.every((row) => row.departmentCode === '2A')).toBe(true);
    const burgundy = await search({ regionCode: '27', kinds: ['DEPARTMENT'] }, { offset: 0, limit: 20 });
    expect(burgundy.nodes.map((row) => row.name)).toContain("Côte-d'Or");
    expect(burgundy.totalCount).toBe(8);
    expect((await search({ countryCode: 'SN' })).totalCount).toBe(0);
    expect((await search({ membershipStatuses: ['MEMBER'] })).totalCount).toBe(0);
    const nonMembers = await search({ membershipStatuses: ['NONE'], search: 'dijon' });
    expect(nonMembers.nodes[0]?.name).toBe('Dijon');
  });

  it('sorts by name ignoring accents, and by population', async () => {
    const byName = await search(
      { departmentCode: '69', kinds: ['COMMUNE'] },
      { offset: 0, limit: 1000 },
      { field: 'NAME', direction: 'ASC' },
    );
    const names = byName.nodes.map((row) => row.name);
    const normalise = (name: string) =>
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ');
    expect(names.map(normalise)).toEqual([...names.map(normalise)].sort());
    const biggest = await search({ kinds: ['COMMUNE'] }, { offset: 0, limit: 3 }, { field: 'POPULATION', direction: 'DESC' });
    expect(biggest.nodes.map((row) => row.name)).toEqual(['Paris', 'Marseille', 'Lyon']);
  });

  it('paginates with a stable order and a total count', async () => {
    const first = await search({ kinds: ['DEPARTMENT'] }, { offset: 0, limit: 50 });
    const second = await search({ kinds: ['DEPARTMENT'] }, { offset: 50, limit: 60 });
    expect(first.totalCount).toBe(101);
    expect(first.hasNextPage).toBe(true);
    expect(second.hasNextPage).toBe(false);
    expect(second.nodes).toHaveLength(51);
    const names = new Set([...first.nodes, ...second.nodes].map((row) => row.name));
    expect(names.size).toBe(101);
  });

  it('loads the région and département of a 1000-row page in a bounded number of SQL queries', async () => {
    api.queryCounter.reset();
    const page = await search({ kinds: ['COMMUNE'] }, { offset: 0, limit: 1000 });
    expect(page.nodes).toHaveLength(1000);
    expect(page.nodes.every((row) => row.department && row.region)).toBe(true);
    // the caller's session + page + count + one batch of départements + one batch of régions
    expect(api.queryCounter.queries.length).toBeLessThanOrEqual(5);
  });
});

describe('collectivities: integrators paging through nodes only', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('skips counting when neither totalCount nor hasNextPage is asked for', async () => {
    api.queryCounter.reset();
    const response = await api.graphql('{ collectivities(page: { limit: 5 }) { nodes { name } } }');
    expect(response.errors).toBeUndefined();
    expect(api.queryCounter.queries.filter((query) => /COUNT\(/i.test(query))).toHaveLength(0);
    api.queryCounter.reset();
    await api.graphql('{ collectivities(page: { limit: 5 }) { totalCount nodes { name } } }');
    expect(api.queryCounter.queries.filter((query) => /COUNT\(/i.test(query))).toHaveLength(1);
  });

  it('matches a short term at word starts only', async () => {
    const response = await api.graphql<{ collectivities: { nodes: { name: string }[] } }>(
      '{ collectivities(filter: { search: "ly" }, page: { limit: 3 }) { nodes { name } } }',
    );
    expect(response.data!.collectivities.nodes[0]?.name).toBe('Lyon');
  });
});

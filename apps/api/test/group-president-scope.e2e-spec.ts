import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GROUP_PRESIDENCY_SOURCE, type GroupPresidencySource } from '../src/modules/auth/access-scope.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PRESIDENT_CONTACT = '11111111-1111-4111-8111-111111111111';

/** Stand-in for the groups module: the contact above presides a group of two collectivities. */
class StandInPresidencies implements GroupPresidencySource {
  ids: string[] = [];
  async collectivityIdsPresidedBy(contactId: string): Promise<string[]> {
    return contactId === PRESIDENT_CONTACT ? this.ids : [];
  }
}

describe('group presidents see only the collectivities of the groups they preside', () => {
  let api: TestApp;
  const presidencies = new StandInPresidencies();
  const idOf = async (inseeCode: string) =>
    (await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = $1`, [inseeCode]))[0].id as string;

  beforeAll(async () => {
    api = await startTestApp({}, [{ provide: GROUP_PRESIDENCY_SOURCE, useValue: presidencies }]);
    presidencies.ids = [await idOf('21231'), await idOf('75056')]; // Dijon, Paris
  });
  afterAll(async () => {
    await api.close();
  });

  it('narrows lists, searches and single reads to the scope', async () => {
    const president = await api.userWithRole('GROUP_PRESIDENT', PRESIDENT_CONTACT);
    const list = await api.graphql<{ collectivities: { totalCount: number; nodes: { name: string }[] } }>(
      '{ collectivities(page: { limit: 50 }) { totalCount nodes { name department { name } } } }',
      {},
      president,
    );
    expect(list.data!.collectivities.totalCount).toBe(2);
    expect(list.data!.collectivities.nodes.map((node) => node.name).sort()).toEqual(['Dijon', 'Paris']);
    const search = await api.graphql<{ collectivities: { totalCount: number } }>(
      '{ collectivities(filter: { search: "lyon" }) { totalCount } }',
      {},
      president,
    );
    expect(search.data!.collectivities.totalCount).toBe(0);
    const outside = await api.graphql('query($id: ID!) { collectivity(id: $id) { name } }', { id: await idOf('69123') }, president);
    expect(outside.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const inside = await api.graphql('query($id: ID!) { collectivity(id: $id) { name } }', { id: await idOf('21231') }, president);
    expect(inside.data).toEqual({ collectivity: { name: 'Dijon' } });
  });

  it('a president without a current presidency sees nothing, and access follows the data', async () => {
    const former = await api.userWithRole('GROUP_PRESIDENT', '22222222-2222-4222-8222-222222222222');
    const list = await api.graphql<{ collectivities: { totalCount: number } }>('{ collectivities { totalCount } }', {}, former);
    expect(list.data!.collectivities.totalCount).toBe(0);
    const president = await api.userWithRole('GROUP_PRESIDENT', PRESIDENT_CONTACT);
    presidencies.ids = [];
    const ended = await api.graphql<{ collectivities: { totalCount: number } }>('{ collectivities { totalCount } }', {}, president);
    expect(ended.data!.collectivities.totalCount).toBe(0);
    presidencies.ids = [await idOf('21231')];
  });

  it('refuses every change to a president', async () => {
    const president = await api.userWithRole('GROUP_PRESIDENT', PRESIDENT_CONTACT);
    const update = await api.graphql(
      'mutation($id: ID!) { updateCollectivity(id: $id, input: { notes: "x" }) { id } }',
      { id: await idOf('21231') },
      president,
    );
    expect(update.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const [dijon] = await api.dataSource.query(`SELECT notes FROM collectivities WHERE insee_code = '21231' AND kind = 'COMMUNE'`);
    expect(dijon.notes).toBeNull();
  });
});

import { calendarDate } from '@territoria/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('group presidents see their groups, those groups’ members and their contacts, nothing else', () => {
  let api: TestApp;
  let fixtures: ReturnType<typeof crmFixtures>;
  let mali: string;
  let japan: string;
  let president: string;
  let presidentCookie: { cookie: string };
  let office: string;

  beforeAll(async () => {
    api = await startTestApp();
    fixtures = crmFixtures(api);
    const [dijon, paris, lyon] = await Promise.all(['21231', '75056', '69123'].map((code) => fixtures.communeId(code)));
    mali = await fixtures.countryGroup('Groupe-pays Mali', ['ML']);
    japan = await fixtures.countryGroup('Groupe-pays Japon', ['JP']);
    await fixtures.addMembers(mali, [dijon!, paris!]);
    await fixtures.addMembers(japan, [lyon!]);
    president = await fixtures.contact('Nathalie', 'Koenders', dijon!);
    await fixtures.contact('Anne', 'Hidalgo', paris!);
    await fixtures.contact('Grégory', 'Doucet', lyon!);
    office = await fixtures.officer(mali, president, 'PRESIDENT');
    presidentCookie = { cookie: (await api.userWithRole('GROUP_PRESIDENT', president)).cookie };
  });
  afterAll(async () => {
    await api.close();
  });

  it('lands on their groups only', async () => {
    const groups = await api.graphql<{ groups: { nodes: { name: string; memberCount: number }[] } }>(
      '{ groups { nodes { name memberCount } } }',
      {},
      presidentCookie,
    );
    expect(groups.data!.groups.nodes).toEqual([{ name: 'Groupe-pays Mali', memberCount: 2 }]);
    const other = await api.graphql('query($id: ID!) { group(id: $id) { name } }', { id: japan }, presidentCookie);
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('sees the members of their group and their contacts, not other collectivities or people', async () => {
    const members = await api.graphql<{
      group: { members: { nodes: { collectivity: { name: string; contactCount: number } }[] } };
    }>(
      'query($id: ID!) { group(id: $id) { members { nodes { collectivity { name contactCount } } } } }',
      { id: mali },
      presidentCookie,
    );
    expect(members.data!.group.members.nodes.map((node) => node.collectivity.name)).toEqual(['Dijon', 'Paris']);
    const collectivities = await api.graphql<{ collectivities: { totalCount: number } }>(
      '{ collectivities { totalCount } }',
      {},
      presidentCookie,
    );
    expect(collectivities.data!.collectivities.totalCount).toBe(2);
    const contacts = await api.graphql<{ contacts: { nodes: { lastName: string }[] } }>(
      '{ contacts { nodes { lastName } } }',
      {},
      presidentCookie,
    );
    expect(contacts.data!.contacts.nodes.map((node) => node.lastName).sort()).toEqual(['Hidalgo', 'Koenders']);
  });

  it('sees nothing of other groups through a contact’s positions, offices or groups', async () => {
    const lyon = await fixtures.communeId('69123');
    const japan = (await api.dataSource.query(`SELECT id FROM groups WHERE name = 'Groupe-pays Japon'`))[0].id;
    await api.graphql('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: {
        contactId: president,
        collectivityId: lyon,
        title: 'Conseillère métropolitaine',
        kind: 'ELECTED',
        startedOn: '2020-07-04',
      },
    });
    await fixtures.officer(japan, president, 'SECRETARY');
    const seen = await api.graphql<{
      contact: {
        positions: { collectivity: { name: string } }[];
        offices: { group: { name: string } }[];
        groups: { name: string }[];
      };
    }>(
      'query($id: ID!) { contact(id: $id) { positions { collectivity { name } } offices { group { name } } groups { name } } }',
      { id: president },
      presidentCookie,
    );
    expect(seen.data!.contact).toEqual({
      positions: [{ collectivity: { name: 'Dijon' } }],
      offices: [{ group: { name: 'Groupe-pays Mali' } }],
      groups: [{ name: 'Groupe-pays Mali' }],
    });
  });

  it('cannot change anything', async () => {
    const response = await api.graphql(
      'mutation($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c) { id } }',
      { g: mali, c: [await fixtures.communeId('13055')] },
      presidentCookie,
    );
    expect(response.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('loses access when the office ends, with no change to the user', async () => {
    await api.graphql('mutation($id: ID!, $d: Date!) { endGroupOffice(id: $id, endedOn: $d) { id } }', {
      id: office,
      d: calendarDate(new Date(Date.now() - 86_400_000)),
    });
    const groups = await api.graphql<{ groups: { totalCount: number } }>('{ groups { totalCount } }', {}, presidentCookie);
    expect(groups.data!.groups.totalCount).toBe(0);
    const contacts = await api.graphql<{ contacts: { totalCount: number } }>('{ contacts { totalCount } }', {}, presidentCookie);
    expect(contacts.data!.contacts.totalCount).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('country groups, thematic groups, officers and cooperations', () => {
  let api: TestApp;
  let fixtures: ReturnType<typeof crmFixtures>;
  let dijon: string;
  let paris: string;
  let lyon: string;
  let mali: string;

  beforeAll(async () => {
    api = await startTestApp();
    fixtures = crmFixtures(api);
    [dijon, paris, lyon] = (await Promise.all(['21231', '75056', '69123'].map((code) => fixtures.communeId(code)))) as [
      string,
      string,
      string,
    ];
    mali = await fixtures.countryGroup('Groupe-pays Mali', ['ML']);
    await fixtures.addMembers(mali, [dijon, paris]);
  });
  afterAll(async () => {
    await api.close();
  });

  it('exposes both kinds through the Group interface, and finds groups by country', async () => {
    const climat = await api.graphql<{ createThematicGroup: { id: string } }>(
      'mutation { createThematicGroup(input: { name: "Groupe thématique Climat", theme: "Climat" }) { id } }',
    );
    expect(climat.errors).toBeUndefined();
    const byCountry = await api.graphql<{ groups: { nodes: { __typename: string; name: string; countries: string[] }[] } }>(
      '{ groups(filter: { countryCode: "ML" }) { nodes { __typename name ... on CountryGroup { countries } } } }',
    );
    expect(byCountry.data!.groups.nodes).toEqual([{ __typename: 'CountryGroup', name: 'Groupe-pays Mali', countries: ['ML'] }]);
    const thematic = await api.graphql<{ groups: { nodes: { __typename: string; theme: string }[] } }>(
      '{ groups(filter: { kind: THEMATIC }) { nodes { __typename ... on ThematicGroup { theme } } } }',
    );
    expect(thematic.data!.groups.nodes).toEqual([{ __typename: 'ThematicGroup', theme: 'Climat' }]);
    const ofDijon = await api.graphql<{ collectivity: { groups: { name: string }[] } }>(
      'query($id: ID!) { collectivity(id: $id) { groups { name } } }',
      { id: dijon },
    );
    expect(ofDijon.data!.collectivity.groups).toEqual([{ name: 'Groupe-pays Mali' }]);
  });

  it('refuses a country that does not exist and a member added twice, changing nothing', async () => {
    const badCountry = await api.graphql('mutation { createCountryGroup(input: { name: "Nowhere", countries: ["XX"] }) { id } }');
    expect(badCountry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countries' });
    const twice = await api.graphql(
      'mutation($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c) { id } }',
      { g: mali, c: [lyon, dijon] },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'collectivityIds' });
    expect(twice.errors?.[0]?.message).toContain('Dijon');
    const members = await api.graphql<{ group: { memberCount: number } }>('query($id: ID!) { group(id: $id) { memberCount } }', {
      id: mali,
    });
    expect(members.data!.group.memberCount).toBe(2);
  });

  it('keeps former members with their dates', async () => {
    const group = await fixtures.countryGroup('Groupe-pays Burkina Faso', ['BF']);
    await fixtures.addMembers(group, [lyon]);
    const removed = await api.graphql(
      'mutation($g: ID!, $c: ID!) { removeGroupMember(groupId: $g, collectivityId: $c) { leftOn } }',
      { g: group, c: lyon },
    );
    expect(removed.errors).toBeUndefined();
    const all = await api.graphql<{ group: { members: { totalCount: number }; memberCount: number } }>(
      'query($id: ID!) { group(id: $id) { memberCount members(filter: { currentOnly: false }) { totalCount } } }',
      { id: group },
    );
    expect(all.data!.group).toEqual({ memberCount: 0, members: { totalCount: 1 } });
    await fixtures.addMembers(group, [lyon]);
  });

  it('assigns officers: only people of member collectivities, one president at a time unless co-presidency', async () => {
    const mayorOfLyon = await fixtures.contact('Grégory', 'Doucet', lyon);
    const notMember = await api.graphql('mutation($input: AssignOfficerInput!) { assignGroupOfficer(input: $input) { id } }', {
      input: { groupId: mali, contactId: mayorOfLyon, role: 'PRESIDENT', startedOn: '2021-01-01' },
    });
    expect(notMember.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });

    const first = await fixtures.contact('Nathalie', 'Koenders', dijon);
    const second = await fixtures.contact('Arnaud', 'Ngatcha', paris);
    await fixtures.officer(mali, first, 'PRESIDENT', '2021-01-01', '2022-12-31');
    const overlapping = await api.graphql('mutation($input: AssignOfficerInput!) { assignGroupOfficer(input: $input) { id } }', {
      input: { groupId: mali, contactId: second, role: 'CO_PRESIDENT', startedOn: '2022-06-01' },
    });
    expect(overlapping.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startedOn' });
    await fixtures.officer(mali, second, 'PRESIDENT', '2023-01-01');
    await fixtures.officer(mali, first, 'VICE_PRESIDENT', '2023-01-01');
    const officers = await api.graphql<{ group: { officers: { role: string; contact: { lastName: string } }[] } }>(
      'query($id: ID!) { group(id: $id) { officers(current: true) { role contact { lastName } } } }',
      { id: mali },
    );
    expect(officers.data!.group.officers).toEqual(
      expect.arrayContaining([
        { role: 'PRESIDENT', contact: { lastName: 'Ngatcha' } },
        { role: 'VICE_PRESIDENT', contact: { lastName: 'Koenders' } },
      ]),
    );
    expect(officers.data!.group.officers).toHaveLength(2);

    const japan = await fixtures.countryGroup('Groupe-pays Japon', ['JP'], true);
    await fixtures.addMembers(japan, [dijon, paris]);
    await fixtures.officer(japan, first, 'CO_PRESIDENT');
    await fixtures.officer(japan, second, 'CO_PRESIDENT');
    const offices = await api.graphql<{ contact: { offices: { role: string }[] } }>(
      'query($id: ID!) { contact(id: $id) { offices(current: true) { role group { name } } } }',
      { id: second },
    );
    expect(offices.data!.contact.offices).toHaveLength(2);
  });

  it("shows a country group its members' cooperations with its countries, and a collectivity its own", async () => {
    const bamako = await api.graphql<{ createCollectivity: { id: string } }>(
      'mutation { createCollectivity(input: { name: "District de Bamako", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id } }',
    );
    const kyoto = await api.graphql<{ createCollectivity: { id: string } }>(
      'mutation { createCollectivity(input: { name: "Ville de Kyoto", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "JP" }) { id } }',
    );
    const create = (french: string, foreign: string, kind = 'DECENTRALISED_COOPERATION') =>
      api.graphql('mutation($input: CreateCooperationInput!) { createCooperation(input: $input) { id countryCode } }', {
        input: {
          frenchCollectivityId: french,
          foreignCollectivityId: foreign,
          kind,
          since: '1999-05-01',
          themes: ['eau', 'climat'],
        },
      });
    expect((await create(paris, bamako.data!.createCollectivity.id)).errors).toBeUndefined();
    expect((await create(paris, kyoto.data!.createCollectivity.id, 'TWINNING')).errors).toBeUndefined();
    const twice = await create(paris, bamako.data!.createCollectivity.id);
    expect(twice.errors?.[0]?.extensions.code).toBe('DUPLICATE');
    const reversed = await create(bamako.data!.createCollectivity.id, paris);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'frenchCollectivityId' });

    const group = await api.graphql<{
      group: { cooperations: { countryCode: string; foreignCollectivity: { name: string } }[] };
    }>(
      'query($id: ID!) { group(id: $id) { ... on CountryGroup { cooperations { countryCode foreignCollectivity { name } frenchCollectivity { name } } } } }',
      { id: mali },
    );
    expect(group.data!.group.cooperations).toEqual([
      { countryCode: 'ML', foreignCollectivity: { name: 'District de Bamako' }, frenchCollectivity: { name: 'Paris' } },
    ]);
    const own = await api.graphql<{ collectivity: { cooperations: unknown[] } }>(
      'query($id: ID!) { collectivity(id: $id) { cooperations { kind } } }',
      { id: paris },
    );
    expect(own.data!.collectivity.cooperations).toHaveLength(2);
  });

  it("pages 50 members with each one's contact count in a bounded number of queries", async () => {
    const big = await fixtures.countryGroup('Groupe-pays Palestine', ['PS']);
    const communes = (
      await api.dataSource.query(
        `SELECT id FROM collectivities WHERE kind = 'COMMUNE' ORDER BY population DESC NULLS LAST LIMIT 60`,
      )
    ).map((row: { id: string }) => row.id);
    await fixtures.addMembers(big, communes);
    const query = (limit: number) =>
      api.graphql<{
        group: {
          members: { totalCount: number; nodes: { collectivity: { name: string; contactCount: number; groups: unknown[] } }[] };
        };
      }>(
        `query($id: ID!) { group(id: $id) { members(page: { limit: ${limit} }) { totalCount nodes { joinedOn collectivity { name contactCount department { name } groups { name } } } } } }`,
        { id: big },
      );
    api.queryCounter.reset();
    await query(5);
    const few = api.queryCounter.queries.length;
    api.queryCounter.reset();
    const page = await query(50);
    expect(page.data!.group.members.totalCount).toBe(60);
    expect(page.data!.group.members.nodes).toHaveLength(50);
    expect(
      page.data!.group.members.nodes.find((node) => node.collectivity.name === 'Paris')?.collectivity.contactCount,
    ).toBeGreaterThan(0);
    expect(api.queryCounter.queries.length).toBe(few);
  });
});

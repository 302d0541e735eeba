import { describe, expect, it } from '@jest/globals';
import { ACTION, buildQuery } from '../../providers/buildQuery';
import { splitThemes } from '../../providers/resourceDefinition';
import { text, valid } from '../../../test/apiSchema';

describe('groups', () => {
  it('lists country groups and thematic groups on the same query, the kind fixed by the resource', () => {
    const country = buildQuery('GET_LIST', 'countryGroups', {
      filter: { q: 'mali', kind: 'THEMATIC', countryCode: 'ML' },
      pagination: { page: 1, perPage: 25 },
    });
    expect(country.variables).toEqual({
      filter: { search: 'mali', kind: 'COUNTRY', countryCode: 'ML' },
      page: { offset: 0, limit: 25 },
    });
    expect(text(country)).toContain(
      'query GroupList($filter: GroupFilter, $page: PageInput) { data: groups(filter: $filter, page: $page) {',
    );
    expect(text(country)).toContain('... on CountryGroup { countries } ... on ThematicGroup { theme }');
    expect(text(country)).toContain('officers { id role startedOn endedOn current contactId contact { id firstName lastName } }');
    const thematic = buildQuery('GET_LIST', 'thematicGroups', { filter: {} });
    expect(thematic.variables?.filter).toEqual({ kind: 'THEMATIC' });
    // the pickers and "Mes groupes": both kinds
    expect(buildQuery('GET_LIST', 'groups', { filter: {} }).variables?.filter).toBeUndefined();
  });

  it("reads a country group's cooperations on its page only, both collectivities by name", () => {
    const one = buildQuery('GET_ONE', 'countryGroups', { id: 'g1' });
    expect(text(one)).toContain('data: group(id: $id) { ...GroupDetails }');
    expect(text(one)).toContain('... on CountryGroup { cooperations { id kind since endedOn themes notes countryCode');
    expect(text(one)).toContain('frenchCollectivity { id name } foreignCollectivity { id name countryCode }');
    expect(text(buildQuery('GET_LIST', 'countryGroups', { filter: {} }))).not.toContain('cooperations');
  });

  it('creates each kind with its own mutation, and updates both with updateGroup', () => {
    const country = buildQuery('CREATE', 'countryGroups', {
      data: { name: ' Groupe-pays Mali ', countries: ['ml', 'SN'], description: '', allowsCoPresidency: false },
    });
    expect(country.variables).toEqual({
      input: { name: 'Groupe-pays Mali', countries: ['ML', 'SN'], allowsCoPresidency: false },
    });
    expect(text(country)).toContain(
      'mutation createCountryGroup($input: CreateCountryGroupInput!) { data: createCountryGroup(input: $input) { ...GroupDetails } }',
    );
    const thematic = buildQuery('CREATE', 'thematicGroups', { data: { name: 'Eau', theme: ' Eau et assainissement ' } });
    expect(thematic.variables).toEqual({ input: { name: 'Eau', theme: 'Eau et assainissement' } });
    expect(text(thematic)).toContain('mutation createThematicGroup($input: CreateThematicGroupInput!)');
    const previousData = { id: 'g1', name: 'Groupe-pays Mali', countries: ['ML'], allowsCoPresidency: false, version: 5 };
    const update = buildQuery('UPDATE', 'countryGroups', {
      id: 'g1',
      data: { ...previousData, countries: ['ML', 'BF'] },
      previousData,
    });
    expect(update.variables).toEqual({ id: 'g1', input: { countries: ['ML', 'BF'], version: 5 } });
    expect(text(update)).toContain('mutation updateGroup($id: ID!, $input: UpdateGroupInput!)');
    expect(text(buildQuery('DELETE', 'thematicGroups', { id: 'g2' }))).toContain('mutation deleteGroup($id: ID!)');
    expect(() => buildQuery('CREATE', 'groups', { data: { name: 'x' } })).toThrow(/no "create" operation for groups/);
  });

  it('reads groups, editions and participations by ids with the ids filter', () => {
    for (const resource of ['groups', 'events', 'participations']) {
      const result = buildQuery('GET_MANY', resource, { ids: ['x1'] });
      expect(result.variables).toMatchObject({ filter: { ids: ['x1'] } });
      expect(valid(result.query)).toEqual([]);
    }
  });
});

describe('group members, officers and cooperations', () => {
  it("pages through a group's members inside group(id) { members(filter, page) }", () => {
    const result = buildQuery('GET_MANY_REFERENCE', 'groupMembers', {
      target: 'groupId',
      id: 'g1',
      filter: { q: 'dij', currentOnly: 'false' },
      sort: { field: 'id', order: 'DESC' },
      pagination: { page: 3, perPage: 25 },
    });
    expect(result.variables).toEqual({
      groupId: 'g1',
      filter: { search: 'dij', currentOnly: false },
      page: { offset: 50, limit: 25 },
    });
    expect(text(result)).toContain(
      'query GroupMemberList($groupId: ID!, $filter: GroupMemberFilter, $page: PageInput) { parent: group(id: $groupId) { data: members(filter: $filter, page: $page) { nodes { ...GroupMemberFields } totalCount hasNextPage } } }',
    );
    expect(text(result)).toContain(
      'collectivity { id name kind inseeCode countryCode contactCount department { id name inseeCode } }',
    );
    const nodes = [{ id: 'm1', collectivity: { name: 'Dijon' } }];
    expect(result.parseResponse({ data: { parent: { data: { nodes, totalCount: 51, hasNextPage: true } } } } as never)).toEqual({
      data: nodes,
      total: 51,
      pageInfo: { hasNextPage: true },
    });
    expect(() => buildQuery('GET_LIST', 'groupMembers', { filter: {} })).toThrow(/needs the "groupId" filter/);
  });

  it('adds several members at once and removes one, as actions without id', () => {
    const add = buildQuery(ACTION, 'groupMembers', {
      action: 'add',
      data: { groupId: 'g1', collectivityIds: ['c-dijon', 'c-paris'], joinedOn: '2026-01-05' },
    });
    expect(add.variables).toEqual({ groupId: 'g1', collectivityIds: ['c-dijon', 'c-paris'], joinedOn: '2026-01-05' });
    expect(text(add)).toContain(
      'mutation addGroupMembers($groupId: ID!, $collectivityIds: [ID!]!, $joinedOn: Date) { data: addGroupMembers( groupId: $groupId collectivityIds: $collectivityIds joinedOn: $joinedOn ) { ...GroupMemberFields } }',
    );
    const remove = buildQuery(ACTION, 'groupMembers', {
      action: 'remove',
      data: { groupId: 'g1', collectivityId: 'c-paris', leftOn: '2026-03-31' },
    });
    expect(remove.variables).toEqual({ groupId: 'g1', collectivityId: 'c-paris', leftOn: '2026-03-31' });
    expect(text(remove)).toContain(
      'data: removeGroupMember( groupId: $groupId collectivityId: $collectivityId leftOn: $leftOn )',
    );
  });

  it('appoints an officer with assignGroupOfficer and ends an office with endGroupOffice', () => {
    const assign = buildQuery('CREATE', 'groupOffices', {
      data: { groupId: 'g1', contactId: 'p1', role: 'PRESIDENT', startedOn: '2026-01-05', endedOn: null },
    });
    expect(assign.variables).toEqual({ input: { groupId: 'g1', contactId: 'p1', role: 'PRESIDENT', startedOn: '2026-01-05' } });
    expect(text(assign)).toContain(
      'mutation assignGroupOfficer($input: AssignOfficerInput!) { data: assignGroupOfficer(input: $input) { ...GroupOfficeFields } }',
    );
    const end = buildQuery(ACTION, 'groupOffices', { action: 'end', id: 'o1', data: { endedOn: '2026-03-31' } });
    expect(end.variables).toEqual({ id: 'o1', endedOn: '2026-03-31' });
    expect(text(end)).toContain(
      'mutation endGroupOffice($id: ID!, $endedOn: Date) { data: endGroupOffice(id: $id, endedOn: $endedOn) {',
    );
  });

  it('creates a cooperation with its themes split on commas', () => {
    expect(splitThemes('eau, santé;  jeunesse et sport ,')).toEqual(['eau', 'santé', 'jeunesse et sport']);
    const result = buildQuery('CREATE', 'cooperations', {
      data: {
        frenchCollectivityId: 'c-dijon',
        foreignCollectivityId: 'f-bamako',
        kind: 'TWINNING',
        since: '1990-05-01',
        themes: 'eau, santé',
        notes: ' ',
      },
    });
    expect(result.variables).toEqual({
      input: {
        frenchCollectivityId: 'c-dijon',
        foreignCollectivityId: 'f-bamako',
        kind: 'TWINNING',
        since: '1990-05-01',
        themes: ['eau', 'santé'],
      },
    });
    expect(text(result)).toContain('mutation createCooperation($input: CreateCooperationInput!)');
  });
});

import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, print, validate, type DocumentNode } from 'graphql';
import type { MutationOptions, QueryOptions } from '@apollo/client';
import { HttpError, type DataProvider, type GetManyParams } from 'react-admin';
import { createI18nProvider } from '../i18n/i18nProvider';
import { ACTION, buildQuery } from './buildQuery';
import { createActionRunner, withChunkedLists } from './dataProvider';
import { toReactAdminError } from './errors';
import { splitThemes } from './resourceDefinition';
import { RESOURCES } from './resourceTable';

const text = (result: { query: DocumentNode }) => print(result.query).replace(/\s+/g, ' ');
const schema = buildSchema(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.gql'), 'utf8'),
);
const valid = (document: DocumentNode) => validate(schema, document).map((error) => error.message);
const i18n = createI18nProvider('fr');
const translate = (key: string, options?: Record<string, unknown>) => i18n.translate(key, options);

describe('contacts in the resource table', () => {
  it('lists with the search, collectivity, group, consent and position-kind filters, sorted by name', () => {
    const result = buildQuery('GET_LIST', 'contacts', {
      pagination: { page: 2, perPage: 50 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: ' martin ', collectivityId: 'c-dijon', groupId: 'g-mali', consentStatus: 'GIVEN', positionKind: 'ELECTED' },
    });
    expect(result.variables).toEqual({
      filter: {
        search: 'martin',
        collectivityId: 'c-dijon',
        groupId: 'g-mali',
        consentStatuses: ['GIVEN'],
        positionKind: 'ELECTED',
      },
      sort: { field: 'NAME', direction: 'ASC' },
      page: { offset: 50, limit: 50 },
    });
    expect(text(result)).toContain(
      'query ContactList($filter: ContactFilter, $sort: ContactSort, $page: PageInput) { data: contacts(filter: $filter, sort: $sort, page: $page) { nodes { ...ContactFields } totalCount hasNextPage } }',
    );
    // organisations by name, for the list and the CSV export
    expect(text(result)).toContain(
      'positions { id title kind startedOn endedOn current version collectivityId partnerId collectivity { id name } }',
    );
    expect(text(result)).toContain('groups { id kind name }');
    // offices and notes are read on the contact's page only
    expect(text(result)).not.toContain('offices');
  });

  it('sorts by react-admin default "id" as the API default (name, ascending), by update date when asked', () => {
    const byId = buildQuery('GET_LIST', 'contacts', { sort: { field: 'id', order: 'DESC' }, filter: {} });
    expect(byId.variables?.sort).toEqual({ field: 'NAME', direction: 'ASC' });
    const byUpdate = buildQuery('GET_LIST', 'contacts', { sort: { field: 'updatedAt', order: 'DESC' }, filter: {} });
    expect(byUpdate.variables?.sort).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
  });

  it("reads one contact whole: notes and offices with each group's name", () => {
    const result = buildQuery('GET_ONE', 'contacts', { id: 'p1' });
    expect(text(result)).toContain('data: contact(id: $id) { ...ContactDetails }');
    expect(text(result)).toContain('notes offices { id role startedOn endedOn current groupId group { id kind name } }');
  });

  it('reads the contacts a picker shows by their ids, in one request', () => {
    const result = buildQuery('GET_MANY', 'contacts', { ids: ['p1', 'p2'] });
    expect(result.variables).toMatchObject({ filter: { ids: ['p1', 'p2'] }, page: { offset: 0, limit: 2 } });
    expect(valid(result.query)).toEqual([]);
    expect(
      result.parseResponse({
        data: { data: { nodes: [{ id: 'p1' }, { id: 'p2' }], totalCount: 2, hasNextPage: false } },
      } as never),
    ).toEqual({
      data: [{ id: 'p1' }, { id: 'p2' }],
    });
  });

  it('creates with a first position and, once confirmed, confirmNotDuplicate; cleans what was typed', () => {
    const result = buildQuery('CREATE', 'contacts', {
      data: {
        civility: 'MS',
        firstName: ' Jeanne ',
        lastName: 'Martin ',
        email: ' Jeanne.Martin@Dijon.FR ',
        phone: '',
        consentStatus: 'UNKNOWN',
        position: { collectivityId: 'c-dijon', title: ' Maire ', kind: 'ELECTED', startedOn: '2020-07-03', endedOn: null },
        confirmNotDuplicate: true,
        groups: [],
      },
    });
    expect(result.variables).toEqual({
      input: {
        civility: 'MS',
        firstName: 'Jeanne',
        lastName: 'Martin',
        email: 'jeanne.martin@dijon.fr',
        consentStatus: 'UNKNOWN',
        position: { collectivityId: 'c-dijon', title: 'Maire', kind: 'ELECTED', startedOn: '2020-07-03' },
        confirmNotDuplicate: true,
      },
    });
    expect(text(result)).toContain(
      'mutation createContact($input: CreateContactInput!) { data: createContact(input: $input) { ...ContactDetails } }',
    );
  });

  it('leaves out a first position without collectivity, and confirmNotDuplicate until confirmed', () => {
    const result = buildQuery('CREATE', 'contacts', {
      data: { firstName: 'Jeanne', lastName: 'Martin', position: { kind: 'ELECTED', startedOn: '2025-01-01' } },
    });
    expect(result.variables).toEqual({ input: { firstName: 'Jeanne', lastName: 'Martin' } });
  });

  it('updates the changed fields with the version; never deletes (merge or erase instead)', () => {
    const previousData = {
      id: 'p1',
      firstName: 'Jeanne',
      lastName: 'Martin',
      email: 'j@dijon.fr',
      consentStatus: 'UNKNOWN',
      version: 3,
    };
    const result = buildQuery('UPDATE', 'contacts', {
      id: 'p1',
      data: { ...previousData, consentStatus: 'GIVEN', consentSource: 'Formulaire' },
      previousData,
    });
    expect(result.variables).toEqual({ id: 'p1', input: { consentStatus: 'GIVEN', consentSource: 'Formulaire', version: 3 } });
    expect(() => buildQuery('DELETE', 'contacts', { id: 'p1' })).toThrow(/no "delete" operation for contacts/);
  });

  it('merges, exports and erases with actions', () => {
    const merge = buildQuery(ACTION, 'contacts', { action: 'merge', id: 'kept', data: { mergedId: 'dup' } });
    expect(merge.variables).toEqual({ keptId: 'kept', mergedId: 'dup' });
    expect(text(merge)).toContain(
      'mutation mergeContacts($keptId: ID!, $mergedId: ID!) { data: mergeContacts(keptId: $keptId, mergedId: $mergedId) { ...ContactDetails } }',
    );
    expect(() => buildQuery(ACTION, 'contacts', { action: 'merge', id: 'kept', data: {} })).toThrow(/needs "mergedId"/);

    const exportData = buildQuery(ACTION, 'contacts', { action: 'exportData', id: 'p1' });
    // a JSON text: no selection, no fragment
    expect(text(exportData)).toBe('mutation exportContactData($id: ID!) { data: exportContactData(id: $id) }');
    expect(exportData.parseResponse({ data: { data: '{"person":{}}' } } as never)).toEqual({ data: '{"person":{}}' });

    const erase = buildQuery(ACTION, 'contacts', { action: 'erase', id: 'p1' });
    expect(text(erase)).toContain('mutation eraseContact($id: ID!) { data: eraseContact(id: $id) { ...ContactDetails } }');
  });

  it('asks possibleDuplicateContacts while typing (a query action, no id)', () => {
    const result = buildQuery(ACTION, 'contacts', {
      action: 'possibleDuplicates',
      data: { firstName: 'Jeanne', lastName: 'Martin', email: '', collectivityId: 'c-dijon' },
    });
    expect(result.variables).toEqual({ firstName: 'Jeanne', lastName: 'Martin', collectivityId: 'c-dijon' });
    expect(text(result)).toBe(
      'query possibleDuplicateContacts($firstName: String!, $lastName: String!, $email: String, $collectivityId: ID) { data: possibleDuplicateContacts( firstName: $firstName lastName: $lastName email: $email collectivityId: $collectivityId ) { id firstName lastName email } }',
    );
  });
});

describe('positions', () => {
  it('adds a position to a contact, and ends one by setting endedOn with the version read', () => {
    const create = buildQuery('CREATE', 'positions', {
      data: {
        contactId: 'p1',
        collectivityId: 'c-dijon',
        title: ' Adjointe ',
        kind: 'ELECTED',
        startedOn: '2026-01-05',
        endedOn: '',
      },
    });
    expect(create.variables).toEqual({
      input: { contactId: 'p1', collectivityId: 'c-dijon', title: 'Adjointe', kind: 'ELECTED', startedOn: '2026-01-05' },
    });
    expect(text(create)).toContain(
      'mutation createPosition($input: CreatePositionInput!) { data: createPosition(input: $input) { ...PositionFields } }',
    );
    const position = { id: 'pos1', title: 'Maire', kind: 'ELECTED', startedOn: '2020-07-03', endedOn: null, version: 2 };
    const end = buildQuery('UPDATE', 'positions', { id: 'pos1', data: { endedOn: '2026-03-31' }, previousData: position });
    expect(end.variables).toEqual({ id: 'pos1', input: { endedOn: '2026-03-31', version: 2 } });
    expect(() => buildQuery('GET_LIST', 'positions', {})).toThrow(/no "list" operation for positions/);
  });
});

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

  it('has an entry for every resource the console registers', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual(
      [
        // the Rencontres
        'events',
        'eventSessions',
        'labelAwards',
        'participations',
        'apiTokens',
        'auditEntries',
        'collectivities',
        'contacts',
        'cooperations',
        'countryGroups',
        'groupMembers',
        'groupOffices',
        'groups',
        'history',
        'membershipFees',
        'partners',
        'partnerships',
        'positions',
        'thematicGroups',
        'users',
        // integrations and communications
        'webhookEndpoints',
        'mailings',
        'mailingRecipients',
      ].sort(),
    );
  });
});

describe('data provider', () => {
  it('runs a query action with client.query, a mutation action with client.mutate', async () => {
    const query = jest.fn(async (_options: QueryOptions) => ({
      data: { data: [{ id: 'p9', firstName: 'Jeanne', lastName: 'Martin', email: null }] },
    }));
    const mutate = jest.fn(async (_options: MutationOptions) => ({ data: { data: [{ id: 'm1' }, { id: 'm2' }] } }));
    const run = createActionRunner({ query, mutate } as never);
    await expect(
      run('contacts', { action: 'possibleDuplicates', data: { firstName: 'Jeanne', lastName: 'Martin' } }),
    ).resolves.toEqual({
      data: [{ id: 'p9', firstName: 'Jeanne', lastName: 'Martin', email: null }],
    });
    expect(query).toHaveBeenCalledTimes(1);
    await expect(run('groupMembers', { action: 'add', data: { groupId: 'g1', collectivityIds: ['a', 'b'] } })).resolves.toEqual({
      data: [{ id: 'm1' }, { id: 'm2' }],
    });
    expect(mutate.mock.calls[0]![0].variables).toEqual({ groupId: 'g1', collectivityIds: ['a', 'b'] });
  });

  it("reads many contacts by ids in pages of the API's size, not a few at a time", async () => {
    const getMany = jest.fn(async (_resource: string, params: GetManyParams) => ({ data: params.ids.map((id) => ({ id })) }));
    const provider = withChunkedLists({ getList: jest.fn(), getMany } as unknown as DataProvider);
    const ids = Array.from({ length: 45 }, (_, index) => `p${index}`);
    const result = await provider.getMany('contacts', { ids });
    expect(result.data).toHaveLength(45);
    expect(getMany).toHaveBeenCalledTimes(1);
  });
});

describe('errors of the new operations', () => {
  const apiError = (extensions: Record<string, unknown>, message = 'refused') =>
    toReactAdminError(new HttpError('Apollo error', 200, { graphQLErrors: [{ message, extensions }] }), translate, {
      formFields: RESOURCES.contacts!.inputFields,
    });

  it('keeps the candidates of a possible duplicate, and says it in French under the last name', () => {
    const candidates = [{ id: 'p9', firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne@dijon.fr' }];
    const error = apiError({
      code: 'DUPLICATE',
      field: 'lastName',
      fields: [{ field: 'lastName', code: 'POSSIBLE_DUPLICATE', message: 'This person may already exist.' }],
      candidates,
    });
    expect(error.status).toBe(409);
    expect(error.body).toMatchObject({
      code: 'DUPLICATE',
      extensions: { candidates },
      errors: { lastName: 'Cette personne existe peut-être déjà.' },
    });
  });

  it('names the collectivities already members, and the reasons an officer is refused', () => {
    const already = toReactAdminError(
      new HttpError('Apollo error', 200, {
        graphQLErrors: [
          {
            message: 'Already a member of the group: Dijon, Paris.',
            extensions: {
              code: 'DUPLICATE',
              reason: 'ALREADY_MEMBER',
              fields: [{ field: 'collectivityIds', code: 'ALREADY_MEMBER', message: 'Already a member: Dijon, Paris.' }],
              names: ['Dijon', 'Paris'],
            },
          },
        ],
      }),
      translate,
      { formFields: [] },
    );
    expect(already.message).toBe('Déjà membre du groupe : Dijon, Paris.');
    const overlap = toReactAdminError(
      new HttpError('Apollo error', 200, {
        graphQLErrors: [
          {
            message: 'Invalid input',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'startedOn', code: 'PRESIDENCY_OVERLAP', message: '…' }] },
          },
        ],
      }),
      translate,
      { formFields: RESOURCES.groupOffices!.inputFields },
    );
    expect((overlap.body as { errors: Record<string, string> }).errors.startedOn).toMatch(
      /^Ce groupe n'a qu'une présidence à la fois/,
    );
  });
});

import { describe, expect, it, jest } from '@jest/globals';
import type { MutationOptions } from '@apollo/client';
import { print, type DocumentNode } from 'graphql';
import type { DataProvider, GetListParams } from 'react-admin';
import { ACTION, buildQuery, type Range } from './buildQuery';
import { createActionRunner, withChunkedLists } from './dataProvider';
import { toReactAdminError } from './errors';
import { endOfDay } from './resourceDefinition';
import { RESOURCES } from './resourceTable';

const definition = RESOURCES.collectivities!;
const text = (result: { query: DocumentNode }) => print(result.query).replace(/\s+/g, ' ');

describe('buildQuery — GET_LIST', () => {
  it('maps page/perPage to offset/limit, the sort field to the enum and the filters to the API names', () => {
    const result = buildQuery('GET_LIST', 'collectivities', {
      pagination: { page: 3, perPage: 25 },
      sort: { field: 'population', order: 'DESC' },
      filter: { q: ' saint etienne ', kind: ['COMMUNE', 'METROPOLIS'], membershipStatus: 'MEMBER', departmentCode: '42' },
    });
    expect(result.variables).toEqual({
      filter: {
        search: 'saint etienne',
        kinds: ['COMMUNE', 'METROPOLIS'],
        membershipStatuses: ['MEMBER'],
        departmentCode: '42',
      },
      sort: { field: 'POPULATION', direction: 'DESC' },
      page: { offset: 50, limit: 25 },
    });
    expect(text(result)).toContain(
      'query CollectivityList($filter: CollectivityFilter, $sort: CollectivitySort, $page: PageInput) { data: collectivities(filter: $filter, sort: $sort, page: $page) { nodes { ...CollectivityFields } totalCount hasNextPage } }',
    );
    expect(text(result)).toContain('department { id name inseeCode }');
  });

  it.each([
    ['name', 'NAME'],
    ['inseeCode', 'INSEE_CODE'],
    ['kind', 'KIND'],
    ['departmentCode', 'DEPARTMENT_CODE'],
    ['membershipStatus', 'MEMBERSHIP_STATUS'],
    ['updatedAt', 'UPDATED_AT'],
    ['id', 'RELEVANCE'],
    ['somethingUnknown', 'RELEVANCE'],
  ])('sorts by %s with %s', (field, expected) => {
    const result = buildQuery('GET_LIST', 'collectivities', {
      pagination: { page: 1, perPage: 10 },
      sort: { field, order: 'ASC' },
      filter: {},
    });
    expect(result.variables?.sort).toEqual({ field: expected, direction: 'ASC' });
  });

  it('leaves out empty filters and caps a page at 1000', () => {
    const result = buildQuery('GET_LIST', 'collectivities', {
      pagination: { page: 1, perPage: 50000 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: '   ', kind: [], regionCode: null },
    });
    expect(result.variables?.filter).toBeUndefined();
    expect(result.variables?.page).toEqual({ offset: 0, limit: 1000 });
  });

  it('turns the API page into react-admin list data', () => {
    const result = buildQuery('GET_LIST', 'collectivities', { pagination: { page: 1, perPage: 2 }, sort: {}, filter: {} });
    const nodes = [
      { id: '1', name: 'Dijon' },
      { id: '2', name: 'Beaune' },
    ];
    expect(result.parseResponse({ data: { data: { nodes, totalCount: 42, hasNextPage: true } } } as never)).toEqual({
      data: nodes,
      total: 42,
      pageInfo: { hasNextPage: true },
    });
  });
});

describe('buildQuery — other verbs', () => {
  it('GET_ONE asks for the whole record by id (its groups, contacts and cooperations too)', () => {
    const result = buildQuery('GET_ONE', 'collectivities', { id: 12 });
    expect(result.variables).toEqual({ id: '12' });
    expect(text(result)).toContain('query CollectivityOne($id: ID!) { data: collectivity(id: $id) { ...CollectivityDetails } }');
    expect(text(result)).toContain('contactCount groups { id kind name } cooperations {');
    // lists and exports stay light
    expect(text(buildQuery('GET_LIST', 'collectivities', { filter: {} }))).not.toContain('cooperations');
  });

  it('GET_MANY filters on ids with one page large enough', () => {
    const result = buildQuery('GET_MANY', 'collectivities', { ids: [1, '2', 3] });
    expect(result.variables).toEqual({
      filter: { ids: ['1', '2', '3'] },
      sort: { field: 'RELEVANCE', direction: 'ASC' },
      page: { offset: 0, limit: 3 },
    });
  });

  it('GET_MANY_REFERENCE adds the target to the filter', () => {
    const result = buildQuery('GET_MANY_REFERENCE', 'collectivities', {
      target: 'departmentCode',
      id: '21',
      filter: { kind: 'COMMUNE' },
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'population', order: 'DESC' },
    });
    expect(result.variables).toEqual({
      filter: { departmentCode: '21', kinds: ['COMMUNE'] },
      sort: { field: 'POPULATION', direction: 'DESC' },
      page: { offset: 10, limit: 10 },
    });
  });

  it('CREATE sends only writable fields that have a value, normalised', () => {
    const result = buildQuery('CREATE', 'collectivities', {
      data: {
        name: 'Dijon',
        kind: 'COMMUNE',
        countryCode: 'fr',
        inseeCode: '21231',
        siren: '212 102 313',
        postalCodes: '21000, 21100',
        population: 159346,
        email: '',
        website: null,
        region: { id: '9', name: 'Bourgogne-Franche-Comté' },
      },
    });
    expect(result.variables).toEqual({
      input: {
        name: 'Dijon',
        kind: 'COMMUNE',
        countryCode: 'FR',
        inseeCode: '21231',
        siren: '212102313',
        postalCodes: ['21000', '21100'],
        population: 159346,
      },
    });
    expect(text(result)).toContain('mutation createCollectivity($input: CreateCollectivityInput!)');
  });

  it('UPDATE sends the changed fields and the version read with previousData', () => {
    const previousData = {
      id: '7',
      name: 'Saint-Étienne',
      kind: 'COMMUNE',
      countryCode: 'FR',
      postalCodes: ['42000', '42100'],
      membershipStatus: 'NONE',
      email: null,
      version: 4,
      department: { id: '3', name: 'Loire', inseeCode: '42' },
    };
    const result = buildQuery('UPDATE', 'collectivities', {
      id: '7',
      data: { ...previousData, membershipStatus: 'MEMBER', email: '', postalCodes: '42000, 42100', version: 99 },
      previousData,
    });
    expect(result.variables).toEqual({ id: '7', input: { membershipStatus: 'MEMBER', version: 4 } });
    expect(text(result)).toContain(
      'mutation updateCollectivity($id: ID!, $input: UpdateCollectivityInput!) { data: updateCollectivity(id: $id, input: $input)',
    );
  });

  it('UPDATE can clear a field', () => {
    const previousData = { id: '7', name: 'Dijon', kind: 'COMMUNE', phone: '03 80 74 51 51', version: 1 };
    const result = buildQuery('UPDATE', 'collectivities', { id: '7', data: { ...previousData, phone: null }, previousData });
    expect(result.variables?.input).toEqual({ phone: null, version: 1 });
  });

  it('DELETE and DELETE_MANY map onto deleteCollectivity', () => {
    expect(buildQuery('DELETE', 'collectivities', { id: 5 }).variables).toEqual({ id: '5' });
    const many = buildQuery('DELETE_MANY', 'collectivities', { ids: [5, 6] });
    expect(many.variables).toEqual({ id0: '5', id1: '6' });
    expect(text(many)).toContain('r0: deleteCollectivity(id: $id0) { id } r1: deleteCollectivity(id: $id1) { id }');
    expect(many.parseResponse({ data: { r0: { id: '5' }, r1: { id: '6' } } } as never)).toEqual({ data: ['5', '6'] });
  });

  it('UPDATE needs the version read: the API refuses an update without it', () => {
    expect(() =>
      buildQuery('UPDATE', 'collectivities', { id: '7', data: { notes: 'x' }, previousData: { id: '7', notes: null } }),
    ).toThrow(/version/);
    expect(() => buildQuery('UPDATE', 'collectivities', { id: '7', data: { notes: 'x' } })).toThrow(/version/);
  });

  it('UPDATE_MANY is refused: one input cannot carry the version of each record', () => {
    expect(() =>
      buildQuery('UPDATE_MANY', 'collectivities', { ids: ['1', '2'], data: { membershipStatus: 'PROSPECT' } }),
    ).toThrow(/one at a time/);
  });

  it('refuses an unknown resource', () => {
    expect(() => buildQuery('GET_LIST', 'noSuchResource', {})).toThrow(/resource table/);
  });

  it('derives every GraphQL name from the type name', () => {
    expect(definition.operations).toEqual({
      one: 'collectivity',
      list: 'collectivities',
      create: 'createCollectivity',
      update: 'updateCollectivity',
      delete: 'deleteCollectivity',
    });
  });
});

describe('getList above 1000 rows (CSV export)', () => {
  const makeProvider = (total: number) => {
    const getList = jest.fn(async (_resource: string, params: GetListParams & { range: Range }) => {
      const variables = buildQuery('GET_LIST', 'collectivities', params).variables!;
      const { offset, limit } = variables.page as { offset: number; limit: number };
      const count = Math.max(0, Math.min(limit, total - offset));
      return {
        data: Array.from({ length: count }, (_, index) => ({ id: String(offset + index) })),
        total,
      };
    });
    const provider = withChunkedLists({ getList, getMany: jest.fn() } as unknown as DataProvider);
    return { provider, getList };
  };

  it('fetches chunks of 1000 until the total is reached', async () => {
    const { provider, getList } = makeProvider(3500);
    const result = await provider.getList('collectivities', {
      pagination: { page: 1, perPage: 50000 },
      sort: { field: 'name', order: 'ASC' },
      filter: { kind: 'COMMUNE' },
    });
    expect(result.total).toBe(3500);
    expect(result.data).toHaveLength(3500);
    expect(result.data[3499]).toEqual({ id: '3499' });
    const pages = getList.mock.calls.map(([, params]) => buildQuery('GET_LIST', 'collectivities', params).variables!.page);
    expect(pages).toEqual([
      { offset: 0, limit: 1000 },
      { offset: 1000, limit: 1000 },
      { offset: 2000, limit: 1000 },
      { offset: 3000, limit: 500 },
    ]);
    // every chunk keeps the same filter and sort
    for (const [, params] of getList.mock.calls) {
      expect(buildQuery('GET_LIST', 'collectivities', params).variables?.filter).toEqual({ kinds: ['COMMUNE'] });
    }
  });

  it('stops at perPage when the total is larger', async () => {
    const { provider, getList } = makeProvider(36000);
    const result = await provider.getList('collectivities', {
      pagination: { page: 1, perPage: 2500 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(result.data).toHaveLength(2500);
    expect(getList).toHaveBeenCalledTimes(3);
  });

  it('does a single request up to 1000 rows', async () => {
    const { provider, getList } = makeProvider(36000);
    await provider.getList('collectivities', {
      pagination: { page: 2, perPage: 1000 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(getList).toHaveBeenCalledTimes(1);
  });
});

describe('buildQuery — users (no sort, no delete, create and update inputs differ)', () => {
  it('lists with the search, roles and active filters, and no sort argument', () => {
    const result = buildQuery('GET_LIST', 'users', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'email', order: 'ASC' },
      filter: { q: ' marie ', role: ['STAFF', 'ADMIN'], active: 'false' },
    });
    expect(result.variables).toEqual({
      filter: { search: 'marie', roles: ['STAFF', 'ADMIN'], active: false },
      page: { offset: 25, limit: 25 },
    });
    expect(text(result)).toContain(
      'query UserList($filter: UserFilter, $page: PageInput) { data: users(filter: $filter, page: $page) { nodes { ...UserFields } totalCount hasNextPage } }',
    );
    expect(text(result)).toContain(
      'fragment UserFields on User { id email displayName role active linkedContactId lastSignInAt version',
    );
    expect(buildQuery('GET_LIST', 'users', { filter: { active: 'true', role: 'STAFF' } }).variables?.filter).toEqual({
      active: true,
      roles: ['STAFF'],
    });
  });

  it('reads one user', () => {
    const result = buildQuery('GET_ONE', 'users', { id: 'u1' });
    expect(text(result)).toContain('data: user(id: $id) { ...UserFields }');
  });

  it('creates with the first password, without "active" (not an input of createUser)', () => {
    const result = buildQuery('CREATE', 'users', {
      data: {
        email: ' marie@territoria.test ',
        displayName: 'Marie',
        role: 'STAFF',
        password: 'correct horse battery',
        active: true,
        linkedContactId: '',
      },
    });
    expect(result.variables).toEqual({
      input: { email: 'marie@territoria.test', displayName: 'Marie', role: 'STAFF', password: 'correct horse battery' },
    });
    expect(text(result)).toContain(
      'mutation createUser($input: CreateUserInput!) { data: createUser(input: $input) { ...UserFields } }',
    );
  });

  it('updates with the fields changed and the version read; an empty new password is left out', () => {
    const previousData = {
      id: 'u1',
      email: 'marie@territoria.test',
      displayName: 'Marie',
      role: 'STAFF',
      active: true,
      linkedContactId: null,
      lastSignInAt: '2025-03-12T13:05:00.000Z',
      version: 2,
    };
    const deactivate = buildQuery('UPDATE', 'users', {
      id: 'u1',
      data: { ...previousData, active: false, password: '', version: 7 },
      previousData,
    });
    expect(deactivate.variables).toEqual({ id: 'u1', input: { active: false, version: 2 } });
    expect(text(deactivate)).toContain('mutation updateUser($id: ID!, $input: UpdateUserInput!)');
    const reset = buildQuery('UPDATE', 'users', {
      id: 'u1',
      data: { ...previousData, password: 'a new password!' },
      previousData,
    });
    expect(reset.variables).toEqual({ id: 'u1', input: { password: 'a new password!', version: 2 } });
  });

  it('has no delete, and cannot be read by ids', () => {
    expect(() => buildQuery('DELETE', 'users', { id: 'u1' })).toThrow(/no "delete" operation for users/);
    expect(() => buildQuery('DELETE_MANY', 'users', { ids: ['u1'] })).toThrow(/no "delete" operation/);
    expect(() => buildQuery('GET_MANY', 'users', { ids: ['u1'] })).toThrow(/cannot list users by ids/);
  });
});

describe('buildQuery — API tokens', () => {
  it('lists with the page only', () => {
    const result = buildQuery('GET_LIST', 'apiTokens', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(result.variables).toEqual({ page: { offset: 0, limit: 25 } });
    expect(text(result)).toContain('query ApiTokenList($page: PageInput) { data: apiTokens(page: $page) {');
    expect(text(result)).toContain(
      'fragment ApiTokenFields on ApiToken { id name prefix scopes expiresAt revokedAt lastUsedAt createdById createdAt }',
    );
  });

  it('creates with name, scopes and the end of the chosen day, and reads the secret once', () => {
    const result = buildQuery('CREATE', 'apiTokens', {
      data: { name: ' Site du réseau ', scopes: ['collectivities:read'], expiresAt: '2031-06-30' },
    });
    expect(result.variables).toEqual({
      input: {
        name: 'Site du réseau',
        scopes: ['collectivities:read'],
        expiresAt: new Date(2031, 5, 30, 23, 59, 59).toISOString(),
      },
    });
    expect(text(result)).toContain(
      'mutation createApiToken($input: CreateApiTokenInput!) { data: createApiToken(input: $input) { token { ...ApiTokenFields } secret } }',
    );
    const token = { id: 't1', name: 'Site du réseau', prefix: 'trt_abc123' };
    expect(result.parseResponse({ data: { data: { token, secret: 'trt_abc123secret' } } } as never)).toEqual({
      data: { ...token, secret: 'trt_abc123secret' },
    });
  });

  it('keeps an expiry that is already a date-time', () => {
    expect(endOfDay('2031-06-30T10:00:00.000Z')).toBe('2031-06-30T10:00:00.000Z');
  });

  it('revokes with the "revoke" action; nothing else', () => {
    const result = buildQuery(ACTION, 'apiTokens', { action: 'revoke', id: 't1' });
    expect(result.variables).toEqual({ id: 't1' });
    expect(text(result)).toContain('mutation revokeApiToken($id: ID!) { data: revokeApiToken(id: $id) { ...ApiTokenFields } }');
    expect(() => buildQuery(ACTION, 'apiTokens', { action: 'burn', id: 't1' })).toThrow(/Unknown action "burn"/);
    expect(() => buildQuery('GET_ONE', 'apiTokens', { id: 't1' })).toThrow(/no "one" operation/);
    expect(() => buildQuery('UPDATE', 'apiTokens', { id: 't1', data: {} })).toThrow(/no "update" operation/);
    expect(() => buildQuery('DELETE', 'apiTokens', { id: 't1' })).toThrow(/no "delete" operation/);
  });
});

describe('buildQuery — journal and history', () => {
  it('lists the journal with its own filter type, filtered by entity type', () => {
    const result = buildQuery('GET_LIST', 'auditEntries', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      filter: { entityType: 'Collectivity' },
    });
    expect(result.variables).toEqual({ filter: { entityType: 'Collectivity' }, page: { offset: 0, limit: 50 } });
    expect(text(result)).toContain(
      'query AuditEntryList($filter: AuditFilterInput, $page: PageInput) { data: auditEntries(filter: $filter, page: $page) {',
    );
    expect(text(result)).toContain('changes { field before after }');
    expect(() => buildQuery('CREATE', 'auditEntries', { data: {} })).toThrow(/no "create" operation/);
  });

  it("reads a record's history as a reference: history(entityType, entityId, page)", () => {
    const result = buildQuery('GET_MANY_REFERENCE', 'history', {
      target: 'entityId',
      id: 'c-42',
      filter: { entityType: 'Collectivity' },
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'at', order: 'DESC' },
    });
    expect(result.variables).toEqual({ entityType: 'Collectivity', entityId: 'c-42', page: { offset: 0, limit: 20 } });
    expect(text(result)).toContain(
      'query AuditEntryList($entityType: String!, $entityId: ID!, $page: PageInput) { data: history(entityType: $entityType, entityId: $entityId, page: $page) { nodes { ...AuditEntryFields } totalCount hasNextPage } }',
    );
    const nodes = [{ id: 'a1', action: 'UPDATE', changes: [] }];
    expect(result.parseResponse({ data: { data: { nodes, totalCount: 1, hasNextPage: false } } } as never)).toEqual({
      data: nodes,
      total: 1,
      pageInfo: { hasNextPage: false },
    });
  });

  it('refuses a history without its record', () => {
    expect(() => buildQuery('GET_LIST', 'history', { filter: { entityType: 'Collectivity' } })).toThrow(
      /needs the "entityId" filter/,
    );
  });
});

describe('dataProvider.runAction', () => {
  it('runs the action on the Apollo client and answers the record', async () => {
    const mutate = jest.fn(async (_options: MutationOptions) => ({
      data: { data: { id: 't1', revokedAt: '2026-01-01T00:00:00.000Z' } },
    }));
    const run = createActionRunner({ mutate } as never);
    await expect(run('apiTokens', { action: 'revoke', id: 't1' })).resolves.toEqual({
      data: { id: 't1', revokedAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(mutate.mock.calls[0]![0].variables).toEqual({ id: 't1' });
  });

  it('fails like the other methods, so errors.ts translates it', async () => {
    const apolloError = Object.assign(new Error('refused'), {
      graphQLErrors: [{ message: 'Your role (STAFF) does not allow this.', extensions: { code: 'FORBIDDEN' } }],
    });
    const run = createActionRunner({ mutate: jest.fn(async () => Promise.reject(apolloError)) } as never);
    const failure = await run('apiTokens', { action: 'revoke', id: 't1' }).catch((error: unknown) => error);
    expect(toReactAdminError(failure, (key) => key).status).toBe(403);
  });
});

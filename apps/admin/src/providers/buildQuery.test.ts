import { describe, expect, it, jest } from '@jest/globals';
import { print } from 'graphql';
import type { DataProvider } from 'react-admin';
import { buildQuery } from './buildQuery';
import { withChunkedLists } from './dataProvider';
import { RESOURCES } from './resourceTable';

const definition = RESOURCES.collectivities!;
const text = (result: { query: any }) => print(result.query).replace(/\s+/g, ' ');

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
    const nodes = [{ id: '1', name: 'Dijon' }, { id: '2', name: 'Beaune' }];
    expect(result.parseResponse({ data: { data: { nodes, totalCount: 42, hasNextPage: true } } } as any)).toEqual({
      data: nodes,
      total: 42,
      pageInfo: { hasNextPage: true },
    });
  });
});

describe('buildQuery — other verbs', () => {
  it('GET_ONE asks for the record by id', () => {
    const result = buildQuery('GET_ONE', 'collectivities', { id: 12 });
    expect(result.variables).toEqual({ id: '12' });
    expect(text(result)).toContain('query CollectivityOne($id: ID!) { data: collectivity(id: $id) { ...CollectivityFields } }');
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
    expect(many.parseResponse({ data: { r0: { id: '5' }, r1: { id: '6' } } } as any)).toEqual({ data: ['5', '6'] });
  });

  it('UPDATE_MANY applies the same input to every id', () => {
    const many = buildQuery('UPDATE_MANY', 'collectivities', { ids: ['1', '2'], data: { membershipStatus: 'PROSPECT' } });
    expect(many.variables).toEqual({ id0: '1', id1: '2', input: { membershipStatus: 'PROSPECT' } });
    expect(text(many)).toContain('r1: updateCollectivity(id: $id1, input: $input) { id }');
  });

  it('refuses an unknown resource', () => {
    expect(() => buildQuery('GET_LIST', 'partners', {})).toThrow(/resource table/);
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
    const getList = jest.fn(async (_resource: string, params: any) => {
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
    await provider.getList('collectivities', { pagination: { page: 2, perPage: 1000 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(getList).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it, jest } from '@jest/globals';
import type { MutationOptions, QueryOptions } from '@apollo/client';
import { type DataProvider, type GetManyParams } from 'react-admin';
import { createActionRunner, withChunkedLists } from './dataProvider';

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

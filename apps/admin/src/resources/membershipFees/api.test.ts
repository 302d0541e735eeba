import { describe, expect, it } from '@jest/globals';
import { buildQuery } from '../../providers/buildQuery';
import { RESOURCES } from '../../providers/resourceTable';
import { text, valid } from '../../../test/apiSchema';

describe('resource table — membership fees', () => {
  it('is read-only here, filtered by year, statuses, collectivity and name', () => {
    const definition = RESOURCES.membershipFees!;
    expect(definition.operations).toMatchObject({ one: null, create: null, update: null, delete: null });
    const result = buildQuery('GET_LIST', 'membershipFees', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'id', order: 'ASC' },
      filter: { year: 2021, status: ['LATE', 'INVOICED'], q: 'dijon', collectivityId: 'c1' },
    });
    expect(result.variables).toEqual({
      filter: { year: 2021, statuses: ['LATE', 'INVOICED'], search: 'dijon', collectivityId: 'c1' },
      page: { offset: 0, limit: 50 },
    });
    expect(text(result)).toContain('collectivity { id name population }');
    expect(valid(result.query)).toEqual([]);
    expect(() => buildQuery('CREATE', 'membershipFees', { data: {} })).toThrow(/no "create" operation/);
  });

  it('collectivities: sends the deliberation with a change of membership status', () => {
    const previousData = { id: 'c1', name: 'Dijon', kind: 'COMMUNE', countryCode: 'FR', membershipStatus: 'NONE', version: 5 };
    const result = buildQuery('UPDATE', 'collectivities', {
      id: 'c1',
      data: {
        ...previousData,
        membershipStatus: 'MEMBER',
        deliberationDate: '2020-09-28',
        deliberationReference: 'DEL-2020-114',
      },
      previousData,
    });
    expect(result.variables?.input).toEqual({
      membershipStatus: 'MEMBER',
      deliberationDate: '2020-09-28',
      deliberationReference: 'DEL-2020-114',
      version: 5,
    });
    // left empty (or hidden again): nothing sent
    const without = buildQuery('UPDATE', 'collectivities', {
      id: 'c1',
      data: { ...previousData, notes: 'x', deliberationDate: null, deliberationReference: null },
      previousData,
    });
    expect(without.variables?.input).toEqual({ notes: 'x', version: 5 });
    expect(valid(result.query)).toEqual([]);
  });
});

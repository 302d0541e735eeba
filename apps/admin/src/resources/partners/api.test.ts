import { describe, expect, it } from '@jest/globals';
import { buildQuery } from '../../providers/buildQuery';
import { text, valid } from '../../../test/apiSchema';

describe('resource table — partners', () => {
  it('lists by search and kind, without sort or ids (the API has none)', () => {
    const result = buildQuery('GET_LIST', 'partners', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: ' platforma ', kind: 'EU_PROGRAMME' },
    });
    expect(result.variables).toEqual({
      filter: { search: 'platforma', kinds: ['EU_PROGRAMME'] },
      page: { offset: 25, limit: 25 },
    });
    expect(text(result)).toContain(
      'query PartnerList($filter: PartnerFilter, $page: PageInput) { data: partners(filter: $filter, page: $page)',
    );
    expect(valid(result.query)).toEqual([]);
  });

  it('creates with the writable fields, trimmed, and updates with the version read', () => {
    const create = buildQuery('CREATE', 'partners', {
      data: {
        name: ' PLATFORMA ',
        acronym: '',
        kind: 'EU_PROGRAMME',
        countryCode: 'be',
        website: 'https://platforma-dev.eu',
        id: 'x',
      },
    });
    expect(create.variables).toEqual({
      input: { name: 'PLATFORMA', kind: 'EU_PROGRAMME', countryCode: 'BE', website: 'https://platforma-dev.eu' },
    });
    expect(valid(create.query)).toEqual([]);
    const previousData = { id: 'p1', name: 'PLATFORMA', acronym: null, kind: 'EU_PROGRAMME', notes: null, version: 3 };
    const update = buildQuery('UPDATE', 'partners', {
      id: 'p1',
      data: { ...previousData, notes: 'Coalition européenne' },
      previousData,
    });
    expect(update.variables).toEqual({ id: 'p1', input: { notes: 'Coalition européenne', version: 3 } });
    expect(valid(update.query)).toEqual([]);
    expect(valid(buildQuery('GET_ONE', 'partners', { id: 'p1' }).query)).toEqual([]);
    expect(valid(buildQuery('DELETE', 'partners', { id: 'p1' }).query)).toEqual([]);
  });

  it('looks partners up by ids (a picker shows the partners selected)', () => {
    const result = buildQuery('GET_MANY', 'partners', { ids: ['p1'] });
    expect(result.variables).toMatchObject({ filter: { ids: ['p1'] } });
    expect(valid(result.query)).toEqual([]);
  });
});

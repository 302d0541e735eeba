import { describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { buildQuery } from '../../providers/buildQuery';
import { text, valid } from '../../../test/apiSchema';

describe('resource table — partnerships', () => {
  it('filters by partner, year and kind', () => {
    const result = buildQuery('GET_LIST', 'partnerships', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'id', order: 'ASC' },
      filter: { partnerId: 'p1', year: 2021, kind: ['FINANCIAL', 'IN_KIND'] },
    });
    expect(result.variables).toEqual({
      filter: { partnerId: 'p1', year: 2021, kinds: ['FINANCIAL', 'IN_KIND'] },
      page: { offset: 0, limit: 25 },
    });
    expect(text(result)).toContain('partner { id name acronym kind }');
    expect(valid(result.query)).toEqual([]);
  });

  it('takes the amount in euros as typed and sends cents; the partner on creation only', () => {
    const create = buildQuery('CREATE', 'partnerships', {
      data: {
        partnerId: 'p1',
        year: 2021,
        kind: 'FINANCIAL',
        amountCents: '12 500,50',
        agreementReference: ' CONV-2021-07 ',
        notes: '',
      },
    });
    expect(create.variables).toEqual({
      input: { partnerId: 'p1', year: 2021, kind: 'FINANCIAL', amountCents: 1250050, agreementReference: 'CONV-2021-07' },
    });
    expect(valid(create.query)).toEqual([]);

    const previousData = {
      id: 's1',
      partnerId: 'p1',
      year: 2021,
      kind: 'FINANCIAL',
      amountCents: 1250050,
      version: 2,
      partner: { id: 'p1', name: 'PLATFORMA' },
    };
    // the amount shown for editing ("12500,50") is the same amount: not sent again
    const same = buildQuery('UPDATE', 'partnerships', {
      id: 's1',
      data: { ...previousData, amountCents: '12500,50', partnerId: 'p2' },
      previousData,
    });
    expect(same.variables).toEqual({ id: 's1', input: { version: 2 } });
    const changed = buildQuery('UPDATE', 'partnerships', {
      id: 's1',
      data: { ...previousData, amountCents: '15 000' },
      previousData,
    });
    expect(changed.variables).toEqual({ id: 's1', input: { amountCents: 1500000, version: 2 } });
    expect(valid(changed.query)).toEqual([]);
    const cleared = buildQuery('UPDATE', 'partnerships', { id: 's1', data: { ...previousData, amountCents: '' }, previousData });
    expect(cleared.variables?.input).toEqual({ amountCents: null, version: 2 });
  });

  it('ties a partnership to the edition of the Rencontres it supports', () => {
    const previousData = { id: 's1', partnerId: 'p1', year: 2021, kind: 'FINANCIAL', eventId: null, version: 3 };
    const tied = buildQuery('UPDATE', 'partnerships', { id: 's1', data: { ...previousData, eventId: 'e12' }, previousData });
    expect(tied.variables).toEqual({ id: 's1', input: { eventId: 'e12', version: 3 } });
    expect(valid(tied.query)).toEqual([]);
  });
});

describe('partnerships read alone', () => {
  it('reads a partnership with partnership(id)', () => {
    const result = buildQuery('GET_ONE', 'partnerships', { id: 's1' });
    expect(result.variables).toEqual({ id: 's1' });
    expect(print(result.query)).toContain('partnership(id: $id)');
    expect(valid(result.query)).toEqual([]);
  });
});

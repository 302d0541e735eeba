import { describe, expect, it } from '@jest/globals';
import { buildQuery } from '../../providers/buildQuery';
import { text, valid } from '../../../test/apiSchema';

describe('resource table — participations', () => {
  it("reads an edition's participants of one group's members, as a president or the staff would", () => {
    const result = buildQuery('GET_LIST', 'participations', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'NAME', order: 'ASC' },
      filter: { eventId: 'e12', groupId: 'g-mali', status: 'ATTENDED' },
    });
    expect(result.variables).toMatchObject({ filter: { eventId: 'e12', groupId: 'g-mali', statuses: ['ATTENDED'] } });
    expect(valid(result.query)).toEqual([]);
  });
});

describe("someone's participations", () => {
  it.each([
    ['collectivityId', 'collectivity(id: $collectivityId) { data: participations {'],
    ['contactId', 'contact(id: $contactId) { data: participations {'],
  ])('reads them whole in the record of the page (%s)', (target, read) => {
    const result = buildQuery('GET_MANY_REFERENCE', 'participationHistory', { target, id: 'x1', filter: {} });
    expect(result.variables).toEqual({ [target]: 'x1' });
    expect(text(result)).toContain(read);
    expect(valid(result.query)).toEqual([]);
  });
});

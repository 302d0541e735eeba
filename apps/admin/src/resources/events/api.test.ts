import { describe, expect, it } from '@jest/globals';
import { buildQuery } from '../../providers/buildQuery';
import { text, valid } from '../../../test/apiSchema';

/** What the API answers for a list read whole with its record: the record, the list inside. */
const answer = (list: unknown[]) => ({ data: { parent: { data: list } } });

describe("an edition's nested lists", () => {
  it("reads an edition's sessions whole with the edition, counted by their number", () => {
    const result = buildQuery('GET_MANY_REFERENCE', 'eventSessions', {
      target: 'eventId',
      id: 'e12',
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(result.variables).toEqual({ eventId: 'e12' });
    expect(text(result)).toContain('parent: event(id: $eventId) { data: sessions { ...EventSessionFields } }');
    expect(valid(result.query)).toEqual([]);
    const sessions = [{ id: 's1' }, { id: 's2' }];
    expect(result.parseResponse(answer(sessions) as never)).toEqual({
      data: sessions,
      total: 2,
      pageInfo: { hasNextPage: false },
    });
  });

  it("reads label awards in the edition or in the collectivity, whichever the page's record is", () => {
    const atEvent = buildQuery('GET_MANY_REFERENCE', 'labelAwards', { target: 'eventId', id: 'e12', filter: {} });
    expect(text(atEvent)).toContain('parent: event(id: $eventId) { data: awards {');
    expect(valid(atEvent.query)).toEqual([]);
    const toCollectivity = buildQuery('GET_MANY_REFERENCE', 'labelAwards', { target: 'collectivityId', id: 'c1', filter: {} });
    expect(toCollectivity.variables).toEqual({ collectivityId: 'c1' });
    expect(text(toCollectivity)).toContain('parent: collectivity(id: $collectivityId) { data: labelAwards {');
    expect(valid(toCollectivity.query)).toEqual([]);
  });
});

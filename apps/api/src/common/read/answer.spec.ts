import { describe, expect, it } from '@jest/globals';
import { SqlAnswer, serializeReply } from './answer.js';
import { isoInstant } from './compile.js';
import { decodeCursor, encodeCursor } from './sync.js';

describe('answers written without graphql-js', () => {
  it('writes a UTC timestamp as Date.toISOString() would, whatever its fraction of a second', () => {
    for (const [text, expected] of [
      ['2026-12-02 14:59:22', '2026-12-02T14:59:22.000Z'],
      ['2026-12-02 14:59:22.5', '2026-12-02T14:59:22.500Z'],
      ['2026-12-02 14:59:22.09', '2026-12-02T14:59:22.090Z'],
      ['2026-12-02 14:59:22.093456', '2026-12-02T14:59:22.093Z'],
    ] as const) {
      expect(isoInstant(text)).toBe(expected);
      expect(new Date(`${text.replace(' ', 'T')}Z`).toISOString()).toBe(expected);
    }
  });

  it('makes a cursor that its list reads back, and that another list refuses', () => {
    const cursor = encodeCursor('Query.collectivities', '9142', '0414e63d-7aa8-4f15-8b9e-2196741cac35');
    expect(decodeCursor('Query.collectivities', cursor)).toEqual({ xid: '9142', id: '0414e63d-7aa8-4f15-8b9e-2196741cac35' });
    expect(() => decodeCursor('Query.contacts', cursor)).toThrow(/given by Query.collectivities/);
  });

  it('pastes each answered root field in the reply, beside the others and the errors', () => {
    const reply = serializeReply({
      data: { page: SqlAnswer.of({ nodes: [{ id: 'a', name: 'Lyon "2e"' }] }), one: SqlAnswer.written('{"id" : "b"}'), other: 3 },
      errors: [{ message: 'no' }],
    });
    expect(JSON.parse(reply.toString('utf8'))).toEqual({
      data: { page: { nodes: [{ id: 'a', name: 'Lyon "2e"' }] }, one: { id: 'b' }, other: 3 },
      errors: [{ message: 'no' }],
    });
    expect(JSON.parse(serializeReply({ data: null, errors: [{ message: 'no' }] }).toString('utf8'))).toEqual({
      data: null,
      errors: [{ message: 'no' }],
    });
  });
});

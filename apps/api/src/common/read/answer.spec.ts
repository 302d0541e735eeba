import { describe, expect, it } from '@jest/globals';
import { SqlAnswer, serializeReply } from './answer.js';
import { decodeCursor, encodeCursor } from './sync.js';

describe('answers written without graphql-js', () => {
  it('makes a cursor that its list reads back, and that another list refuses', () => {
    const cursor = encodeCursor('Query.collectivities', '9142', '0414e63d-7aa8-4f15-8b9e-2196741cac35');
    expect(decodeCursor('Query.collectivities', cursor)).toEqual({ xid: '9142', id: '0414e63d-7aa8-4f15-8b9e-2196741cac35' });
    expect(() => decodeCursor('Query.contacts', cursor)).toThrow(/given by Query.collectivities/);
  });

  it('pastes each answered root field in the reply, beside the others and the errors', () => {
    const reply = serializeReply({
      data: {
        page: SqlAnswer.of(Buffer.from('{"nodes":[{"id":"a","name":"Lyon \\"2e\\""}]}')),
        one: SqlAnswer.written('{"id" : "b"}'),
        other: 3,
      },
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

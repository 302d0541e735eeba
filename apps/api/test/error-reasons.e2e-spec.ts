import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isErrorReason } from '@territoria/domain';
import { QUERY_COST_BUDGET } from '../src/common/limits/query-limits.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const LIST = '{ collectivities(page: { limit: 1 }) { totalCount } }';
const CREATE_PARTNER = 'mutation($name: String!) { createPartner(input: { name: $name, kind: NGO }) { id version } }';
const UPDATE_PARTNER =
  'mutation($id: ID!, $version: Int!) { updatePartner(id: $id, input: { version: $version, notes: "n" }) { version } }';

/**
 * Every refusal names a stable reason (extensions.reason) from the shared list and the parts a
 * client needs to word it: the console never reads the English message.
 */
describe('refusals carry a reason and its parts', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('says which rule of access refused: the role, the missing scope, the read-only token', async () => {
    const president = await api.userWithRole('GROUP_PRESIDENT');
    const byRole = await api.graphql(CREATE_PARTNER, { name: 'Refused' }, president);
    expect(byRole.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED', role: 'GROUP_PRESIDENT' });

    const { token } = await api.apiToken(['events:read']);
    const byScope = await api.graphql(LIST, {}, { token });
    expect(byScope.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'TOKEN_SCOPE_MISSING',
      scopes: ['collectivities:read'],
    });
    const writing = await api.graphql(CREATE_PARTNER, { name: 'Refused' }, { token });
    expect(writing.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOKEN_READ_ONLY' });
  });

  it('says why a credential is not valid: none, unknown, malformed, revoked', async () => {
    expect((await api.graphql(LIST, {}, { anonymous: true })).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'NOT_SIGNED_IN',
    });
    expect((await api.graphql(LIST, {}, { token: 'trt_forged' })).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_UNKNOWN',
    });
    expect((await api.graphql(LIST, {}, { token: 'not-a-token' })).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'MALFORMED_AUTHORIZATION',
    });
    const { token, id } = await api.apiToken(['collectivities:read']);
    await api.graphql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id });
    expect((await api.graphql(LIST, {}, { token })).errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_REVOKED',
    });
    const wrong = await api.graphql(
      'mutation { signIn(email: "admin@test.local", password: "nope") { id } }',
      {},
      { anonymous: true },
    );
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' });
  });

  it('tells a client rate-limited on signing in how many seconds to wait', async () => {
    let refused: Record<string, unknown> | undefined;
    for (let attempt = 0; attempt < 7 && !refused; attempt++) {
      const answer = await api.graphql(
        'mutation { signIn(email: "limited@test.local", password: "guess") { id } }',
        {},
        { anonymous: true },
      );
      if (answer.errors?.[0]?.extensions.code === 'TOO_MANY_REQUESTS') refused = answer.errors[0].extensions;
    }
    expect(refused).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SIGN_IN_RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(refused!.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused!.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('names the entity, its id and its current version when a stale version is refused', async () => {
    const created = await api.graphql<{ createPartner: { id: string; version: number } }>(CREATE_PARTNER, {
      name: 'Versioned partner',
    });
    const { id } = created.data!.createPartner;
    expect((await api.graphql(UPDATE_PARTNER, { id, version: 1 })).errors).toBeUndefined();
    const stale = await api.graphql(UPDATE_PARTNER, { id, version: 1 });
    expect(stale.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      entity: 'Partner',
      id,
      currentVersion: 2,
    });
  });

  it('names the budget of a query refused as too costly, and the maximum of a page', async () => {
    const costly = await api.graphql(
      '{ participations(page: {limit: 1000}) { nodes { event { sessions { speakers { participations { id } } } } } } }',
    );
    expect(costly.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      reason: 'QUERY_TOO_COSTLY',
      maximum: QUERY_COST_BUDGET,
      cost: expect.any(Number),
    });
    const page = await api.graphql('{ collectivities(page: { limit: 5000 }) { totalCount } }');
    expect(page.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'max',
      fields: [expect.objectContaining({ field: 'page.limit', code: 'max' })],
    });
  });

  it('gives an input refusal the reason of its field, and a not-found its entity and id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const notFound = await api.graphql('query($id: ID!) { partner(id: $id) { id } }', { id: missing });
    expect(notFound.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', reason: 'NOT_FOUND', entity: 'Partner', id: missing });
    const tooMany = await api.graphql(
      'mutation($ids: [ID!]!) { setParticipationsStatus(ids: $ids, status: CANCELLED) { changed } }',
      {
        ids: Array.from({ length: 1001 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
      },
    );
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY', maximum: 1000 });
  });

  it('sends only reasons from the shared list', async () => {
    const answers = await Promise.all([
      api.graphql(LIST, {}, { anonymous: true }),
      api.graphql('{ collectivities(page: { limit: -1 }) { totalCount } }'),
      api.graphql('{ nothingHere }'),
      api.graphql('query($id: ID!) { partner(id: $id) { id } }', { id: 'not-a-uuid' }),
    ]);
    for (const answer of answers) {
      const reason = answer.errors?.[0]?.extensions.reason;
      expect({ reason, known: isErrorReason(reason) }).toEqual({ reason, known: true });
    }
  });
});

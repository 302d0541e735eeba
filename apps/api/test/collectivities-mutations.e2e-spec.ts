import { calendarDate } from '@territoria/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const FIELDS = `id name kind countryCode inseeCode siren population membershipStatus memberSince memberUntil notes website email version fromReferential`;
const CREATE = `mutation Create($input: CreateCollectivityInput!) { createCollectivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation Delete($id: ID!) { deleteCollectivity(id: $id) { id name } }`;
const GET = `query Get($id: ID!) { collectivity(id: $id) { ${FIELDS} } }`;
const FIND = `query Find($search: String!) { collectivities(filter: { search: $search }, page: { limit: 1 }) { nodes { ${FIELDS} } } }`;

interface Collectivity {
  id: string;
  name: string;
  kind: string;
  countryCode: string;
  inseeCode: string | null;
  siren: string | null;
  population: number | null;
  membershipStatus: string;
  memberSince: string | null;
  memberUntil: string | null;
  notes: string | null;
  version: number;
  fromReferential: boolean;
}

describe('collectivities: create, update, delete and bad input', () => {
  let api: TestApp;
  const today = calendarDate();

  const find = async (search: string) =>
    (await api.graphql<{ collectivities: { nodes: Collectivity[] } }>(FIND, { search })).data!.collectivities.nodes[0]!;
  const count = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM collectivities'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('creates a foreign local government, reads it back, updates it and deletes it', async () => {
    const created = await api.graphql<{ createCollectivity: Collectivity }>(CREATE, {
      input: {
        name: 'Commune de Saint-Louis',
        kind: 'FOREIGN_LOCAL_GOVERNMENT',
        countryCode: 'SN',
        population: 254000,
        website: 'https://www.villedesaintlouis.sn',
      },
    });
    expect(created.errors).toBeUndefined();
    const saintLouis = created.data!.createCollectivity;
    expect(saintLouis).toMatchObject({ countryCode: 'SN', membershipStatus: 'NONE', version: 1, fromReferential: false });

    const fetched = await api.graphql<{ collectivity: Collectivity }>(GET, { id: saintLouis.id });
    expect(fetched.data!.collectivity.name).toBe('Commune de Saint-Louis');
    expect((await find('saint louis senegal')) ?? null).toBeDefined();

    const updated = await api.graphql<{ updateCollectivity: Collectivity }>(UPDATE, {
      id: saintLouis.id,
      input: { version: 1, notes: 'Jumelée avec Lille', name: 'Ville de Saint-Louis' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCollectivity).toMatchObject({
      name: 'Ville de Saint-Louis',
      notes: 'Jumelée avec Lille',
      version: 2,
    });

    const deleted = await api.graphql(DELETE, { id: saintLouis.id });
    expect(deleted.errors).toBeUndefined();
    const gone = await api.graphql(GET, { id: saintLouis.id });
    expect(gone.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('sets Dijon MEMBER, dating the membership today, and keeps the referential fields', async () => {
    const dijon = await find('21231');
    const response = await api.graphql<{ updateCollectivity: Collectivity }>(UPDATE, {
      id: dijon.id,
      input: { version: dijon.version, membershipStatus: 'MEMBER', notes: 'Ville du président' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateCollectivity).toMatchObject({
      membershipStatus: 'MEMBER',
      memberSince: today,
      memberUntil: null,
      name: 'Dijon',
      siren: '212102313',
      version: dijon.version + 1,
    });
    const leaving = await api.graphql<{ updateCollectivity: Collectivity }>(UPDATE, {
      id: dijon.id,
      input: { membershipStatus: 'FORMER_MEMBER', version: dijon.version + 1 },
    });
    expect(leaving.data!.updateCollectivity).toMatchObject({
      membershipStatus: 'FORMER_MEMBER',
      memberSince: today,
      memberUntil: today,
    });
  });

  it('refuses a stale version with CONFLICT and keeps the first save', async () => {
    const lyon = await find('69123');
    const first = await api.graphql(UPDATE, { id: lyon.id, input: { version: lyon.version, notes: 'first save' } });
    expect(first.errors).toBeUndefined();
    const stale = await api.graphql(UPDATE, { id: lyon.id, input: { version: lyon.version, notes: 'stale save' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: lyon.version + 1 });
    expect((await find('69123')).notes).toBe('first save');
  });

  it('lets only one of two concurrent saves of the same version through', async () => {
    const nantes = await find('44109');
    const results = await Promise.all(
      ['one', 'two', 'three'].map((notes) => api.graphql(UPDATE, { id: nantes.id, input: { version: nantes.version, notes } })),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions.code === 'CONFLICT')).toHaveLength(2);
    expect((await find('44109')).version).toBe(nantes.version + 1);
  });

  it('refuses to edit what the official referential owns, and to delete a referential row', async () => {
    const paris = await find('75056');
    const renamed = await api.graphql(UPDATE, { id: paris.id, input: { name: 'Lutèce', population: 1, version: paris.version } });
    expect(renamed.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(renamed.errors?.[0]?.extensions.fields?.map((field) => field.field).sort()).toEqual(['name', 'population']);
    const unchanged = await api.graphql(UPDATE, {
      id: paris.id,
      input: { name: 'Paris', notes: 'Capitale', version: paris.version },
    });
    expect(unchanged.errors).toBeUndefined();
    const deleted = await api.graphql(DELETE, { id: paris.id });
    expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await find('75056')).name).toBe('Paris');
  });

  describe('bad input gets a typed error naming the field, and changes nothing', () => {
    const valid = { name: 'Test', kind: 'COMMUNE', inseeCode: '99999' };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['a 10-digit SIREN', { ...valid, siren: '2121023130' }, 'BAD_USER_INPUT', 'siren'],
      ['a SIREN with a wrong check digit', { ...valid, siren: '212102314' }, 'BAD_USER_INPUT', 'siren'],
      ['a duplicate SIREN', { ...valid, siren: '212102313' }, 'DUPLICATE', 'siren'],
      ['a duplicate INSEE code', { ...valid, inseeCode: '21231' }, 'DUPLICATE', 'inseeCode'],
      ['an unknown kind', { ...valid, kind: 'CASTLE' }, 'BAD_USER_INPUT', 'kind'],
      ['a 5 MB name', { ...valid, name: 'x'.repeat(5 * 1024 * 1024) }, 'BAD_USER_INPUT', 'name'],
      ['an empty name', { ...valid, name: '' }, 'BAD_USER_INPUT', 'name'],
      ['a commune INSEE code of 4 characters', { ...valid, inseeCode: '2123' }, 'BAD_USER_INPUT', 'inseeCode'],
      ['an INSEE code on an intercommunality', { ...valid, kind: 'METROPOLIS' }, 'BAD_USER_INPUT', 'inseeCode'],
      [
        'a country that does not exist',
        { ...valid, kind: 'FOREIGN_LOCAL_GOVERNMENT', inseeCode: null, countryCode: 'XX' },
        'BAD_USER_INPUT',
        'countryCode',
      ],
      ['a French commune abroad', { ...valid, countryCode: 'SN' }, 'BAD_USER_INPUT', 'countryCode'],
      ['an invalid email', { ...valid, email: 'mairie@' }, 'BAD_USER_INPUT', 'email'],
      ['an invalid website', { ...valid, website: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'website'],
      ['an impossible date', { ...valid, memberSince: '2021-02-30' }, 'BAD_USER_INPUT', 'memberSince'],
      [
        'a membership ending before it starts',
        { ...valid, memberSince: '2021-06-29', memberUntil: '2020-01-01' },
        'BAD_USER_INPUT',
        'memberUntil',
      ],
      ['a NUL character', { ...valid, notes: 'a\u0000b' }, 'BAD_USER_INPUT', 'notes'],
    ];
    it.each(cases)('%s', async (_label, input, code, field) => {
      const before = await count();
      const response = await api.graphql(CREATE, { input });
      expect(response.errors?.[0]?.extensions.code).toBe(code);
      expect(response.errors?.[0]?.extensions.field).toBe(field);
      expect(response.errors?.[0]?.message.length).toBeGreaterThan(10);
      expect(await count()).toBe(before);
    });

    it('an invalid id, a page size of 100,000 and a negative offset', async () => {
      const badId = await api.graphql(GET, { id: '42; DROP TABLE collectivities' });
      expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      const page = await api.graphql('{ collectivities(page: { limit: 100000, offset: -1 }) { totalCount } }');
      expect(page.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(page.errors?.[0]?.extensions.fields?.map((field) => field.field).sort()).toEqual(['page.limit', 'page.offset']);
      const unknown = await api.graphql(GET, { id: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    });

    it('an update with a bad value changes nothing', async () => {
      const rennes = await find('35238');
      const response = await api.graphql(UPDATE, {
        id: rennes.id,
        input: { notes: 'changed', email: 'not an email', version: rennes.version },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(await find('35238')).toEqual(rennes);
    });

    it('never answers with a stack trace or SQL', async () => {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CREATE, variables: { input: { ...valid, siren: '212102313' } } }),
      });
      const text = await response.text();
      expect(text).not.toMatch(/QueryFailedError|INSERT INTO|at .*\.js:\d+/);
    });
  });
});

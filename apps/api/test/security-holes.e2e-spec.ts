import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { placeholder } from './support/operation-documents.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CONSOLE = 'https://crm.example.org';
const FOREIGN = 'https://evil.example';
const CREATE =
  'mutation { createCollectivity(input: { name: "Forged", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id } }';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('cross-site request forgery', () => {
  let api: TestApp;
  let cookie: string;
  const forged = async () =>
    Number((await api.dataSource.query(`SELECT count(*) AS n FROM collectivities WHERE name = 'Forged'`))[0].n);
  const send = async (init: {
    method?: string;
    headers?: Record<string, string>;
    body?: RequestInit['body'];
    query?: string;
  }) => {
    const response = await fetch(`${api.baseUrl}/graphql${init.query ? `?query=${encodeURIComponent(init.query)}` : ''}`, {
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
    });
    return { status: response.status, body: (await response.json()) as Body };
  };

  beforeAll(async () => {
    api = await startTestApp({ PUBLIC_URL: `${CONSOLE}, http://localhost:5173` });
    cookie = (await api.signIn('admin@test.local', 'correct horse battery staple'))!.cookie;
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a POST that is not JSON, whatever its origin, and runs nothing', async () => {
    const multipart = new FormData();
    multipart.set('query', CREATE);
    const bodies: [string, Record<string, string>, RequestInit['body']][] = [
      ['form', { 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ query: CREATE }).toString()],
      ['text', { 'content-type': 'text/plain' }, JSON.stringify({ query: CREATE })],
      ['text with charset', { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify({ query: CREATE })],
      ['multipart', {}, multipart],
      ['graphql', { 'content-type': 'application/graphql' }, CREATE],
      ['none', {}, JSON.stringify({ query: CREATE })],
    ];
    for (const origin of [FOREIGN, CONSOLE]) {
      for (const [name, headers, body] of bodies) {
        const answer = await send({ headers: { ...headers, cookie, origin }, body });
        expect({ name, origin, status: answer.status, error: answer.body.errors?.[0]?.extensions }).toEqual({
          name,
          origin,
          status: 415,
          error: { code: 'CSRF_REFUSED', reason: 'CONTENT_TYPE' },
        });
        expect(answer.body.data ?? null).toBeNull();
      }
    }
    expect(await forged()).toBe(0);
  });

  it('refuses a cookie-signed JSON request from another origin, and runs nothing', async () => {
    const json = { 'content-type': 'application/json', cookie };
    const refused: Record<string, string>[] = [
      { origin: FOREIGN },
      { origin: 'null' },
      { origin: `${CONSOLE}.evil.example` },
      { origin: 'http://crm.example.org' },
      { referer: `${FOREIGN}/page.html` },
      { referer: 'not a url' },
    ];
    for (const headers of refused) {
      const answer = await send({ headers: { ...json, ...headers }, body: JSON.stringify({ query: CREATE }) });
      expect({ headers, status: answer.status, error: answer.body.errors?.[0]?.extensions }).toEqual({
        headers,
        status: 403,
        error: { code: 'CSRF_REFUSED', reason: 'ORIGIN' },
      });
    }
    // a query too, and signing in (a forged sign-in would put the victim in someone else's account)
    expect((await send({ headers: { ...json, origin: FOREIGN }, body: JSON.stringify({ query: '{ me { id } }' }) })).status).toBe(
      403,
    );
    const signIn = await send({
      headers: { 'content-type': 'application/json', origin: FOREIGN },
      body: JSON.stringify({
        query: 'mutation { signIn(email: "admin@test.local", password: "correct horse battery staple") { id } }',
      }),
    });
    expect(signIn.status).toBe(403);
    expect(await forged()).toBe(0);
  });

  it("accepts the console's own origin, named by Origin or by Referer, and requests that name none", async () => {
    const json = { 'content-type': 'application/json; charset=utf-8', cookie };
    const named: Record<string, string>[] = [
      { origin: CONSOLE },
      { origin: 'http://localhost:5173' },
      { referer: `${CONSOLE}/#/collectivities` },
      {},
    ];
    for (const headers of named) {
      const answer = await send({ headers: { ...json, ...headers }, body: JSON.stringify({ query: CREATE }) });
      expect({ headers, status: answer.status, errors: answer.body.errors }).toEqual({ headers, status: 200, errors: undefined });
    }
    expect(await forged()).toBe(4);
    await api.dataSource.query(`DELETE FROM collectivities WHERE name = 'Forged'`);
  });

  it('does not check the origin of a bearer token: the browser never adds one by itself', async () => {
    const { token } = await api.apiToken(['collectivities:read']);
    const answer = await send({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, origin: FOREIGN, cookie },
      body: JSON.stringify({ query: '{ collectivities(page: { limit: 1 }) { totalCount } }' }),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('runs queries over GET, never a mutation', async () => {
    const query = await send({ method: 'GET', headers: { cookie }, query: '{ me { email } }' });
    expect(query).toMatchObject({ status: 200, body: { data: { me: { email: 'admin@test.local' } } } });
    const foreign = await send({ method: 'GET', headers: { cookie, referer: `${FOREIGN}/` }, query: '{ me { email } }' });
    expect(foreign.status).toBe(403);
    const mutation = await send({ method: 'GET', headers: { cookie, origin: CONSOLE }, query: CREATE });
    expect(mutation.status).toBe(405);
    expect(mutation.body.data ?? null).toBeNull();
    expect(mutation.body.errors?.[0]?.message).toMatch(/GET/);
    expect(await forged()).toBe(0);
  });
});

/** Every ID position in an argument's type: the input fields leading to it, and how the API names it. */
function idPositions(
  type: GraphQLInputType,
  field: string,
  segments: string[] = [],
  depth = 0,
): { segments: string[]; field: string }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const ofInputs = isInputObjectType(getNamedType(nullable.ofType));
    return idPositions(nullable.ofType, ofInputs ? [field, '0'].filter(Boolean).join('.') : field, segments, depth);
  }
  if (isInputObjectType(nullable)) {
    if (depth > 3) return [];
    return Object.values(nullable.getFields()).flatMap((inner) =>
      idPositions(inner.type, [field, inner.name].filter(Boolean).join('.'), [...segments, inner.name], depth + 1),
    );
  }
  return isScalarType(nullable) && nullable.name === 'ID' ? [{ segments, field }] : [];
}

/** A value of the argument's type, valid except for the ID at the end of `segments`. */
function withMalformedId(type: GraphQLInputType, segments: string[], malformed: string): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [withMalformedId(nullable.ofType, segments, malformed)];
  if (isInputObjectType(nullable)) {
    const [head, ...rest] = segments;
    return { ...(placeholder(nullable) as object), [head!]: withMalformedId(nullable.getFields()[head!]!.type, rest, malformed) };
  }
  return malformed;
}

interface MalformedCall {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

/** One call per ID position of every query and mutation, that ID malformed and every other argument valid. */
function everyIdPosition(schema: GraphQLSchema, malformed: string): MalformedCall[] {
  const calls: MalformedCall[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      for (const target of field.args) {
        for (const position of idPositions(target.type, target.name === 'input' ? '' : target.name)) {
          const args = field.args.filter((arg) => arg === target || (isNonNullType(arg.type) && arg.defaultValue === undefined));
          const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
          calls.push({
            name: `${root!.name}.${field.name}(${[target.name, ...position.segments].join('.')})`,
            query: `${kind}(${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')}) { ${field.name}(${args
              .map((arg) => `${arg.name}: $${arg.name}`)
              .join(', ')})${selection} }`,
            variables: Object.fromEntries(
              args.map((arg) => [
                arg.name,
                arg === target ? withMalformedId(arg.type, position.segments, malformed) : placeholder(arg.type),
              ]),
            ),
            field: position.field,
          });
        }
      }
    }
  }
  return calls;
}

describe('malformed ids', () => {
  let api: TestApp;
  const audited = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM audit_entries'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('the ones the tester sent: a typed BAD_USER_INPUT naming the argument', async () => {
    const duplicates = await api.graphql(
      '{ possibleDuplicateContacts(collectivityId: "abc", firstName: "A", lastName: "B") { id } }',
    );
    expect(duplicates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectivityId' });
    const group = await api.graphql<{ createCountryGroup: { id: string } }>(
      'mutation { createCountryGroup(input: { name: "Groupe-pays Mali", countries: ["ML"] }) { id } }',
    );
    const members = await api.graphql(
      `mutation { addGroupMembers(groupId: "${group.data!.createCountryGroup.id}", collectivityIds: ["abc"]) { joinedOn } }`,
    );
    expect(members.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'collectivityIds' });
    expect(members.errors?.[0]?.message).toContain('"abc" is not a valid id');
  });

  it('every ID argument and every ID field of an input, in every query and mutation, literal or variable', async () => {
    const before = await audited();
    const calls = everyIdPosition(api.app.get(GraphQLSchemaHost).schema, 'not-a-uuid');
    expect(calls.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const call of calls) {
      const response = await api.graphql(call.query, call.variables);
      const extensions = response.errors?.[0]?.extensions;
      if (extensions?.code !== 'BAD_USER_INPUT' || extensions.field !== call.field || response.data != null) {
        wrong.push(`${call.name}: ${JSON.stringify(response.errors?.[0] ?? response.data)}`);
      }
    }
    expect(wrong).toEqual([]);
    // literal ids, and several at once
    const literal = await api.graphql('{ labelAwards(collectivityId: "1 OR 1=1", eventId: "x") { id } }');
    expect(literal.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'collectivityId', code: 'isUuid' }),
      expect.objectContaining({ field: 'eventId', code: 'isUuid' }),
    ]);
    expect(await audited()).toBe(before);
  });

  it('a user is linked only to a contact that exists', async () => {
    const unknown = '7d2b9f4e-0c1a-4f7e-9b3d-2a6c8e1f5b40';
    const created = await api.graphql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: {
        email: 'president@test.local',
        displayName: 'Présidente',
        role: 'GROUP_PRESIDENT',
        password: 'a long enough password',
        linkedContactId: unknown,
      },
    });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'linkedContactId' });
    expect(
      Number((await api.dataSource.query(`SELECT count(*) AS n FROM users WHERE email = 'president@test.local'`))[0].n),
    ).toBe(0);

    const contact = await api.graphql<{ createContact: { id: string } }>(
      'mutation { createContact(input: { firstName: "Awa", lastName: "Diallo" }) { id } }',
    );
    const user = await api.graphql<{ createUser: { id: string; version: number; linkedContactId: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id version linkedContactId } }',
      {
        input: {
          email: 'president@test.local',
          displayName: 'Présidente',
          role: 'GROUP_PRESIDENT',
          password: 'a long enough password',
          linkedContactId: contact.data!.createContact.id,
        },
      },
    );
    expect(user.data?.createUser.linkedContactId).toBe(contact.data!.createContact.id);
    const { id, version } = user.data!.createUser;
    const updated = await api.graphql(
      'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
      {
        id,
        input: { linkedContactId: unknown, version },
      },
    );
    expect(updated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'linkedContactId' });
    expect((await api.dataSource.query('SELECT linked_contact_id FROM users WHERE id = $1', [id]))[0].linked_contact_id).toBe(
      contact.data!.createContact.id,
    );
  });
});

describe('suggestions in validation errors', () => {
  const MISTAKES: [string, string, Record<string, unknown>?][] = [
    ['an unknown field', '{ collectivities { nodes { nme } } }'],
    ['an unknown argument', '{ collectivities(filtr: {}) { totalCount } }'],
    ['an unknown enum value', '{ collectivities(filter: { kinds: [COMUNE] }) { totalCount } }'],
    ['an unknown input field', '{ collectivities(filter: { serch: "x" }) { totalCount } }'],
    ['an unknown type', 'query($f: CollectivityFiltr) { collectivities(filter: $f) { totalCount } }'],
    [
      'an unknown enum value in a variable',
      'query($f: CollectivityFilter) { collectivities(filter: $f) { totalCount } }',
      { f: { kinds: ['COMUNE'] } },
    ],
  ];

  describe('outside production', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp();
    });
    afterAll(async () => {
      await api.close();
    });

    it('helps the developer', async () => {
      for (const [, query, variables] of MISTAKES) {
        const response = await api.graphql(query, variables);
        expect(response.errors?.[0]?.message).toMatch(/Did you mean/);
      }
    });
  });

  describe('in production', () => {
    let api: TestApp;
    beforeAll(async () => {
      api = await startTestApp({ NODE_ENV: 'production' });
    });
    afterAll(async () => {
      await api.close();
    });

    it('tells an anonymous caller nothing of the names it did not write', async () => {
      for (const [name, query, variables] of MISTAKES) {
        const response = await api.graphql(query, variables, { anonymous: true });
        const error = response.errors?.[0];
        expect({ name, code: error?.extensions.code }).toEqual({
          name,
          code: expect.stringMatching(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/),
        });
        const said = (response.errors ?? [])
          .map((each) =>
            [
              each.message,
              ...(each.extensions.fields ?? []).map((field) => String((field as { message?: string }).message)),
            ].join(' '),
          )
          .join(' ');
        expect({ name, said }).toEqual({ name, said: expect.not.stringMatching(/Did you mean|"name"|COMMUNE|"search"/) });
      }
    });
  });
});

describe('updates without the version read', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('every update input requires its version', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const updates = Object.values(schema.getTypeMap()).filter(
      (type) => isInputObjectType(type) && /^Update.+Input$/.test(type.name),
    );
    expect(updates.length).toBeGreaterThanOrEqual(13);
    const optional = updates.filter((type) => {
      const version = isInputObjectType(type) ? type.getFields()['version'] : undefined;
      return !version || String(version.type) !== 'Int!';
    });
    expect(optional.map((type) => type.name)).toEqual([]);
  });

  it('refuses an update without a version before anything runs; a stale one is a CONFLICT', async () => {
    const created = await api.graphql<{ createCollectivity: { id: string; version: number } }>(
      'mutation { createCollectivity(input: { name: "Bamako", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id version } }',
    );
    const { id, version } = created.data!.createCollectivity;
    const update =
      'mutation($id: ID!, $input: UpdateCollectivityInput!) { updateCollectivity(id: $id, input: $input) { notes version } }';
    const stored = async () => (await api.dataSource.query('SELECT notes, version FROM collectivities WHERE id = $1', [id]))[0];

    const withoutVersion = await api.graphql(update, { id, input: { notes: 'last write wins' } });
    expect(withoutVersion.status).toBe(400);
    // the variable does not coerce: refused like any value of the wrong type, naming the field
    expect(withoutVersion.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'version',
      fields: [{ field: 'version', code: 'required' }],
    });
    expect(withoutVersion.errors?.[0]?.message).toMatch(/"version" of required type "Int!"/);
    // the document does not validate
    const literal = await api.graphql(
      `mutation { updateCollectivity(id: "${id}", input: { notes: "last write wins" }) { version } }`,
    );
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await stored()).toEqual({ notes: null, version });

    const saved = await api.graphql(update, { id, input: { notes: 'read first', version } });
    expect(saved.data).toEqual({ updateCollectivity: { notes: 'read first', version: version + 1 } });
    const stale = await api.graphql(update, { id, input: { notes: 'stale', version } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    expect(await stored()).toEqual({ notes: 'read first', version: version + 1 });
  });

  it("replaces a year's fee scale only with the version read", async () => {
    const SET = 'mutation($input: SetFeeScaleInput!) { setFeeScale(input: $input) { version brackets { amountCents } } }';
    const brackets = (amountCents: number) => [{ minPopulation: 0, amountCents }];
    const created = await api.graphql<{ setFeeScale: { version: number } }>(SET, {
      input: { year: 2030, dueOn: '2030-03-31', brackets: brackets(100_00) },
    });
    const { version } = created.data!.setFeeScale;
    const blind = await api.graphql(SET, { input: { year: 2030, dueOn: '2030-03-31', brackets: brackets(1) } });
    expect(blind.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version });
    const replaced = await api.graphql(SET, { input: { year: 2030, dueOn: '2030-03-31', brackets: brackets(200_00), version } });
    expect(replaced.data).toEqual({ setFeeScale: { version: version + 1, brackets: [{ amountCents: 200_00 }] } });
  });
});

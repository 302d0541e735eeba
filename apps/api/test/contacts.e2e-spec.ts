import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CREATE =
  'mutation($input: CreateContactInput!) { createContact(input: $input) { id firstName lastName email consentStatus } }';
const CONTACT = `query($id: ID!) { contact(id: $id) { id firstName lastName email consentStatus erasedAt
  positions { title kind current collectivity { name } } offices { role group { name } } } }`;

describe('contacts and their positions', () => {
  let api: TestApp;
  let fixtures: ReturnType<typeof crmFixtures>;
  let dijon: string;
  let paris: string;
  const contactCount = async () => Number((await api.dataSource.query('SELECT count(*) AS n FROM contacts'))[0].n);

  beforeAll(async () => {
    api = await startTestApp();
    fixtures = crmFixtures(api);
    dijon = await fixtures.communeId('21231');
    paris = await fixtures.communeId('75056');
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps several positions over time: a new mayor, the old mandate ended, nothing lost', async () => {
    const created = await api.graphql<{ createContact: { id: string } }>(CREATE, {
      input: {
        civility: 'MR',
        firstName: 'François',
        lastName: 'Rebsamen',
        email: 'F.Rebsamen@Dijon.fr',
        position: { collectivityId: dijon, title: 'Maire', kind: 'ELECTED', startedOn: '2001-03-18' },
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createContact.id;
    const metropole = (await api.dataSource.query(`SELECT id FROM collectivities WHERE siren = '242100410'`))[0].id;
    const second = await api.graphql<{ createPosition: { id: string } }>(
      'mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }',
      { input: { contactId: id, collectivityId: metropole, title: 'Président', kind: 'ELECTED', startedOn: '2015-01-01' } },
    );
    expect(second.errors).toBeUndefined();
    const mayoralty = (await api.graphql<{ contact: { positions: { title: string }[] } }>(CONTACT, { id })).data!.contact;
    expect(mayoralty).toMatchObject({ email: 'f.rebsamen@dijon.fr' });
    const [mayorPosition] = await api.dataSource.query(
      `SELECT id, version FROM positions WHERE contact_id = $1 AND title = 'Maire'`,
      [id],
    );
    const ended = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updatePosition(id: $id, input: { endedOn: "2024-11-20", version: $v }) { id } }',
      { id: mayorPosition.id, v: mayorPosition.version },
    );
    expect(ended.errors).toBeUndefined();
    const after = (
      await api.graphql<{ contact: { positions: { title: string; current: boolean; collectivity: { name: string } }[] } }>(
        CONTACT,
        { id },
      )
    ).data!.contact;
    expect(after.positions).toEqual(
      expect.arrayContaining([
        { title: 'Maire', kind: 'ELECTED', current: false, collectivity: { name: 'Dijon' } },
        { title: 'Président', kind: 'ELECTED', current: true, collectivity: { name: 'Dijon Métropole' } },
      ]),
    );
    const current = await api.graphql<{ contacts: { totalCount: number } }>(
      'query($c: ID!) { contacts(filter: { collectivityId: $c }) { totalCount } }',
      { c: dijon },
    );
    expect(current.data!.contacts.totalCount).toBe(0);
  });

  it('warns of a possible duplicate (same email, or same name in the same collectivity) and offers the existing one', async () => {
    const first = await api.graphql<{ createContact: { id: string } }>(CREATE, {
      input: {
        firstName: 'Anne',
        lastName: 'Hidalgo',
        email: 'anne.hidalgo@paris.fr',
        position: { collectivityId: paris, title: 'Maire', kind: 'ELECTED', startedOn: '2014-04-05' },
      },
    });
    const existing = first.data!.createContact.id;
    const before = await contactCount();
    const sameName = await api.graphql(CREATE, {
      input: {
        firstName: 'ANNE',
        lastName: 'hidalgo',
        position: { collectivityId: paris, title: 'Maire', kind: 'ELECTED', startedOn: '2014-04-05' },
      },
    });
    expect(sameName.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', candidates: [{ id: existing }] });
    const sameEmail = await api.graphql(CREATE, {
      input: { firstName: 'A.', lastName: 'H.', email: 'Anne.Hidalgo@paris.fr', confirmNotDuplicate: true },
    });
    expect(sameEmail.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', candidates: [{ id: existing }] });
    expect(await contactCount()).toBe(before);
    const homonym = await api.graphql(CREATE, { input: { firstName: 'Anne', lastName: 'Hidalgo', confirmNotDuplicate: true } });
    expect(homonym.errors).toBeUndefined();
  });

  it('merges two records of one person, keeping every position, office and the history of both', async () => {
    const group = await fixtures.countryGroup('Groupe-pays Sénégal', ['SN']);
    await fixtures.addMembers(group, [dijon]);
    const kept = await fixtures.contact('Claire', 'Guichard', dijon, { email: 'claire@dijon.fr' });
    const duplicate = await fixtures.contact('Claire', 'GUICHARD', dijon, {
      phone: '+33 3 80 00 00 00',
      notes: 'vue aux Rencontres',
    });
    await fixtures.officer(group, duplicate, 'SECRETARY');
    const [{ version }] = await api.dataSource.query('SELECT version FROM contacts WHERE id = $1', [duplicate]);
    const consented = await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateContact(id: $id, input: { consentStatus: GIVEN, consentSource: "formulaire", version: $v }) { id } }',
      { id: duplicate, v: version },
    );
    expect(consented.errors).toBeUndefined();
    const self = await api.graphql('mutation($k: ID!) { mergeContacts(keptId: $k, mergedId: $k) { id } }', { k: kept });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergedId' });
    const merged = await api.graphql<{ mergeContacts: { id: string } }>(
      'mutation($k: ID!, $m: ID!) { mergeContacts(keptId: $k, mergedId: $m) { id } }',
      { k: kept, m: duplicate },
    );
    expect(merged.errors).toBeUndefined();
    const result = await api.graphql<{ contact: Record<string, unknown> & { positions: unknown[]; offices: unknown[] } }>(
      `query($id: ID!) { contact(id: $id) { email phone notes consentStatus positions { title } offices { role group { name } } } }`,
      { id: kept },
    );
    expect(result.data!.contact).toMatchObject({
      email: 'claire@dijon.fr',
      phone: '+33 3 80 00 00 00',
      notes: 'vue aux Rencontres',
      consentStatus: 'GIVEN',
    });
    expect(result.data!.contact.positions).toHaveLength(2);
    expect(result.data!.contact.offices).toEqual([{ role: 'SECRETARY', group: { name: 'Groupe-pays Sénégal' } }]);
    const history = await api.graphql<{ history: { nodes: { action: string }[] } }>(
      'query($id: ID!) { history(entityType: "Contact", entityId: $id, page: { limit: 50 }) { nodes { action } } }',
      { id: kept },
    );
    expect(history.data!.history.nodes.map((node) => node.action)).toEqual(
      expect.arrayContaining(['MERGE', 'CREATE', 'CREATE', 'UPDATE']),
    );
    expect((await api.graphql(CONTACT, { id: duplicate })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('shows integrations only the contacts who consented, unless the token has contacts:all', async () => {
    const consenting = await fixtures.contact('Rémy', 'Rioux', paris, {
      consentStatus: 'GIVEN',
      consentSource: 'newsletter form',
    });
    const silent = await fixtures.contact('Jean-Baptiste', 'Lemoyne', paris);
    const read = (await api.apiToken(['contacts:read'])).token;
    const all = (await api.apiToken(['contacts:all'])).token;
    const ids = async (token: string) =>
      (
        await api.graphql<{ contacts: { nodes: { id: string }[] } }>(
          '{ contacts(page: { limit: 1000 }) { nodes { id consentStatus } } }',
          {},
          { token },
        )
      ).data!.contacts.nodes.map((node) => node.id);
    expect(await ids(read)).toContain(consenting);
    expect(await ids(read)).not.toContain(silent);
    expect(await ids(all)).toContain(silent);
    expect((await api.graphql(CONTACT, { id: silent }, { token: read })).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('exports everything held on a person, and erases a person keeping the counts', async () => {
    const id = await fixtures.contact('Adda', 'Bekkouche', paris, { email: 'adda@example.org', notes: 'président de groupe' });
    const exported = await api.graphql<{ exportContactData: string }>('mutation($id: ID!) { exportContactData(id: $id) }', {
      id,
    });
    const data = JSON.parse(exported.data!.exportContactData);
    expect(data.person).toMatchObject({ firstName: 'Adda', lastName: 'Bekkouche', email: 'adda@example.org' });
    expect(data.positions).toEqual([expect.objectContaining({ title: 'Maire', organisation: 'Paris' })]);
    const staff = await api.userWithRole('STAFF');
    expect(
      (await api.graphql('mutation($id: ID!) { exportContactData(id: $id) }', { id }, staff)).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');

    const countBefore = await api.graphql<{ collectivity: { contactCount: number } }>(
      'query($id: ID!) { collectivity(id: $id) { contactCount } }',
      { id: paris },
    );
    const erased = await api.graphql<{ eraseContact: Record<string, unknown> }>(
      'mutation($id: ID!) { eraseContact(id: $id) { firstName lastName email notes erasedAt } }',
      { id },
    );
    expect(erased.data!.eraseContact).toMatchObject({ firstName: 'Personne', lastName: 'anonymisée', email: null, notes: null });
    expect(erased.data!.eraseContact.erasedAt).not.toBeNull();
    const countAfter = await api.graphql<{ collectivity: { contactCount: number } }>(
      'query($id: ID!) { collectivity(id: $id) { contactCount } }',
      { id: paris },
    );
    expect(countAfter.data!.collectivity.contactCount).toBe(countBefore.data!.collectivity.contactCount);
    const traces = await api.dataSource.query(`SELECT changes::text AS changes, action FROM audit_entries WHERE entity_id = $1`, [
      id,
    ]);
    expect(traces.map((trace: { changes: string }) => trace.changes).join(' ')).not.toMatch(/Bekkouche|adda@example/);
    expect(traces.map((trace: { action: string }) => trace.action)).toEqual(expect.arrayContaining(['EXPORT', 'ERASE']));
  });

  it('refuses bad input with the field at fault, and changes nothing', async () => {
    const before = await contactCount();
    const bad: [Record<string, unknown>, string][] = [
      [{ firstName: '', lastName: 'X' }, 'firstName'],
      [{ firstName: 'X', lastName: 'Y', email: 'nope' }, 'email'],
      [
        {
          firstName: 'X',
          lastName: 'Y',
          confirmNotDuplicate: true,
          position: {
            collectivityId: '00000000-0000-4000-8000-000000000000',
            title: 'Maire',
            kind: 'ELECTED',
            startedOn: '2020-01-01',
          },
        },
        'collectivityId',
      ],
      [
        {
          firstName: 'X',
          lastName: 'Y',
          confirmNotDuplicate: true,
          position: { collectivityId: dijon, title: 'Maire', kind: 'ELECTED', startedOn: '2020-01-01', endedOn: '2019-01-01' },
        },
        'endedOn',
      ],
    ];
    for (const [input, field] of bad) {
      const response = await api.graphql(CREATE, { input });
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions.field).toMatch(new RegExp(field));
    }
    expect(await contactCount()).toBe(before);
  });

  it('lists 50 contacts with their organisations and groups in a bounded number of queries', async () => {
    const group = await fixtures.countryGroup('Groupe-pays Liban', ['LB']);
    const communes = (
      await api.dataSource.query(
        `SELECT id FROM collectivities WHERE kind = 'COMMUNE' ORDER BY population DESC NULLS LAST LIMIT 60`,
      )
    ).map((row: { id: string }) => row.id);
    await fixtures.addMembers(group, communes.slice(0, 30));
    for (const [index, commune] of communes.entries()) await fixtures.contact(`Élu${index}`, `Numéro${index}`, commune);
    const page = `{ contacts(page: { limit: 50 }) { nodes { lastName positions(current: true) { title collectivity { name department { name } } } groups { name } offices { role } } } }`;
    api.queryCounter.reset();
    const small = await api.graphql<{ contacts: { nodes: unknown[] } }>(page.replace('limit: 50', 'limit: 5'));
    const smallQueries = api.queryCounter.queries.length;
    api.queryCounter.reset();
    const large = await api.graphql<{ contacts: { nodes: { groups: unknown[] }[] } }>(page);
    expect(large.errors).toBeUndefined();
    expect(small.data!.contacts.nodes).toHaveLength(5);
    expect(large.data!.contacts.nodes).toHaveLength(50);
    expect(api.queryCounter.queries.length).toBe(smallQueries);
    expect(api.queryCounter.queries.length).toBeLessThanOrEqual(10);
  });
});

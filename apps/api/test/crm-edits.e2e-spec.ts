import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crmFixtures } from './support/crm-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('editing and removing contacts, positions, groups and cooperations', () => {
  let api: TestApp;
  let fixtures: ReturnType<typeof crmFixtures>;
  let dijon: string;

  beforeAll(async () => {
    api = await startTestApp();
    fixtures = crmFixtures(api);
    dijon = await fixtures.communeId('21231');
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists possible duplicates before creating, accent- and case-insensitively', async () => {
    await fixtures.contact('Élodie', 'Mérieux', dijon, { email: 'elodie@dijon.fr' });
    const found = await api.graphql<{ possibleDuplicateContacts: { lastName: string }[] }>(
      'query($c: ID) { possibleDuplicateContacts(firstName: "elodie", lastName: "MERIEUX", collectivityId: $c) { lastName } }',
      { c: dijon },
    );
    expect(found.data!.possibleDuplicateContacts).toEqual([{ lastName: 'Mérieux' }]);
    const byEmail = await api.graphql<{ possibleDuplicateContacts: unknown[] }>(
      'query { possibleDuplicateContacts(firstName: "X", lastName: "Y", email: "Elodie@Dijon.fr") { id } }',
    );
    expect(byEmail.data!.possibleDuplicateContacts).toHaveLength(1);
  });

  it('updates a contact with its version, refusing a stale one and an email already used', async () => {
    const id = await fixtures.contact('Paul', 'Martin', dijon);
    const other = await fixtures.contact('Marie', 'Durand', dijon, { email: 'marie@dijon.fr' });
    const updated = await api.graphql<{ updateContact: { version: number; phone: string } }>(
      'mutation($id: ID!) { updateContact(id: $id, input: { version: 1, phone: "+33 6 00 00 00 00" }) { version phone } }',
      { id },
    );
    expect(updated.data!.updateContact).toEqual({ version: 2, phone: '+33 6 00 00 00 00' });
    const stale = await api.graphql('mutation($id: ID!) { updateContact(id: $id, input: { version: 1, notes: "x" }) { id } }', {
      id,
    });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const taken = await api.graphql(
      'mutation($id: ID!) { updateContact(id: $id, input: { version: 2, email: "MARIE@dijon.fr" }) { id } }',
      { id },
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'email' });
    expect(other).toBeDefined();
  });

  it('saves a form sent back unchanged without a new version or a journal entry, so nobody else is refused', async () => {
    const id = await fixtures.contact('Inès', 'Roussel', dijon, { email: 'ines@dijon.fr' });
    const journal = async () =>
      (await api.dataSource.query('SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1', [id]))[0].n as number;
    const entriesBefore = await journal();
    // the console sends every field of the form; the email differs only in case, as typed
    const same = await api.graphql<{ updateContact: { version: number } }>(
      'mutation($id: ID!) { updateContact(id: $id, input: { version: 1, firstName: "Inès", lastName: "Roussel", email: "INES@dijon.fr", phone: null }) { version } }',
      { id },
    );
    expect(same.data!.updateContact.version).toBe(1);
    expect(await journal()).toBe(entriesBefore);
    // a colleague who opened the contact at version 1 still saves a real change
    const real = await api.graphql<{ updateContact: { version: number; notes: string } }>(
      'mutation($id: ID!) { updateContact(id: $id, input: { version: 1, notes: "Rencontrée à Dijon" }) { version notes } }',
      { id },
    );
    expect(real.data!.updateContact).toEqual({ version: 2, notes: 'Rencontrée à Dijon' });
    expect(await journal()).toBe(entriesBefore + 1);
  });

  it('deletes a position entered by mistake', async () => {
    const id = await fixtures.contact('Léa', 'Petit', dijon);
    const [position] = await api.dataSource.query('SELECT id FROM positions WHERE contact_id = $1', [id]);
    const deleted = await api.graphql('mutation($id: ID!) { deletePosition(id: $id) { id } }', { id: position.id });
    expect(deleted.errors).toBeUndefined();
    const contact = await api.graphql<{ contact: { positions: unknown[] } }>(
      'query($id: ID!) { contact(id: $id) { positions { id } } }',
      { id },
    );
    expect(contact.data!.contact.positions).toEqual([]);
  });

  it('updates a group within its kind, and deletes it', async () => {
    const group = await fixtures.countryGroup('Groupe-pays Bénin', ['BJ']);
    const updated = await api.graphql<{ updateGroup: { name: string; countries: string[] } }>(
      'mutation($id: ID!) { updateGroup(id: $id, input: { version: 1, name: "Groupe-pays Bénin-Togo", countries: ["BJ", "tg"] }) { name ... on CountryGroup { countries } } }',
      { id: group },
    );
    expect(updated.data!.updateGroup).toEqual({ name: 'Groupe-pays Bénin-Togo', countries: ['BJ', 'TG'] });
    const themeOnCountry = await api.graphql(
      'mutation($id: ID!) { updateGroup(id: $id, input: { version: 2, theme: "Eau" }) { id } }',
      { id: group },
    );
    expect(themeOnCountry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'theme' });
    const stale = await api.graphql('mutation($id: ID!) { updateGroup(id: $id, input: { version: 1, name: "Old" }) { id } }', {
      id: group,
    });
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const duplicateName = await api.graphql(
      'mutation { createCountryGroup(input: { name: "Groupe-pays Bénin-Togo", countries: ["BJ"] }) { id } }',
    );
    expect(duplicateName.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', field: 'name' });
    expect((await api.graphql('mutation($id: ID!) { deleteGroup(id: $id) { id } }', { id: group })).errors).toBeUndefined();
    expect((await api.graphql('query($id: ID!) { group(id: $id) { id } }', { id: group })).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('updates, ends and deletes a cooperation', async () => {
    const foreign = await api.graphql<{ createCollectivity: { id: string } }>(
      'mutation { createCollectivity(input: { name: "Ville de Cotonou", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "BJ" }) { id } }',
    );
    const created = await api.graphql<{ createCooperation: { id: string } }>(
      'mutation($input: CreateCooperationInput!) { createCooperation(input: $input) { id } }',
      {
        input: {
          frenchCollectivityId: dijon,
          foreignCollectivityId: foreign.data!.createCollectivity.id,
          kind: 'TWINNING',
          since: '2005-01-01',
        },
      },
    );
    const id = created.data!.createCooperation.id;
    const backwards = await api.graphql(
      'mutation($id: ID!) { updateCooperation(id: $id, input: { version: 1, endedOn: "2001-01-01" }) { id } }',
      { id },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn' });
    const ended = await api.graphql<{ updateCooperation: { endedOn: string; themes: string[] } }>(
      'mutation($id: ID!) { updateCooperation(id: $id, input: { version: 1, endedOn: "2020-12-31", themes: ["culture"] }) { endedOn themes } }',
      { id },
    );
    expect(ended.data!.updateCooperation).toEqual({ endedOn: '2020-12-31', themes: ['culture'] });
    const cotonou = foreign.data!.createCollectivity.id;
    const inUse = await api.graphql('mutation($id: ID!) { deleteCollectivity(id: $id) { id } }', { id: cotonou });
    expect(inUse.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await api.graphql('mutation($id: ID!) { deleteCooperation(id: $id) { id } }', { id })).errors).toBeUndefined();
    expect(
      (await api.graphql('mutation($id: ID!) { deleteCollectivity(id: $id) { id } }', { id: cotonou })).errors,
    ).toBeUndefined();
    const remaining = await api.graphql<{ collectivity: { cooperations: unknown[] } }>(
      'query($id: ID!) { collectivity(id: $id) { cooperations { id } } }',
      { id: dijon },
    );
    expect(remaining.data!.collectivity.cooperations).toEqual([]);
  });
});

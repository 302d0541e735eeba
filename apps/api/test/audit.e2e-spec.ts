import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

const HISTORY = `query($id: ID!) { history(entityType: "Collectivity", entityId: $id) {
  totalCount nodes { action actorType actorLabel entityType changes { field before after } } } }`;

interface History {
  history: {
    totalCount: number;
    nodes: {
      action: string;
      actorType: string;
      actorLabel: string;
      changes: { field: string; before: string | null; after: string | null }[];
    }[];
  };
}

describe('audit trail', () => {
  let api: TestApp;
  let dijonId: string;
  beforeAll(async () => {
    api = await startTestApp();
    dijonId = (await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = 'COMMUNE' AND insee_code = '21231'`))[0].id;
  });
  afterAll(async () => {
    await api.close();
  });
  /** The version a client would have read before its update. */
  const versionOf = async (id: string) =>
    (await api.dataSource.query('SELECT version FROM collectivities WHERE id = $1', [id]))[0].version as number;

  it('records who changed which fields, before and after, newest first', async () => {
    const staff = await api.userWithRole('STAFF');
    await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateCollectivity(id: $id, input: { membershipStatus: MEMBER, memberSince: "2001-03-12", version: $v }) { id } }',
      { id: dijonId, v: await versionOf(dijonId) },
      staff,
    );
    await api.graphql(
      'mutation($id: ID!, $v: Int!) { updateCollectivity(id: $id, input: { notes: "Ville du président", version: $v }) { id } }',
      { id: dijonId, v: await versionOf(dijonId) },
      staff,
    );
    const history = (await api.graphql<History>(HISTORY, { id: dijonId }, staff)).data!.history;
    expect(history.totalCount).toBe(2);
    expect(history.nodes[0]).toEqual({
      action: 'UPDATE',
      actorType: 'USER',
      actorLabel: staff.email,
      entityType: 'Collectivity',
      changes: [{ field: 'notes', before: null, after: '"Ville du président"' }],
    });
    expect(history.nodes[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'membershipStatus', before: '"NONE"', after: '"MEMBER"' },
        { field: 'memberSince', before: null, after: '"2001-03-12"' },
      ]),
    );
    expect(history.nodes[1]!.changes.map((change) => change.field)).not.toContain('version');
  });

  it('records creation and deletion, and nothing for a refused change', async () => {
    const created = await api.graphql<{ createCollectivity: { id: string } }>(
      'mutation { createCollectivity(input: { name: "Ville de Tombouctou", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "ML" }) { id } }',
    );
    const id = created.data!.createCollectivity.id;
    await api.graphql('mutation($id: ID!) { updateCollectivity(id: $id, input: { email: "not an email", version: 1 }) { id } }', {
      id,
    });
    await api.graphql('mutation($id: ID!) { updateCollectivity(id: $id, input: { version: 99, notes: "stale" }) { id } }', {
      id,
    });
    await api.graphql('mutation($id: ID!) { deleteCollectivity(id: $id) { id } }', { id });
    const history = (await api.graphql<History>(HISTORY, { id })).data!.history;
    expect(history.nodes.map((node) => node.action)).toEqual(['DELETE', 'CREATE']);
    expect(history.nodes[1]!.changes).toEqual(
      expect.arrayContaining([{ field: 'name', before: null, after: '"Ville de Tombouctou"' }]),
    );
  });

  it('keeps the change and its trace together: a failing trace leaves the record unchanged', async () => {
    await api.dataSource.query(
      `ALTER TABLE audit_entries ADD CONSTRAINT audit_test_refuse CHECK (entity_type <> 'Collectivity') NOT VALID`,
    );
    try {
      const response = await api.graphql(
        'mutation($id: ID!, $v: Int!) { updateCollectivity(id: $id, input: { notes: "untraced", version: $v }) { id } }',
        { id: dijonId, v: await versionOf(dijonId) },
      );
      expect(response.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await api.dataSource.query('ALTER TABLE audit_entries DROP CONSTRAINT audit_test_refuse');
    }
    const [dijon] = await api.dataSource.query('SELECT notes FROM collectivities WHERE id = $1', [dijonId]);
    expect(dijon.notes).not.toBe('untraced');
  });

  it('shows the journal of everything to an ADMIN only, and audits user management without secrets', async () => {
    const journal = await api.graphql<{
      auditEntries: { totalCount: number; nodes: { entityType: string; changes: { field: string }[] }[] };
    }>('{ auditEntries(page: { limit: 100 }) { totalCount nodes { entityType changes { field } } } }');
    expect(journal.data!.auditEntries.totalCount).toBeGreaterThan(3);
    const userEntries = journal.data!.auditEntries.nodes.filter((node) => node.entityType === 'User');
    expect(userEntries.length).toBeGreaterThan(0);
    expect(JSON.stringify(userEntries)).not.toMatch(/passwordHash|argon2/);
    const staff = await api.userWithRole('STAFF');
    expect((await api.graphql('{ auditEntries { totalCount } }', {}, staff)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

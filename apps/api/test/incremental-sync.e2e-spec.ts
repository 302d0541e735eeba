import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { QueryRunner } from 'typeorm';
import { READ_MARK } from '../src/common/read/read.service.js';
import { startTestApp, type Credentials, type TestApp } from './support/test-app.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

interface SyncPage {
  nodes: { id: string; website: string | null }[];
  hasNextPage: boolean;
  endCursor: string;
}

const SYNC = `query Sync($page: PageInput) {
  collectivities(page: $page) { nodes { id website } hasNextPage endCursor }
}`;

describe('incremental sync', () => {
  let api: TestApp;
  let reader: Credentials;
  let since: string;
  let ids: string[];

  const write = (id: string, website: string, runner?: QueryRunner) =>
    (runner ?? api.dataSource).query(`UPDATE collectivities SET website = $2, updated_at = now() WHERE id = $1`, [id, website]);

  /** Every page from the cursor (or the date) until no more is settled; the cursor to resume from. */
  async function syncAll(from: { after?: string; updatedSince?: string }, seen: [string, string | null][], limit = 7) {
    let page: Record<string, unknown> = { ...from, limit };
    for (;;) {
      const response = await api.graphql<{ collectivities: SyncPage }>(SYNC, { page }, reader);
      expect(response.errors).toBeUndefined();
      const result = response.data!.collectivities;
      for (const node of result.nodes) seen.push([node.id, node.website]);
      page = { after: result.endCursor, limit };
      if (!result.hasNextPage) return result.endCursor;
    }
  }

  beforeAll(async () => {
    api = await startTestApp();
    reader = { token: (await api.apiToken(['collectivities:read', 'contacts:all'])).token };
    ids = (
      (await api.dataSource.query(`SELECT id FROM collectivities WHERE kind = 'COMMUNE' ORDER BY insee_code LIMIT 60`)) as {
        id: string;
      }[]
    ).map((row) => row.id);
    [{ since }] = (await api.dataSource.query(
      `SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS since`,
    )) as {
      since: string;
    }[];
  });
  afterAll(async () => {
    await api.close();
  });

  it('never misses a change nor serves one twice while another connection edits, even a transaction that commits after the reader passed', async () => {
    for (const [index, id] of ids.slice(0, 40).entries()) await write(id, `https://v1.example/${index}`);
    const seen: [string, string | null][] = [];

    // A first stretch of pages, with edits landing between them.
    const first = await api.graphql<{ collectivities: SyncPage }>(SYNC, { page: { updatedSince: since, limit: 7 } }, reader);
    expect(first.errors).toBeUndefined();
    for (const node of first.data!.collectivities.nodes) seen.push([node.id, node.website]);
    await write(first.data!.collectivities.nodes[0]!.id, 'https://v2.example/already-read');
    await write(ids[39]!, 'https://v2.example/not-yet-read');

    // A transaction that began before and writes late, then one that begins after it and commits at once:
    // the second's updated_at is newer, yet the first commits later.
    const early = api.dataSource.createQueryRunner();
    await early.connect();
    await early.startTransaction();
    await early.query(`SELECT now()`);
    const holding = api.dataSource.createQueryRunner();
    await holding.connect();
    await holding.startTransaction();
    await write(ids[40]!, 'https://v2.example/held', holding);
    await write(ids[41]!, 'https://v2.example/after-the-holder');
    await write(ids[42]!, 'https://v2.example/started-early', early);

    let cursor = await syncAll({ after: first.data!.collectivities.endCursor }, seen);
    // Nothing at or past the uncommitted transactions was served.
    const served = new Set(seen.map(([id]) => id));
    expect(served.has(ids[40]!)).toBe(false);
    expect(served.has(ids[41]!)).toBe(false);
    expect(served.has(ids[42]!)).toBe(false);

    await early.commitTransaction();
    await early.release();
    await holding.commitTransaction();
    await holding.release();
    await write(ids[43]!, 'https://v3.example/last');
    cursor = await syncAll({ after: cursor }, seen);

    // Every row's current state was read, each state once.
    const current = (await api.dataSource.query(`SELECT id, website FROM collectivities WHERE updated_at >= $1::timestamptz`, [
      since,
    ])) as {
      id: string;
      website: string;
    }[];
    const lastSeen = new Map(seen);
    for (const row of current) expect(lastSeen.get(row.id)).toBe(row.website);
    expect(new Set(seen.map(([id, website]) => `${id} ${website}`)).size).toBe(seen.length);
    expect(current.length).toBe(44);

    // A later run from the kept cursor finds nothing new, then just the next change.
    const again: [string, string | null][] = [];
    cursor = await syncAll({ after: cursor }, again);
    expect(again).toEqual([]);
    await write(ids[0]!, 'https://v4.example/next-run');
    await syncAll({ after: cursor }, again);
    expect(again).toEqual([[ids[0], 'https://v4.example/next-run']]);
  });

  it('reads deletions and erasures as tombstones, each caller only those of types it may read', async () => {
    const created = await api.graphql<{ createCollectivity: { id: string } }>(
      `mutation { createCollectivity(input: { name: "Commune de Saint-Louis", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "SN" }) { id } }`,
    );
    const collectivityId = created.data!.createCollectivity.id;
    const contact = await api.graphql<{ createContact: { id: string } }>(
      `mutation { createContact(input: { firstName: "Awa", lastName: "Ndiaye", email: "awa.ndiaye@example.org" }) { id } }`,
    );
    const contactId = contact.data!.createContact.id;
    expect(
      (await api.graphql(`mutation($id: ID!) { deleteCollectivity(id: $id) { id } }`, { id: collectivityId })).errors,
    ).toBeUndefined();
    expect((await api.graphql(`mutation($id: ID!) { eraseContact(id: $id) { id } }`, { id: contactId })).errors).toBeUndefined();

    const TOMBSTONES = `query($page: PageInput) { tombstones(page: $page) { nodes { id type kind at } hasNextPage endCursor } }`;
    const all = await api.graphql<{ tombstones: { nodes: { id: string; type: string; kind: string }[] } }>(
      TOMBSTONES,
      { page: { updatedSince: since } },
      reader,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.tombstones.nodes).toEqual([
      expect.objectContaining({ id: collectivityId, type: 'Collectivity', kind: 'DELETED' }),
      expect.objectContaining({ id: contactId, type: 'Contact', kind: 'ERASED' }),
    ]);

    // The erased person is no longer in the synced contacts.
    const contacts = await api.graphql<{ contacts: { nodes: { id: string }[] } }>(
      `query($page: PageInput) { contacts(page: $page) { nodes { id } } }`,
      { page: { updatedSince: since } },
      reader,
    );
    expect(contacts.data!.contacts.nodes.map((node) => node.id)).not.toContain(contactId);

    // A token that reads no contacts learns of no contact's erasure.
    const narrow = { token: (await api.apiToken(['collectivities:read'])).token };
    const some = await api.graphql<{ tombstones: { nodes: { id: string }[] } }>(
      TOMBSTONES,
      { page: { updatedSince: since } },
      narrow,
    );
    expect(some.data!.tombstones.nodes.map((node) => node.id)).toEqual([collectivityId]);
  });

  it('reads a synced page of collectivities from their own position: in index order by a cursor, from the rows changed since a date', async () => {
    /** The plan PostgreSQL makes for the page's statement: each node's type and the index or table it reads. */
    const planOf = async (page: Record<string, unknown>) => {
      api.queryCounter.reset();
      expect((await api.graphql(SYNC, { page }, reader)).errors).toBeUndefined();
      const index = api.queryCounter.queries.findIndex((query) => query.startsWith(READ_MARK));
      // A page's rows are copied out (COPY (SELECT …) TO STDOUT): its plan is the SELECT's.
      const statement = api.queryCounter.queries[index]!.slice(READ_MARK.length).replace(/^\s*COPY \(([^]*)\) TO STDOUT$/, '$1');
      const [{ 'QUERY PLAN': plan }] = (await api.dataSource.query(
        `EXPLAIN (FORMAT JSON) ${statement}`,
        api.queryCounter.parameters[index],
      )) as { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
      const nodes: string[] = [];
      const walk = (node: PlanNode) => {
        nodes.push(`${node['Node Type']} ${node['Index Name'] ?? node['Relation Name'] ?? ''}`.trim());
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(plan[0].Plan);
      return nodes;
    };
    const first = await api.graphql<{ collectivities: SyncPage }>(SYNC, { page: { updatedSince: since, limit: 5 } }, reader);
    const byCursor = await planOf({ after: first.data!.collectivities.endCursor, limit: 5 });
    expect(byCursor).toContain('Index Scan collectivities_sync_position_idx');
    expect(byCursor.filter((node) => /^(Sort|Seq Scan)|sync_changes/.test(node))).toEqual([]);
    const sinceDate = await planOf({ updatedSince: since, limit: 5 });
    expect(sinceDate.some((node) => node.includes('collectivities_sync_changed_at_idx'))).toBe(true);
    expect(sinceDate.filter((node) => /^Seq Scan|sync_changes/.test(node))).toEqual([]);
  });

  it('serves a collectivity created again under a removed id as a row, no longer as a tombstone', async () => {
    const [row] = (await api.dataSource.query(
      `INSERT INTO collectivities (name, kind, country_code) VALUES ('Ville de Kairouan', 'FOREIGN_LOCAL_GOVERNMENT', 'TN') RETURNING *`,
    )) as Record<string, unknown>[];
    const id = row!['id'] as string;
    await api.dataSource.query(`DELETE FROM collectivities WHERE id = $1`, [id]);
    const TOMBSTONES = `query($page: PageInput) { tombstones(page: $page) { nodes { id } } }`;
    const tombstones = async () =>
      (
        await api.graphql<{ tombstones: { nodes: { id: string }[] } }>(TOMBSTONES, { page: { updatedSince: since } }, reader)
      ).data!.tombstones.nodes.map((node) => node.id);
    expect(await tombstones()).toContain(id);

    // Put back as it was (a restore): a row again, its tombstone gone.
    await api.dataSource.query(
      `INSERT INTO collectivities (id, name, kind, country_code) VALUES ($1, 'Ville de Kairouan', 'FOREIGN_LOCAL_GOVERNMENT', 'TN')`,
      [id],
    );
    expect(await tombstones()).not.toContain(id);
    const seen: [string, string | null][] = [];
    await syncAll({ updatedSince: since }, seen, 50);
    expect(seen.map(([seenId]) => seenId)).toContain(id);
  });

  it("syncs a group's members as a nested page, by its own cursor", async () => {
    const group = await api.graphql<{ createThematicGroup: { id: string } }>(
      `mutation { createThematicGroup(input: { name: "Climat et transition", theme: "Climat" }) { id } }`,
    );
    const groupId = group.data!.createThematicGroup.id;
    const MEMBERS = `query($id: ID!, $page: PageInput) { group(id: $id) { members(page: $page) { nodes { collectivity { id } } hasNextPage endCursor } } }`;
    const members = async (page: Record<string, unknown>) =>
      (
        await api.graphql<{ group: { members: SyncPage & { nodes: { collectivity: { id: string } }[] } } }>(
          MEMBERS,
          { id: groupId, page },
          reader,
        )
      ).data!.group.members;
    const emptyRun = await members({ updatedSince: since });
    expect(emptyRun.nodes).toEqual([]);
    await api.graphql(`mutation($g: ID!, $c: [ID!]!) { addGroupMembers(groupId: $g, collectivityIds: $c) { id } }`, {
      g: groupId,
      c: ids.slice(50, 53),
    });
    const next = await members({ after: emptyRun.endCursor, limit: 2 });
    const last = await members({ after: next.endCursor, limit: 2 });
    expect([...next.nodes, ...last.nodes].map((node) => node.collectivity.id).sort()).toEqual(ids.slice(50, 53).sort());
    expect(last.hasNextPage).toBe(false);
  });

  it('refuses a cursor altered or given by another list, a date in the future, and sync arguments where they do not apply', async () => {
    const page = await api.graphql<{ collectivities: SyncPage }>(SYNC, { page: { updatedSince: since, limit: 2 } }, reader);
    const cursor = page.data!.collectivities.endCursor;
    const reasonOf = async (query: string, variables: Record<string, unknown>) => {
      const response = await api.graphql(query, variables, reader);
      expect(response.data).toBeNull();
      return [response.errors?.[0]?.extensions.code, response.errors?.[0]?.extensions['reason']];
    };
    const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
    const altered = Buffer.from(decoded.replace(/~(\d+)~/, (_, xid: string) => `~${Number(xid) + 1}~`)).toString('base64url');
    expect(await reasonOf(SYNC, { page: { after: altered } })).toEqual(['BAD_USER_INPUT', 'INVALID_CURSOR']);
    expect(await reasonOf(SYNC, { page: { after: 'not a cursor' } })).toEqual(['BAD_USER_INPUT', 'INVALID_CURSOR']);
    expect(
      await reasonOf(`query($page: PageInput) { contacts(page: $page) { nodes { id } } }`, { page: { after: cursor } }),
    ).toEqual(['BAD_USER_INPUT', 'CURSOR_OF_ANOTHER_LIST']);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(await reasonOf(SYNC, { page: { updatedSince: tomorrow } })).toEqual(['BAD_USER_INPUT', 'UPDATED_SINCE_IN_FUTURE']);
    expect(await reasonOf(SYNC, { page: { after: cursor, offset: 10 } })).toEqual(['BAD_USER_INPUT', 'CURSOR_WITH_OFFSET']);
    const users = await api.graphql(`query($page: PageInput) { users(page: $page) { nodes { id } } }`, {
      page: { after: cursor },
    });
    expect(users.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SYNC_NOT_SUPPORTED' });
  });
});

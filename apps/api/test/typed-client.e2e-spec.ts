import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiError, createClient, type Client } from '@territoria/client';
import { SyncCollectivitiesDocument } from '@territoria/client/operations';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from './support/test-app.js';
import { untilChangesSyncable } from './support/until.js';

const EXAMPLE = fileURLToPath(new URL('../../../packages/client/dist/examples/mirror-members.js', import.meta.url));

describe('the typed client and the members mirror example', () => {
  let api: TestApp;
  let token: string;
  let client: Client;
  let since: string;
  let folder: string;

  const communes = async (count: number) =>
    (
      (await api.dataSource.query(`SELECT id, name FROM collectivities WHERE kind = 'COMMUNE' ORDER BY insee_code LIMIT $1`, [
        count,
      ])) as { id: string; name: string }[]
    ).map((row) => row.id);

  beforeAll(async () => {
    api = await startTestApp();
    token = (await api.apiToken(['collectivities:read'])).token;
    client = createClient({ url: `${api.baseUrl}/graphql`, token });
    since = new Date(Date.now() - 1000).toISOString();
    folder = await mkdtemp(path.join(os.tmpdir(), 'territoria-mirror-'));
  });
  afterAll(async () => {
    await api.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('requests with a typed document and pages through a list with the sync cursor', async () => {
    const ids = await communes(12);
    await api.dataSource.query(`UPDATE collectivities SET website = 'https://mairie.example/' || insee_code WHERE id = ANY($1)`, [
      ids,
    ]);
    await untilChangesSyncable(api.dataSource);

    const first = await client.request(SyncCollectivitiesDocument, { page: { updatedSince: since, limit: 5 } });
    expect(first.collectivities.nodes).toHaveLength(5);
    expect(first.collectivities.hasNextPage).toBe(true);

    const pages: string[][] = [];
    for await (const page of client.iterate(SyncCollectivitiesDocument, { page: { updatedSince: since, limit: 5 } })) {
      pages.push(page.nodes.map((node) => node.id));
    }
    expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
    expect(pages.flat().sort()).toEqual([...ids].sort());
  });

  it('throws a typed error carrying the code and the reason', async () => {
    const refusal = await client
      .request(SyncCollectivitiesDocument, { page: { after: 'tampered' } })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
    const stranger = createClient({ url: `${api.baseUrl}/graphql`, token: 'trt_unknown' });
    await expect(stranger.request(SyncCollectivitiesDocument, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('mirrors the members into a CSV file, fully then incrementally', async () => {
    const [kept, leaving, joining] = await communes(3);
    await api.dataSource.query(
      `UPDATE collectivities SET membership_status = 'MEMBER', member_since = '2020-01-01' WHERE id = ANY($1)`,
      [[kept, leaving]],
    );
    const created = await api.graphql<{ createCollectivity: { id: string } }>(
      `mutation { createCollectivity(input: { name: "Commune de Saint-Louis", kind: FOREIGN_LOCAL_GOVERNMENT, countryCode: "SN", membershipStatus: MEMBER }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    const deleted = created.data!.createCollectivity.id;

    const file = path.join(folder, 'members.csv');
    const run = async () => {
      await untilChangesSyncable(api.dataSource);
      const { stdout } = await promisify(execFile)(process.execPath, [EXAMPLE, file], {
        env: { PATH: process.env.PATH ?? '', TERRITORIA_URL: `${api.baseUrl}/graphql`, TERRITORIA_TOKEN: token },
      });
      return JSON.parse(stdout) as { members: number; added: number; updated: number; removed: number };
    };
    const idsInFile = async () =>
      (await readFile(file, 'utf8'))
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0]);

    expect(await run()).toEqual({ members: 3, added: 3, updated: 0, removed: 0 });
    expect((await idsInFile()).sort()).toEqual([kept, leaving, deleted].sort());

    await api.dataSource.query(`UPDATE collectivities SET website = 'https://www.kept.example' WHERE id = $1`, [kept]);
    await api.dataSource.query(
      `UPDATE collectivities SET membership_status = 'FORMER_MEMBER', member_until = '2026-01-01' WHERE id = $1`,
      [leaving],
    );
    await api.dataSource.query(
      `UPDATE collectivities SET membership_status = 'MEMBER', member_since = '2026-01-01' WHERE id = $1`,
      [joining],
    );
    expect(
      (await api.graphql(`mutation($id: ID!) { deleteCollectivity(id: $id) { id } }`, { id: deleted })).errors,
    ).toBeUndefined();

    // Only what changed is read: one updated, one added, two gone.
    expect(await run()).toEqual({ members: 2, added: 1, updated: 1, removed: 2 });
    expect((await idsInFile()).sort()).toEqual([kept, joining].sort());
    expect(await readFile(file, 'utf8')).toContain('https://www.kept.example');
    expect(await run()).toEqual({ members: 2, added: 0, updated: 0, removed: 0 });
  }, 180_000);
});

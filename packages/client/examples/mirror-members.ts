/**
 * Mirrors the member collectivities into a CSV file, with an API token (scope collectivities:read):
 * the first run reads every collectivity, the next ones only what changed since the last run
 * (a collectivity that left the members, or was deleted, leaves the file).
 *
 *   TERRITORIA_URL=https://crm.example.org/graphql TERRITORIA_TOKEN=trt_… node dist/examples/mirror-members.js members.csv
 *
 * Where the last run stopped is kept beside the file (members.csv.cursors.json): delete it to
 * start again from scratch.
 */
import { parse } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createClient, type Client } from '@territoria/client';
import { SyncCollectivitiesDocument, TombstonesDocument } from '@territoria/client/operations';

const COLUMNS = [
  'id',
  'name',
  'kind',
  'inseeCode',
  'siren',
  'countryCode',
  'departmentCode',
  'population',
  'website',
  'memberSince',
  'updatedAt',
] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

interface Cursors {
  collectivities?: string;
  tombstones?: string;
}

export interface MirrorResult {
  members: number;
  added: number;
  updated: number;
  removed: number;
}

export async function mirrorMembers(client: Client, file: string): Promise<MirrorResult> {
  const cursorFile = `${file}.cursors.json`;
  const cursors: Cursors = existsSync(cursorFile) ? (JSON.parse(await readFile(cursorFile, 'utf8')) as Cursors) : {};
  const rows = new Map<string, Row>();
  if (existsSync(file) && cursors.collectivities) {
    for (const row of parse(await readFile(file, 'utf8'), { columns: true }) as Row[]) rows.set(row.id, row);
  }
  const result = { members: 0, added: 0, updated: 0, removed: 0 };
  const remove = (id: string) => rows.delete(id) && result.removed++;

  // Every collectivity changed since the last run: members are written, the others leave the file.
  for await (const page of client.iterate(SyncCollectivitiesDocument, { page: { limit: 1000, after: cursors.collectivities } })) {
    for (const node of page.nodes) {
      if (node.membershipStatus !== 'MEMBER') {
        remove(node.id);
        continue;
      }
      result[rows.has(node.id) ? 'updated' : 'added']++;
      rows.set(node.id, {
        id: node.id,
        name: node.name,
        kind: node.kind,
        inseeCode: node.inseeCode ?? '',
        siren: node.siren ?? '',
        countryCode: node.countryCode,
        departmentCode: node.departmentCode ?? '',
        population: node.population?.toString() ?? '',
        website: node.website ?? '',
        memberSince: node.memberSince ?? '',
        updatedAt: node.updatedAt,
      });
    }
    cursors.collectivities = page.endCursor ?? cursors.collectivities;
  }
  // Collectivities deleted since the last run.
  for await (const page of client.iterate(TombstonesDocument, {
    types: ['Collectivity'],
    page: { limit: 1000, after: cursors.tombstones },
  })) {
    for (const tombstone of page.nodes) remove(tombstone.id);
    cursors.tombstones = page.endCursor ?? cursors.tombstones;
  }

  // The file first, then the cursors: a run stopped in between reads the same changes again, which is harmless.
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id));
  const csv =
    [COLUMNS.join(','), ...sorted.map((row) => COLUMNS.map((column) => quote(row[column])).join(','))].join('\n') + '\n';
  await writeFile(`${file}.tmp`, csv);
  await rename(`${file}.tmp`, file);
  await writeFile(cursorFile, JSON.stringify(cursors, null, 2));
  return { ...result, members: rows.size };
}

function quote(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file = 'members.csv'] = process.argv.slice(2);
  const { TERRITORIA_URL: url, TERRITORIA_TOKEN: token } = process.env;
  if (!url || !token) {
    console.error('Set TERRITORIA_URL (the /graphql endpoint) and TERRITORIA_TOKEN (an API token with collectivities:read).');
    process.exit(2);
  }
  const result = await mirrorMembers(createClient({ url, token }), file);
  console.log(JSON.stringify(result));
}

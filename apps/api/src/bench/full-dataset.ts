import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { DATASET_NAME, MARKER_TABLE } from './full-dataset-shape.js';
import { HELPERS, steps } from './full-dataset-steps.js';

export { DATASET_FINGERPRINT, FULL_SCALE } from './full-dataset-shape.js';

/**
 * The full-scale data set: the whole official referential with 3,000 members, 100,000 people with
 * their positions, 300 partners, 52 groups with 20,000 memberships and their officers, and 16
 * editions of the Rencontres (200,000 participations in the first 15, about 17,000 in 2024).
 *
 * Everything is generated inside PostgreSQL (INSERT … SELECT over generate_series), every value
 * derived from hashint8extended() of a row number and a salt, every id from the md5() of a key: the
 * same data set, ids included, on every load. The referential itself is imported by the app on
 * its first start; its ids are then rewritten the same way.
 *
 * Rows go through the app's own constraints and generated columns (search_text and the like are
 * computed by PostgreSQL), so the API reads them as its own.
 */

export interface DatasetMarker {
  fingerprint: string;
  loadedAt: Date;
  loadMs: number | null;
  counts: Record<string, number>;
}

export async function readDatasetMarker(client: pg.ClientBase): Promise<DatasetMarker | null> {
  const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [MARKER_TABLE]);
  if (!exists.rows[0].present) return null;
  const rows = await client.query(`SELECT fingerprint, loaded_at, load_ms, counts FROM ${MARKER_TABLE} WHERE name = $1`, [
    DATASET_NAME,
  ]);
  const row = rows.rows[0];
  return row ? { fingerprint: row.fingerprint, loadedAt: row.loaded_at, loadMs: row.load_ms, counts: row.counts } : null;
}

export async function recordLoadTime(client: pg.ClientBase, loadMs: number): Promise<void> {
  await client.query(`UPDATE ${MARKER_TABLE} SET load_ms = $2 WHERE name = $1`, [DATASET_NAME, Math.round(loadMs)]);
}

/** The data set is generated on a CRM holding the referential and nothing else. */
export async function checkLoadable(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query(`SELECT
    (SELECT count(*) FROM collectivities WHERE from_referential)::int AS referential,
    (SELECT count(*) FROM collectivities WHERE NOT from_referential OR membership_status <> 'NONE')::int AS edited,
    (SELECT count(*) FROM contacts)::int AS contacts,
    (SELECT count(*) FROM partners)::int AS partners,
    (SELECT count(*) FROM groups)::int AS groups,
    (SELECT count(*) FROM events)::int AS events`);
  const state = rows[0];
  if (state.referential < 30_000) {
    throw new Error(
      `The database holds ${state.referential} collectivities of the referential: the app imports it on its first start, which did not happen.`,
    );
  }
  const other = ['edited', 'contacts', 'partners', 'groups', 'events'].filter((key) => state[key] > 0);
  if (other.length) {
    throw new Error(
      `The full-scale data set is generated on a CRM holding only the referential; this one has ${other.map((key) => `${key}: ${state[key]}`).join(', ')}. ` +
        'Use a fresh database (the bench-owned embedded one, or --reload-dataset there).',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/**
 * Generates the data set in one transaction (all or nothing), then vacuums and analyses so that
 * the first reads find the statistics and visibility maps of a settled database.
 */
export async function loadFullDataset(client: pg.ClientBase, log: (message: string) => void): Promise<DatasetMarker> {
  await checkLoadable(client);
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL work_mem = '128MB'`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const helper of HELPERS) await client.query(helper);
    for (const [label, statements] of steps()) {
      const started = performance.now();
      for (const statement of statements) {
        if (typeof statement === 'string') await client.query(statement);
        else await client.query(statement[0], statement[1]);
      }
      log(`data set: ${label} (${Math.round(performance.now() - started)} ms)`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const started = performance.now();
  await client.query('VACUUM (ANALYZE)');
  log(`data set: vacuum and analyse (${Math.round(performance.now() - started)} ms)`);
  return (await readDatasetMarker(client))!;
}

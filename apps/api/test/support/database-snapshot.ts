import pg from 'pg';

/** Per table (and materialised view) of the public schema: its row count and an md5 of its rows in key order; per sequence, its state. */
export type DatabaseSnapshot = Record<string, { rows: number; checksum: string } | { lastValue: string; isCalled: boolean }>;

const quote = (name: string) => pg.escapeIdentifier(name);

export async function snapshotDatabase(url: string): Promise<DatabaseSnapshot> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot of the whole database, as a backup sees it.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const relations = (
      await client.query<{ name: string; kind: string; key: string[] | null }>(`
        SELECT c.relname AS name, c.relkind AS kind,
          (SELECT array_agg(a.attname::text ORDER BY k.ord)
             FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE i.indrelid = c.oid AND i.indisprimary) AS key
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'm', 'S')
        ORDER BY c.relname`)
    ).rows;
    const snapshot: DatabaseSnapshot = {};
    for (const { name, kind, key } of relations) {
      if (kind === 'S') {
        const [state] = (
          await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quote(name)}`)
        ).rows;
        snapshot[name] = state;
        continue;
      }
      const order = key?.length ? key.map((column) => `t.${quote(column)}`).join(', ') : 't::text';
      const [figures] = (
        await client.query(
          `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY ${order}), '')) AS checksum FROM ${quote(name)} t`,
        )
      ).rows;
      snapshot[name] = figures;
    }
    await client.query('COMMIT');
    return snapshot;
  } finally {
    await client.end();
  }
}

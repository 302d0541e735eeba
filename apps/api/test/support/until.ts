/** Polls until the condition on the answer holds, and returns that answer: a test waits on state, not on a delay. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until every write transaction begun before this call has ended. A synced page serves the
 * changes below that horizon only (common/read/sync.ts), and the horizon is the whole PostgreSQL
 * server's: another test file's open transaction holds it back for a while.
 */
export async function untilChangesSyncable(dataSource: { query(sql: string): Promise<unknown> }): Promise<void> {
  const [{ xid }] = (await dataSource.query('SELECT pg_current_xact_id()::text AS xid')) as [{ xid: string }];
  await until(
    async () =>
      ((await dataSource.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin')) as [{ xmin: string }])[0].xmin,
    (xmin) => BigInt(xmin) > BigInt(xid),
  );
}

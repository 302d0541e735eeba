import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables an integration syncs, by the read type whose rows they hold. */
const TRACKED: readonly { table: string; type: string; stamped?: boolean }[] = [
  { table: 'collectivities', type: 'Collectivity', stamped: true },
  { table: 'contacts', type: 'Contact', stamped: true },
  { table: 'groups', type: 'Group', stamped: true },
  { table: 'group_members', type: 'GroupMember' },
  { table: 'partners', type: 'Partner', stamped: true },
  { table: 'partnerships', type: 'Partnership' },
  { table: 'membership_fees', type: 'MembershipFee' },
  { table: 'events', type: 'Event', stamped: true },
  { table: 'participations', type: 'Participation', stamped: true },
];

/** Records the rows of `rows` as changed by this transaction (removal: NULL, 'DELETED' or 'ERASED'). */
const record = (rows: string, removal: string) => `
  INSERT INTO sync_changes (type, row_id, xid, changed_at, removal)
  SELECT TG_ARGV[0], r.id, pg_current_xact_id()::text::bigint, now(), ${removal} FROM ${rows} r ORDER BY r.id
  ON CONFLICT (type, row_id) DO UPDATE SET xid = EXCLUDED.xid, changed_at = EXCLUDED.changed_at, removal = EXCLUDED.removal`;

/**
 * Incremental sync: the last change of every row of the synced tables, and the tombstones of
 * the deleted and erased ones, kept by statement triggers in the writing transaction.
 *
 * A row's position is the id of the transaction that last wrote it (xid8, as bigint), not its
 * updated_at: a transaction that started earlier but commits later would write an updated_at
 * older than rows a reader already passed. Readers are only served positions below the oldest
 * transaction still running (pg_snapshot_xmin), every one of which is settled, so no later
 * commit can land behind a cursor.
 */
export class IncrementalSync1797200000000 implements MigrationInterface {
  name = 'IncrementalSync1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sync_changes (
        type varchar(40) NOT NULL,
        row_id uuid NOT NULL,
        xid bigint NOT NULL,
        changed_at timestamptz NOT NULL,
        removal varchar(10),
        CONSTRAINT "PK_sync_changes" PRIMARY KEY (type, row_id))`);
    await queryRunner.query(`CREATE INDEX sync_changes_position_idx ON sync_changes (type, xid, row_id)`);
    await queryRunner.query(`CREATE INDEX sync_changes_changed_at_idx ON sync_changes (type, changed_at)`);
    await queryRunner.query(`CREATE INDEX sync_changes_removal_idx ON sync_changes (xid, row_id) WHERE removal IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION sync_record_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          ${record('old_rows', `'DELETED'`)};
        ELSIF TG_ARGV[1] = 'erasable' THEN
          ${record('new_rows', `CASE WHEN to_jsonb(r) ->> 'erased_at' IS NOT NULL THEN 'ERASED' END`)};
        ELSE
          ${record('new_rows', 'NULL')};
        END IF;
        RETURN NULL;
      END $$`);
    for (const { table, type, stamped } of TRACKED) {
      const args = table === 'contacts' ? `'${type}', 'erasable'` : `'${type}'`;
      await queryRunner.query(`CREATE TRIGGER ${table}_sync_insert AFTER INSERT ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_changes(${args})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_sync_update AFTER UPDATE ON ${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_changes(${args})`);
      await queryRunner.query(`CREATE TRIGGER ${table}_sync_delete AFTER DELETE ON ${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_changes(${args})`);
      // Rows written before: all at the first position, in id order.
      await queryRunner.query(
        `INSERT INTO sync_changes (type, row_id, xid, changed_at, removal)
         SELECT $1, t.id, 0, ${stamped ? 't.updated_at' : 'now()'},
           ${table === 'contacts' ? `CASE WHEN t.erased_at IS NOT NULL THEN 'ERASED' END` : 'NULL'} FROM ${table} t`,
        [type],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of TRACKED) {
      for (const operation of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER ${table}_sync_${operation} ON ${table}`);
      }
    }
    await queryRunner.query(`DROP FUNCTION sync_record_changes()`);
    await queryRunner.query(`DROP TABLE sync_changes`);
  }
}

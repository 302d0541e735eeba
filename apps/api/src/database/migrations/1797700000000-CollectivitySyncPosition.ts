import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A collectivity carries its own sync position (sync_xid, sync_changed_at), written by a row
 * trigger in the writing transaction, instead of a sync_changes row: a sync page of the largest
 * table then reads its rows in position order without a lookup per row. sync_changes keeps the
 * collectivities' tombstones only (the delete trigger), and a row inserted again under a removed
 * id takes its tombstone away.
 */
export class CollectivitySyncPosition1797700000000 implements MigrationInterface {
  name = 'CollectivitySyncPosition1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER collectivities_sync_insert ON collectivities`);
    await queryRunner.query(`DROP TRIGGER collectivities_sync_update ON collectivities`);
    await queryRunner.query(`ALTER TABLE collectivities ADD sync_xid bigint, ADD sync_changed_at timestamptz`);
    await queryRunner.query(`
      UPDATE collectivities c SET sync_xid = s.xid, sync_changed_at = s.changed_at
      FROM sync_changes s WHERE s.type = 'Collectivity' AND s.row_id = c.id`);
    await queryRunner.query(`UPDATE collectivities SET sync_xid = 0, sync_changed_at = updated_at WHERE sync_xid IS NULL`);
    await queryRunner.query(`ALTER TABLE collectivities ALTER sync_xid SET NOT NULL, ALTER sync_changed_at SET NOT NULL`);
    await queryRunner.query(`DELETE FROM sync_changes WHERE type = 'Collectivity' AND removal IS NULL`);
    await queryRunner.query(`CREATE INDEX collectivities_sync_position_idx ON collectivities (sync_xid, id)`);
    await queryRunner.query(`CREATE INDEX collectivities_sync_changed_at_idx ON collectivities (sync_changed_at)`);
    await queryRunner.query(`
      CREATE FUNCTION sync_stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.sync_xid := pg_current_xact_id()::text::bigint;
        NEW.sync_changed_at := now();
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER collectivities_sync_stamp BEFORE INSERT OR UPDATE ON collectivities
      FOR EACH ROW EXECUTE FUNCTION sync_stamp_row()`);
    await queryRunner.query(`
      CREATE FUNCTION sync_forget_tombstones() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM sync_changes s USING new_rows r WHERE s.type = TG_ARGV[0] AND s.row_id = r.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER collectivities_sync_insert AFTER INSERT ON collectivities
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_forget_tombstones('Collectivity')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER collectivities_sync_insert ON collectivities`);
    await queryRunner.query(`DROP FUNCTION sync_forget_tombstones()`);
    await queryRunner.query(`DROP TRIGGER collectivities_sync_stamp ON collectivities`);
    await queryRunner.query(`DROP FUNCTION sync_stamp_row()`);
    await queryRunner.query(`
      INSERT INTO sync_changes (type, row_id, xid, changed_at, removal)
      SELECT 'Collectivity', c.id, c.sync_xid, c.sync_changed_at, NULL FROM collectivities c
      ON CONFLICT (type, row_id) DO UPDATE SET xid = EXCLUDED.xid, changed_at = EXCLUDED.changed_at, removal = NULL`);
    await queryRunner.query(`DROP INDEX collectivities_sync_changed_at_idx`);
    await queryRunner.query(`DROP INDEX collectivities_sync_position_idx`);
    await queryRunner.query(`ALTER TABLE collectivities DROP COLUMN sync_changed_at, DROP COLUMN sync_xid`);
    for (const operation of ['INSERT', 'UPDATE']) {
      await queryRunner.query(`CREATE TRIGGER collectivities_sync_${operation.toLowerCase()} AFTER ${operation} ON collectivities
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_changes('Collectivity')`);
    }
  }
}

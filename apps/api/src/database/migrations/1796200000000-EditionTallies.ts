import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What each participation adds to its edition's figures: one key per figure it counts in. */
const KEYS = `(VALUES
    ('status', r.status),
    ('role', CASE WHEN r.status <> 'CANCELLED' THEN r.role END),
    ('country', CASE WHEN r.status <> 'CANCELLED' THEN r.country_code END),
    ('collectivity', CASE WHEN r.status <> 'CANCELLED' THEN r.collectivity_id::text END),
    ('delegation', CASE WHEN r.status <> 'CANCELLED' AND r.role = 'FOREIGN_DELEGATION' THEN ORGANISATION END),
    ('embassy', CASE WHEN r.status <> 'CANCELLED' AND r.role = 'EMBASSY' THEN ORGANISATION END),
    ('speaker', CASE WHEN r.status <> 'CANCELLED' AND r.role = 'SPEAKER' THEN r.contact_id::text END),
    ('partner', CASE WHEN r.status <> 'CANCELLED' THEN r.partner_id::text END)
  ) AS k(dimension, key)`.replace(
  /ORGANISATION/g,
  // An organisation counts once however many people it sent (the statistics' rule).
  `coalesce(r.collectivity_id::text, r.partner_id::text, 'name:' || r.organisation_search_text, 'country:' || r.country_code, r.id::text)`,
);

/** Adds the keys of `rows` (a table of participations) times `sign`, in a stable order so concurrent writers lock alike. */
const tally = (rows: string) => `
  INSERT INTO participation_tallies (event_id, dimension, key, total)
  SELECT event_id, dimension, key, sum(delta)::int FROM (${rows}) changes
  GROUP BY event_id, dimension, key ORDER BY event_id, dimension, key
  ON CONFLICT (event_id, dimension, key) DO UPDATE SET total = participation_tallies.total + EXCLUDED.total`;
const keysOf = (table: string, sign: number) =>
  `SELECT r.event_id, k.dimension, k.key, ${sign} AS delta FROM ${table} r CROSS JOIN LATERAL ${KEYS} WHERE k.key IS NOT NULL`;

/**
 * An edition's figures are read from tallies kept by statement triggers on participations
 * (a bulk import updates them once per statement), not counted over its thousands of rows.
 */
export class EditionTallies1796200000000 implements MigrationInterface {
  name = 'EditionTallies1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participation_tallies (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        dimension varchar(20) NOT NULL,
        key text NOT NULL,
        total integer NOT NULL,
        PRIMARY KEY (event_id, dimension, key))`);
    await queryRunner.query(`
      CREATE FUNCTION participations_tally() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${tally(keysOf('new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${tally(keysOf('old_rows', -1))};
        ELSE
          ${tally(`${keysOf('old_rows', -1)} UNION ALL ${keysOf('new_rows', 1)}`)};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER participations_tally_insert AFTER INSERT ON participations
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participations_tally()`);
    await queryRunner.query(`CREATE TRIGGER participations_tally_update AFTER UPDATE ON participations
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participations_tally()`);
    await queryRunner.query(`CREATE TRIGGER participations_tally_delete AFTER DELETE ON participations
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participations_tally()`);
    await queryRunner.query(tally(keysOf('participations', 1)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER participations_tally_${operation} ON participations`);
    }
    await queryRunner.query(`DROP FUNCTION participations_tally()`);
    await queryRunner.query(`DROP TABLE participation_tallies`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read path sorts an edition's participations by name through an index: the name (the
 * person's, else the organisation's) is kept in participations.sort_name by triggers, on the
 * participation's own changes and on renames of the person, collectivity or partner it names.
 */
export class ReadPath1795800000000 implements MigrationInterface {
  name = 'ReadPath1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participations" ADD "sort_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`
      CREATE FUNCTION participation_sort_name(contact uuid, collectivity uuid, partner uuid, organisation text) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT lower(coalesce(
          (SELECT c.last_name || ' ' || c.first_name FROM contacts c WHERE c.id = contact),
          (SELECT o.name FROM collectivities o WHERE o.id = collectivity),
          (SELECT p.name FROM partners p WHERE p.id = partner),
          organisation,
          ''))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION participations_set_sort_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.sort_name := participation_sort_name(NEW.contact_id, NEW.collectivity_id, NEW.partner_id, NEW.organisation_name);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER participations_sort_name BEFORE INSERT OR UPDATE OF contact_id, collectivity_id, partner_id, organisation_name
      ON participations FOR EACH ROW EXECUTE FUNCTION participations_set_sort_name()`);
    await queryRunner.query(`
      CREATE FUNCTION participations_rename() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE participations SET sort_name = participation_sort_name(contact_id, collectivity_id, partner_id, organisation_name)
        WHERE CASE TG_TABLE_NAME WHEN 'contacts' THEN contact_id WHEN 'collectivities' THEN collectivity_id ELSE partner_id END = NEW.id;
        RETURN NULL;
      END $$`);
    for (const [table, columns, condition] of [
      ['contacts', 'first_name, last_name', 'OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name'],
      ['collectivities', 'name', 'OLD.name IS DISTINCT FROM NEW.name'],
      ['partners', 'name', 'OLD.name IS DISTINCT FROM NEW.name'],
    ] as const) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_rename_participations AFTER UPDATE OF ${columns} ON ${table}
         FOR EACH ROW WHEN (${condition}) EXECUTE FUNCTION participations_rename()`,
      );
    }
    await queryRunner.query(
      `UPDATE participations SET sort_name = participation_sort_name(contact_id, collectivity_id, partner_id, organisation_name)`,
    );
    await queryRunner.query(`CREATE INDEX "participations_event_sort_name_idx" ON "participations" ("event_id", "sort_name", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "participations_event_sort_name_idx"`);
    for (const table of ['contacts', 'collectivities', 'partners']) {
      await queryRunner.query(`DROP TRIGGER ${table}_rename_participations ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION participations_rename()`);
    await queryRunner.query(`DROP TRIGGER participations_sort_name ON participations`);
    await queryRunner.query(`DROP FUNCTION participations_set_sort_name()`);
    await queryRunner.query(`DROP FUNCTION participation_sort_name(uuid, uuid, uuid, text)`);
    await queryRunner.query(`ALTER TABLE "participations" DROP COLUMN "sort_name"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each committed registration list is recorded (who, when, which file, what it did) with what it
 * wrote, so that it can be undone as a whole while nobody changed its participations since.
 */
export class ParticipationImports1796190276982 implements MigrationInterface {
  name = 'ParticipationImports1796190276982';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"participation_imports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"event_id\" uuid NOT NULL, \"file_name\" character varying(255) NOT NULL, \"imported_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"imported_by_id\" uuid, \"imported_by\" character varying(320) NOT NULL, \"rows\" integer NOT NULL, \"participations_created\" integer NOT NULL, \"contacts_created\" integer NOT NULL, \"positions_created\" integer NOT NULL, \"statuses_updated\" integer NOT NULL, \"unchanged\" integer NOT NULL, \"skipped\" integer NOT NULL, \"undone_at\" TIMESTAMP WITH TIME ZONE, \"undone_by\" character varying(320), CONSTRAINT \"PK_386d9439e20db9596fede975378\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"participation_imports_event_idx\" ON \"participation_imports\"  (\"event_id\", \"imported_at\") ");
    await queryRunner.query("CREATE TABLE \"participation_import_items\" (\"import_id\" uuid NOT NULL, \"entity_type\" character varying(20) NOT NULL, \"entity_id\" uuid NOT NULL, \"action\" character varying(10) NOT NULL, \"version_after\" integer, \"before\" jsonb, CONSTRAINT \"PK_25ab1e2f3ff4815604419489508\" PRIMARY KEY (\"import_id\", \"entity_type\", \"entity_id\"))");
    await queryRunner.query("CREATE INDEX \"participation_import_items_entity_idx\" ON \"participation_import_items\"  (\"entity_type\", \"entity_id\") ");
    await queryRunner.query("ALTER TABLE \"participation_imports\" ADD CONSTRAINT \"FK_8e6546c4b85c7d7243b7c80d7b4\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participation_import_items\" ADD CONSTRAINT \"FK_748f2d7a59c2e86176c8b16baa5\" FOREIGN KEY (\"import_id\") REFERENCES \"participation_imports\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"participation_import_items\" DROP CONSTRAINT \"FK_748f2d7a59c2e86176c8b16baa5\"");
    await queryRunner.query("ALTER TABLE \"participation_imports\" DROP CONSTRAINT \"FK_8e6546c4b85c7d7243b7c80d7b4\"");
    await queryRunner.query("DROP INDEX \"public\".\"participation_import_items_entity_idx\"");
    await queryRunner.query("DROP TABLE \"participation_import_items\"");
    await queryRunner.query("DROP INDEX \"public\".\"participation_imports_event_idx\"");
    await queryRunner.query("DROP TABLE \"participation_imports\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The association's letterhead for printed letters: one row, created empty, filled in by an ADMIN. */
export class Letterhead1797500000000 implements MigrationInterface {
  name = 'Letterhead1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "letterhead" ("id" uuid NOT NULL, "organisation_name" character varying(200) NOT NULL DEFAULT '', "address" character varying(500) NOT NULL DEFAULT '', "signatory" character varying(200), "logo" bytea, "logo_type" character varying(20), "signature" bytea, "signature_type" character varying(20), "version" integer NOT NULL DEFAULT 1, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "letterhead_single_row" CHECK (id = '00000000-0000-4000-8000-00000000f001'), CONSTRAINT "PK_e28d0eb6f6882a52d36929c58b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "letterhead" ("id") VALUES ('00000000-0000-4000-8000-00000000f001')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "letterhead"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipationSearchText1795748592162 implements MigrationInterface {
  name = 'ParticipationSearchText1795748592162';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"participations\" ADD \"organisation_search_text\" text GENERATED ALWAYS AS (search_normalize(organisation_name)) STORED");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), current_schema(), $1, $2, $3, $4)", ["participations","GENERATED_COLUMN","organisation_search_text","search_normalize(organisation_name)"]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = current_schema() AND \"table\" = $3", ["GENERATED_COLUMN","organisation_search_text","participations"]);
    await queryRunner.query("ALTER TABLE \"participations\" DROP COLUMN \"organisation_search_text\"");
  }
}

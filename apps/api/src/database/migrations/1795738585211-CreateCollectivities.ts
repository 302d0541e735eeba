import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCollectivities1795738585211 implements MigrationInterface {
  name = 'CreateCollectivities1795738585211';

  async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM records generated columns; the database name is whatever DATABASE_URL names.
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), current_schema(), $1, $2, $3, $4)", ["collectivities","GENERATED_COLUMN","search_text","search_normalize(name)"]);
    await queryRunner.query("CREATE TABLE \"collectivities\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"kind\" character varying(40) NOT NULL, \"country_code\" character(2) NOT NULL DEFAULT 'FR', \"insee_code\" character varying(5), \"siren\" character(9), \"region_code\" character varying(3), \"department_code\" character varying(3), \"postal_codes\" character varying array NOT NULL DEFAULT '{}', \"population\" integer, \"address\" text, \"website\" character varying(500), \"email\" character varying(320), \"phone\" character varying(40), \"membership_status\" character varying(20) NOT NULL DEFAULT 'NONE', \"member_since\" date, \"member_until\" date, \"notes\" text, \"from_referential\" boolean NOT NULL DEFAULT false, \"search_text\" text GENERATED ALWAYS AS (search_normalize(name)) STORED NOT NULL, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4c61739512bf5700317adeb8a8e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"collectivities_kind_idx\" ON \"collectivities\"  (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_country_code_idx\" ON \"collectivities\"  (\"country_code\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_insee_code_idx\" ON \"collectivities\"  (\"insee_code\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_region_code_idx\" ON \"collectivities\"  (\"region_code\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_department_code_idx\" ON \"collectivities\"  (\"department_code\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_population_idx\" ON \"collectivities\"  (\"population\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_membership_status_idx\" ON \"collectivities\"  (\"membership_status\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_search_text_idx\" ON \"collectivities\"  (\"search_text\") ");
    await queryRunner.query("CREATE INDEX \"collectivities_updated_at_idx\" ON \"collectivities\"  (\"updated_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"collectivities_siren_key\" ON \"collectivities\"  (\"siren\") WHERE siren IS NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"collectivities_kind_insee_code_key\" ON \"collectivities\"  (\"kind\", \"insee_code\") WHERE insee_code IS NOT NULL");
    // Search: trigram index for LIKE and word similarity on the normalised name, array index for postal codes.
    await queryRunner.query("CREATE INDEX \"collectivities_search_text_trgm_idx\" ON \"collectivities\" USING gin (\"search_text\" gin_trgm_ops)");
    await queryRunner.query("CREATE INDEX \"collectivities_postal_codes_idx\" ON \"collectivities\" USING gin (\"postal_codes\")");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_postal_codes_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_search_text_trgm_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_kind_insee_code_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_siren_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_updated_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_search_text_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_membership_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_population_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_department_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_region_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_insee_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_country_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"collectivities_kind_idx\"");
    await queryRunner.query("DROP TABLE \"collectivities\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = current_schema() AND \"table\" = $3", ["GENERATED_COLUMN","search_text","collectivities"]);
  }
}

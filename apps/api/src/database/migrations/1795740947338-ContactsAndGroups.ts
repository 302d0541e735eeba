import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactsAndGroups1795740947338 implements MigrationInterface {
  name = 'ContactsAndGroups1795740947338';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), current_schema(), $1, $2, $3, $4)", ["contacts","GENERATED_COLUMN","search_text","search_normalize(first_name || ' ' || last_name)"]);
    await queryRunner.query("CREATE TABLE \"contacts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"civility\" character varying(5), \"first_name\" character varying(100) NOT NULL, \"last_name\" character varying(100) NOT NULL, \"email\" character varying(320), \"phone\" character varying(40), \"consent_status\" character varying(10) NOT NULL DEFAULT 'UNKNOWN', \"consent_at\" TIMESTAMP WITH TIME ZONE, \"consent_source\" character varying(200), \"notes\" text, \"erased_at\" TIMESTAMP WITH TIME ZONE, \"search_text\" text GENERATED ALWAYS AS (search_normalize(first_name || ' ' || last_name)) STORED NOT NULL, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b99cd40cfd66a99f1571f4f72e6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"contacts_email_key\" ON \"contacts\"  (\"email\") WHERE email IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"contacts_consent_status_idx\" ON \"contacts\"  (\"consent_status\") ");
    await queryRunner.query("CREATE INDEX \"contacts_search_text_idx\" ON \"contacts\"  (\"search_text\") ");
    await queryRunner.query("CREATE TABLE \"positions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"contact_id\" uuid NOT NULL, \"collectivity_id\" uuid, \"partner_id\" uuid, \"title\" character varying(200) NOT NULL, \"kind\" character varying(10) NOT NULL, \"started_on\" date NOT NULL, \"ended_on\" date, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"positions_term_order\" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT \"positions_one_organisation\" CHECK ((collectivity_id IS NULL) <> (partner_id IS NULL)), CONSTRAINT \"PK_17e4e62ccd5749b289ae3fae6f3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"positions_contact_id_idx\" ON \"positions\"  (\"contact_id\") ");
    await queryRunner.query("CREATE INDEX \"positions_collectivity_id_idx\" ON \"positions\"  (\"collectivity_id\") ");
    await queryRunner.query("CREATE INDEX \"positions_partner_id_idx\" ON \"positions\"  (\"partner_id\") ");
    await queryRunner.query("CREATE TABLE \"cooperations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"french_collectivity_id\" uuid NOT NULL, \"foreign_collectivity_id\" uuid NOT NULL, \"country_code\" character(2) NOT NULL, \"kind\" character varying(30) NOT NULL, \"since\" date, \"ended_on\" date, \"themes\" character varying array NOT NULL DEFAULT '{}', \"funding_partner_id\" uuid, \"notes\" text, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"cooperations_term_order\" CHECK (ended_on IS NULL OR since IS NULL OR ended_on >= since), CONSTRAINT \"PK_b25e62fd5269d8518295f1decba\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"cooperations_french_collectivity_id_idx\" ON \"cooperations\"  (\"french_collectivity_id\") ");
    await queryRunner.query("CREATE INDEX \"cooperations_foreign_collectivity_id_idx\" ON \"cooperations\"  (\"foreign_collectivity_id\") ");
    await queryRunner.query("CREATE INDEX \"cooperations_country_code_idx\" ON \"cooperations\"  (\"country_code\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"cooperations_pair_key\" ON \"cooperations\"  (\"french_collectivity_id\", \"foreign_collectivity_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"groups\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" character varying(10) NOT NULL, \"name\" character varying(200) NOT NULL, \"countries\" character varying array NOT NULL DEFAULT '{}', \"theme\" character varying(200), \"description\" text, \"allows_co_presidency\" boolean NOT NULL DEFAULT false, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_659d1483316afb28afd3a90646e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"groups_kind_idx\" ON \"groups\"  (\"kind\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"groups_name_key\" ON \"groups\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"group_members\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"group_id\" uuid NOT NULL, \"collectivity_id\" uuid NOT NULL, \"joined_on\" date NOT NULL, \"left_on\" date, CONSTRAINT \"group_members_term_order\" CHECK (left_on IS NULL OR left_on >= joined_on), CONSTRAINT \"PK_86446139b2c96bfd0f3b8638852\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"group_members_group_id_idx\" ON \"group_members\"  (\"group_id\") ");
    await queryRunner.query("CREATE INDEX \"group_members_collectivity_id_idx\" ON \"group_members\"  (\"collectivity_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"group_members_current_key\" ON \"group_members\"  (\"group_id\", \"collectivity_id\") WHERE left_on IS NULL");
    await queryRunner.query("CREATE TABLE \"group_offices\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"group_id\" uuid NOT NULL, \"contact_id\" uuid NOT NULL, \"role\" character varying(20) NOT NULL, \"started_on\" date NOT NULL, \"ended_on\" date, CONSTRAINT \"group_offices_term_order\" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT \"PK_65c7a2c4d20b8db8ec5360165a5\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"group_offices_group_id_idx\" ON \"group_offices\"  (\"group_id\") ");
    await queryRunner.query("CREATE INDEX \"group_offices_contact_id_idx\" ON \"group_offices\"  (\"contact_id\") ");
    await queryRunner.query("ALTER TABLE \"positions\" ADD CONSTRAINT \"FK_e8f0ebca4d0954ac477bb5ecbcc\" FOREIGN KEY (\"contact_id\") REFERENCES \"contacts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"positions\" ADD CONSTRAINT \"FK_869c1c63679a122fea9366f3fd0\" FOREIGN KEY (\"collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cooperations\" ADD CONSTRAINT \"FK_dfb8073a4f4c1e6358a55b46738\" FOREIGN KEY (\"french_collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"cooperations\" ADD CONSTRAINT \"FK_d0d261bd5aeccba562cbc663e02\" FOREIGN KEY (\"foreign_collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"group_members\" ADD CONSTRAINT \"FK_2c840df5db52dc6b4a1b0b69c6e\" FOREIGN KEY (\"group_id\") REFERENCES \"groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"group_members\" ADD CONSTRAINT \"FK_c6a0a66f8ab563be4ac1d929a8e\" FOREIGN KEY (\"collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"group_offices\" ADD CONSTRAINT \"FK_a5274f3c9118800f40439c41f62\" FOREIGN KEY (\"group_id\") REFERENCES \"groups\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"group_offices\" ADD CONSTRAINT \"FK_4844f7823f2ec246ffa2f27c1b2\" FOREIGN KEY (\"contact_id\") REFERENCES \"contacts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // GIN indexes TypeORM cannot declare: contact name search, groups by country.
    await queryRunner.query("CREATE INDEX \"contacts_search_text_trgm_idx\" ON \"contacts\" USING gin (\"search_text\" gin_trgm_ops)");
    await queryRunner.query("CREATE INDEX \"groups_countries_idx\" ON \"groups\" USING gin (\"countries\")");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"groups_countries_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"contacts_search_text_trgm_idx\"");
    await queryRunner.query("ALTER TABLE \"group_offices\" DROP CONSTRAINT \"FK_4844f7823f2ec246ffa2f27c1b2\"");
    await queryRunner.query("ALTER TABLE \"group_offices\" DROP CONSTRAINT \"FK_a5274f3c9118800f40439c41f62\"");
    await queryRunner.query("ALTER TABLE \"group_members\" DROP CONSTRAINT \"FK_c6a0a66f8ab563be4ac1d929a8e\"");
    await queryRunner.query("ALTER TABLE \"group_members\" DROP CONSTRAINT \"FK_2c840df5db52dc6b4a1b0b69c6e\"");
    await queryRunner.query("ALTER TABLE \"cooperations\" DROP CONSTRAINT \"FK_d0d261bd5aeccba562cbc663e02\"");
    await queryRunner.query("ALTER TABLE \"cooperations\" DROP CONSTRAINT \"FK_dfb8073a4f4c1e6358a55b46738\"");
    await queryRunner.query("ALTER TABLE \"positions\" DROP CONSTRAINT \"FK_869c1c63679a122fea9366f3fd0\"");
    await queryRunner.query("ALTER TABLE \"positions\" DROP CONSTRAINT \"FK_e8f0ebca4d0954ac477bb5ecbcc\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_offices_contact_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_offices_group_id_idx\"");
    await queryRunner.query("DROP TABLE \"group_offices\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_members_current_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_members_collectivity_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"group_members_group_id_idx\"");
    await queryRunner.query("DROP TABLE \"group_members\"");
    await queryRunner.query("DROP INDEX \"public\".\"groups_name_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"groups_kind_idx\"");
    await queryRunner.query("DROP TABLE \"groups\"");
    await queryRunner.query("DROP INDEX \"public\".\"cooperations_pair_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"cooperations_country_code_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"cooperations_foreign_collectivity_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"cooperations_french_collectivity_id_idx\"");
    await queryRunner.query("DROP TABLE \"cooperations\"");
    await queryRunner.query("DROP INDEX \"public\".\"positions_partner_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"positions_collectivity_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"positions_contact_id_idx\"");
    await queryRunner.query("DROP TABLE \"positions\"");
    await queryRunner.query("DROP INDEX \"public\".\"contacts_search_text_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"contacts_consent_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"contacts_email_key\"");
    await queryRunner.query("DROP TABLE \"contacts\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = current_schema() AND \"table\" = $3", ["GENERATED_COLUMN","search_text","contacts"]);
  }
}

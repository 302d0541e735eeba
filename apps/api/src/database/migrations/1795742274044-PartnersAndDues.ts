import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnersAndDues1795742274044 implements MigrationInterface {
  name = 'PartnersAndDues1795742274044';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"partners\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"acronym\" character varying(40), \"kind\" character varying(30) NOT NULL, \"country_code\" character(2), \"website\" character varying(500), \"notes\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_998645b20820e4ab99aeae03b41\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"partners_name_key\" ON \"partners\"  (\"name\") ");
    await queryRunner.query("CREATE INDEX \"partners_kind_idx\" ON \"partners\"  (\"kind\") ");
    await queryRunner.query("CREATE TABLE \"membership_changes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"collectivity_id\" uuid NOT NULL, \"from_status\" character varying(20) NOT NULL, \"to_status\" character varying(20) NOT NULL, \"effective_on\" date NOT NULL, \"deliberation_date\" date, \"deliberation_reference\" character varying(100), \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e08a1ead74bc30cc9ed594450c4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"membership_changes_collectivity_id_idx\" ON \"membership_changes\"  (\"collectivity_id\") ");
    await queryRunner.query("CREATE TABLE \"fee_scales\" (\"year\" integer NOT NULL, \"brackets\" jsonb NOT NULL, \"due_on\" date NOT NULL, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_c3579412aea46ee7547aca13fe5\" PRIMARY KEY (\"year\"))");
    await queryRunner.query("CREATE TABLE \"membership_fees\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"collectivity_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"amount_cents\" integer NOT NULL, \"computation\" character varying(300) NOT NULL, \"status\" character varying(10) NOT NULL, \"invoiced_on\" date NOT NULL, \"due_on\" date NOT NULL, \"paid_on\" date, \"payment_reference\" character varying(100), \"waiver_reason\" character varying(300), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"membership_fees_paid_after_invoice\" CHECK (paid_on IS NULL OR paid_on >= invoiced_on), CONSTRAINT \"membership_fees_amount_positive\" CHECK (amount_cents >= 0), CONSTRAINT \"PK_6d45a7c6c9a60f15672f3023536\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"membership_fees_year_status_idx\" ON \"membership_fees\"  (\"year\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"membership_fees_collectivity_year_key\" ON \"membership_fees\"  (\"collectivity_id\", \"year\") ");
    await queryRunner.query("CREATE TABLE \"partnerships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"partner_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"kind\" character varying(20) NOT NULL, \"amount_cents\" integer, \"agreement_reference\" character varying(100), \"event_id\" uuid, \"notes\" text, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"partnerships_amount_positive\" CHECK (amount_cents IS NULL OR amount_cents >= 0), CONSTRAINT \"PK_55de3c169ff0d5d88e9a7cb0cd6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"partnerships_partner_id_idx\" ON \"partnerships\"  (\"partner_id\") ");
    await queryRunner.query("CREATE INDEX \"partnerships_year_kind_idx\" ON \"partnerships\"  (\"year\", \"kind\") ");
    await queryRunner.query("ALTER TABLE \"positions\" ADD CONSTRAINT \"FK_3046b0b7e12268de770aa1b51a7\" FOREIGN KEY (\"partner_id\") REFERENCES \"partners\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership_changes\" ADD CONSTRAINT \"FK_83339fdb2a80e0c54cc8291159d\" FOREIGN KEY (\"collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"membership_fees\" ADD CONSTRAINT \"FK_c51cddfbafefd7432dbb3829739\" FOREIGN KEY (\"collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD CONSTRAINT \"FK_ceb1812027694af92706e2411f7\" FOREIGN KEY (\"partner_id\") REFERENCES \"partners\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP CONSTRAINT \"FK_ceb1812027694af92706e2411f7\"");
    await queryRunner.query("ALTER TABLE \"membership_fees\" DROP CONSTRAINT \"FK_c51cddfbafefd7432dbb3829739\"");
    await queryRunner.query("ALTER TABLE \"membership_changes\" DROP CONSTRAINT \"FK_83339fdb2a80e0c54cc8291159d\"");
    await queryRunner.query("ALTER TABLE \"positions\" DROP CONSTRAINT \"FK_3046b0b7e12268de770aa1b51a7\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnerships_year_kind_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnerships_partner_id_idx\"");
    await queryRunner.query("DROP TABLE \"partnerships\"");
    await queryRunner.query("DROP INDEX \"public\".\"membership_fees_collectivity_year_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"membership_fees_year_status_idx\"");
    await queryRunner.query("DROP TABLE \"membership_fees\"");
    await queryRunner.query("DROP TABLE \"fee_scales\"");
    await queryRunner.query("DROP INDEX \"public\".\"membership_changes_collectivity_id_idx\"");
    await queryRunner.query("DROP TABLE \"membership_changes\"");
    await queryRunner.query("DROP INDEX \"public\".\"partners_kind_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"partners_name_key\"");
    await queryRunner.query("DROP TABLE \"partners\"");
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mailings, their recipients, and the key that signs unsubscribe links (random, made here once). */
export class Mailings1797400000000 implements MigrationInterface {
  name = 'Mailings1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mailings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"subject\" character varying(300) NOT NULL, \"body\" text NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'DRAFT', \"group_id\" uuid, \"collectivity_id\" uuid, \"event_id\" uuid, \"position_kind\" character varying(10), \"member_collectivities\" boolean NOT NULL DEFAULT false, \"partners\" boolean NOT NULL DEFAULT false, \"edition_id\" uuid, \"created_by\" character varying(320) NOT NULL, \"sent_by\" character varying(320), \"sent_at\" TIMESTAMP WITH TIME ZONE, \"completed_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_62f62ea6a10bcd482f24ac751c7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"mailings_status_idx\" ON \"mailings\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"mailing_recipients\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"mailing_id\" uuid NOT NULL, \"contact_id\" uuid NOT NULL, \"email\" character varying(320) NOT NULL, \"status\" character varying(10) NOT NULL DEFAULT 'QUEUED', \"attempts\" integer NOT NULL DEFAULT '0', \"last_response\" text, \"retry_at\" TIMESTAMP WITH TIME ZONE, \"message_id\" character varying(300), \"sent_at\" TIMESTAMP WITH TIME ZONE, \"unsubscribed_at\" TIMESTAMP WITH TIME ZONE, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_17e59eb0a60ebe0ba2822d7a64f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"mailing_recipients_queue_idx\" ON \"mailing_recipients\"  (\"mailing_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"mailing_recipients_email_key\" ON \"mailing_recipients\"  (\"mailing_id\", \"email\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"mailing_recipients_contact_key\" ON \"mailing_recipients\"  (\"mailing_id\", \"contact_id\") ");
    await queryRunner.query("CREATE TABLE \"mailing_signing_keys\" (\"id\" integer NOT NULL, \"secret\" text NOT NULL, CONSTRAINT \"PK_dae2fd480e39715e07a37219b02\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"mailing_recipients\" ADD CONSTRAINT \"FK_82f8e40f5624532eb8f7a3767a3\" FOREIGN KEY (\"mailing_id\") REFERENCES \"mailings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // gen_random_uuid() draws from the server's strong random source (PostgreSQL 13+).
    await queryRunner.query(
      "INSERT INTO mailing_signing_keys (id, secret) VALUES (1, encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'))",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mailing_recipients\" DROP CONSTRAINT \"FK_82f8e40f5624532eb8f7a3767a3\"");
    await queryRunner.query("DROP TABLE \"mailing_signing_keys\"");
    await queryRunner.query("DROP INDEX \"public\".\"mailing_recipients_contact_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"mailing_recipients_email_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"mailing_recipients_queue_idx\"");
    await queryRunner.query("DROP TABLE \"mailing_recipients\"");
    await queryRunner.query("DROP INDEX \"public\".\"mailings_status_idx\"");
    await queryRunner.query("DROP TABLE \"mailings\"");
  }
}

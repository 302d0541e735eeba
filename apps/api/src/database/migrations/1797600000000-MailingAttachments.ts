import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files attached to mailings, and the dues letter a mailing may attach for each recipient. */
export class MailingAttachments1797600000000 implements MigrationInterface {
  name = 'MailingAttachments1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mailing_attachments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"mailing_id\" uuid NOT NULL, \"file_name\" character varying(200) NOT NULL, \"content_type\" character varying(200) NOT NULL, \"size_bytes\" integer NOT NULL, \"content\" bytea NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bb8bbb0d6c7eb792f2260675675\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"mailing_attachments_mailing_idx\" ON \"mailing_attachments\"  (\"mailing_id\") ");
    await queryRunner.query("ALTER TABLE \"mailings\" ADD \"dues_letter\" character varying(10)");
    await queryRunner.query("ALTER TABLE \"mailings\" ADD \"dues_year\" integer");
    await queryRunner.query("ALTER TABLE \"mailing_recipients\" ADD \"dues_fee_id\" uuid");
    await queryRunner.query("ALTER TABLE \"mailing_attachments\" ADD CONSTRAINT \"FK_89a7ffaf1b2e1c43606dc5a18f9\" FOREIGN KEY (\"mailing_id\") REFERENCES \"mailings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"mailing_attachments\" DROP CONSTRAINT \"FK_89a7ffaf1b2e1c43606dc5a18f9\"");
    await queryRunner.query("ALTER TABLE \"mailing_recipients\" DROP COLUMN \"dues_fee_id\"");
    await queryRunner.query("ALTER TABLE \"mailings\" DROP COLUMN \"dues_year\"");
    await queryRunner.query("ALTER TABLE \"mailings\" DROP COLUMN \"dues_letter\"");
    await queryRunner.query("DROP INDEX \"public\".\"mailing_attachments_mailing_idx\"");
    await queryRunner.query("DROP TABLE \"mailing_attachments\"");
  }
}

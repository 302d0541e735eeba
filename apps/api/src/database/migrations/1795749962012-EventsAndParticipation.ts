import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventsAndParticipation1795749962012 implements MigrationInterface {
  name = 'EventsAndParticipation1795749962012';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"event_series\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"acronym\" character varying(40), \"description\" text, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_9c68540164026e1a070a0a227f8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"event_series_name_key\" ON \"event_series\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"series_id\" uuid NOT NULL, \"edition_number\" integer NOT NULL, \"year\" integer NOT NULL, \"title\" character varying(300) NOT NULL, \"starts_on\" date NOT NULL, \"ends_on\" date NOT NULL, \"venue\" character varying(300), \"city\" character varying(200), \"theme\" text, \"website\" character varying(500), \"hashtag\" character varying(100), \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"events_dates_order\" CHECK (ends_on >= starts_on), CONSTRAINT \"PK_40731c7151fe4be3116e45ddf73\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"events_starts_on_idx\" ON \"events\"  (\"starts_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"events_series_edition_key\" ON \"events\"  (\"series_id\", \"edition_number\") ");
    await queryRunner.query("CREATE TABLE \"event_sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"event_id\" uuid NOT NULL, \"title\" character varying(300) NOT NULL, \"kind\" character varying(20) NOT NULL, \"starts_at\" TIMESTAMP WITH TIME ZONE, \"duration_minutes\" integer, \"room\" character varying(200), \"description\" text, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"event_sessions_duration_positive\" CHECK (duration_minutes IS NULL OR duration_minutes > 0), CONSTRAINT \"PK_dbe18de390df26f2dffc4ef3356\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"event_sessions_event_starts_idx\" ON \"event_sessions\"  (\"event_id\", \"starts_at\") ");
    await queryRunner.query("INSERT INTO \"typeorm_metadata\"(\"database\", \"schema\", \"table\", \"type\", \"name\", \"value\") VALUES (current_database(), current_schema(), $1, $2, $3, $4)", ["participations","GENERATED_COLUMN","organisation_search_text","search_normalize(organisation_name)"]);
    await queryRunner.query("CREATE TABLE \"participations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"event_id\" uuid NOT NULL, \"contact_id\" uuid, \"collectivity_id\" uuid, \"partner_id\" uuid, \"organisation_name\" character varying(300), \"organisation_search_text\" text GENERATED ALWAYS AS (search_normalize(organisation_name)) STORED, \"role\" character varying(20) NOT NULL DEFAULT 'ATTENDEE', \"status\" character varying(10) NOT NULL DEFAULT 'REGISTERED', \"country_code\" character(2), \"registered_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"checked_in_at\" TIMESTAMP WITH TIME ZONE, \"notes\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"participations_checked_in_attended\" CHECK (checked_in_at IS NULL OR status = 'ATTENDED'), CONSTRAINT \"participations_one_organisation\" CHECK (collectivity_id IS NULL OR partner_id IS NULL), CONSTRAINT \"participations_someone\" CHECK (contact_id IS NOT NULL OR collectivity_id IS NOT NULL OR partner_id IS NOT NULL OR organisation_name IS NOT NULL), CONSTRAINT \"PK_7aa63b8dcd3d6f8aef8a98bb14a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"participations_contact_id_idx\" ON \"participations\"  (\"contact_id\") ");
    await queryRunner.query("CREATE INDEX \"participations_collectivity_id_idx\" ON \"participations\"  (\"collectivity_id\") ");
    await queryRunner.query("CREATE INDEX \"participations_partner_id_idx\" ON \"participations\"  (\"partner_id\") ");
    await queryRunner.query("CREATE INDEX \"participations_event_checked_in_idx\" ON \"participations\"  (\"event_id\", \"checked_in_at\") ");
    await queryRunner.query("CREATE INDEX \"participations_event_registered_idx\" ON \"participations\"  (\"event_id\", \"registered_at\") ");
    await queryRunner.query("CREATE INDEX \"participations_event_country_idx\" ON \"participations\"  (\"event_id\", \"country_code\") ");
    await queryRunner.query("CREATE INDEX \"participations_event_role_idx\" ON \"participations\"  (\"event_id\", \"role\") ");
    await queryRunner.query("CREATE INDEX \"participations_event_status_idx\" ON \"participations\"  (\"event_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"participations_event_contact_key\" ON \"participations\"  (\"event_id\", \"contact_id\") WHERE contact_id IS NOT NULL");
    await queryRunner.query("CREATE TABLE \"labels\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(300) NOT NULL, \"description\" text, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_c0c4e97f76f1f3a268c7a70b925\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"labels_name_key\" ON \"labels\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"label_awards\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"label_id\" uuid NOT NULL, \"collectivity_id\" uuid NOT NULL, \"year\" integer NOT NULL, \"event_id\" uuid, \"citation\" text, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"PK_51f052c6b2f26020b74dfbaa703\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"label_awards_collectivity_id_idx\" ON \"label_awards\"  (\"collectivity_id\") ");
    await queryRunner.query("CREATE INDEX \"label_awards_event_id_idx\" ON \"label_awards\"  (\"event_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"label_awards_label_collectivity_year_key\" ON \"label_awards\"  (\"label_id\", \"collectivity_id\", \"year\") ");
    await queryRunner.query("CREATE TABLE \"event_session_speakers\" (\"session_id\" uuid NOT NULL, \"contact_id\" uuid NOT NULL, CONSTRAINT \"PK_6a9b391e498e06bbcc4547b59eb\" PRIMARY KEY (\"session_id\", \"contact_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_26dccc2288fc87d966f12fa2bc\" ON \"event_session_speakers\"  (\"session_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_28cac3ec41d68695078faf470f\" ON \"event_session_speakers\"  (\"contact_id\") ");
    await queryRunner.query("CREATE INDEX \"partnerships_event_id_idx\" ON \"partnerships\"  (\"event_id\") ");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"FK_b813f31f3fbf0410fec4ec7734a\" FOREIGN KEY (\"series_id\") REFERENCES \"event_series\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"partnerships\" ADD CONSTRAINT \"FK_5fdfbfd29bf86dd8fa1d1a775ea\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_sessions\" ADD CONSTRAINT \"FK_58ce48ffbbdb12454db743d6cb0\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participations\" ADD CONSTRAINT \"FK_beb91b101db32ac72ac8ae3fefe\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participations\" ADD CONSTRAINT \"FK_f9193bedc677110cf5da16fa998\" FOREIGN KEY (\"contact_id\") REFERENCES \"contacts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participations\" ADD CONSTRAINT \"FK_bd44134420b86684167b3e7800e\" FOREIGN KEY (\"collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participations\" ADD CONSTRAINT \"FK_90b57a2460bf7bee2d15834d44f\" FOREIGN KEY (\"partner_id\") REFERENCES \"partners\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"label_awards\" ADD CONSTRAINT \"FK_b787e487f1654fde8682fe6ceed\" FOREIGN KEY (\"label_id\") REFERENCES \"labels\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"label_awards\" ADD CONSTRAINT \"FK_3c24f1f4ffb34a9a8bdbf41c42a\" FOREIGN KEY (\"collectivity_id\") REFERENCES \"collectivities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"label_awards\" ADD CONSTRAINT \"FK_95e0e5a70ca4fa077a9685ba493\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_session_speakers\" ADD CONSTRAINT \"event_session_speakers_session_fk\" FOREIGN KEY (\"session_id\") REFERENCES \"event_sessions\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"event_session_speakers\" ADD CONSTRAINT \"event_session_speakers_contact_fk\" FOREIGN KEY (\"contact_id\") REFERENCES \"contacts\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"event_session_speakers\" DROP CONSTRAINT \"event_session_speakers_contact_fk\"");
    await queryRunner.query("ALTER TABLE \"event_session_speakers\" DROP CONSTRAINT \"event_session_speakers_session_fk\"");
    await queryRunner.query("ALTER TABLE \"label_awards\" DROP CONSTRAINT \"FK_95e0e5a70ca4fa077a9685ba493\"");
    await queryRunner.query("ALTER TABLE \"label_awards\" DROP CONSTRAINT \"FK_3c24f1f4ffb34a9a8bdbf41c42a\"");
    await queryRunner.query("ALTER TABLE \"label_awards\" DROP CONSTRAINT \"FK_b787e487f1654fde8682fe6ceed\"");
    await queryRunner.query("ALTER TABLE \"participations\" DROP CONSTRAINT \"FK_90b57a2460bf7bee2d15834d44f\"");
    await queryRunner.query("ALTER TABLE \"participations\" DROP CONSTRAINT \"FK_bd44134420b86684167b3e7800e\"");
    await queryRunner.query("ALTER TABLE \"participations\" DROP CONSTRAINT \"FK_f9193bedc677110cf5da16fa998\"");
    await queryRunner.query("ALTER TABLE \"participations\" DROP CONSTRAINT \"FK_beb91b101db32ac72ac8ae3fefe\"");
    await queryRunner.query("ALTER TABLE \"event_sessions\" DROP CONSTRAINT \"FK_58ce48ffbbdb12454db743d6cb0\"");
    await queryRunner.query("ALTER TABLE \"partnerships\" DROP CONSTRAINT \"FK_5fdfbfd29bf86dd8fa1d1a775ea\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"FK_b813f31f3fbf0410fec4ec7734a\"");
    await queryRunner.query("DROP INDEX \"public\".\"partnerships_event_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_28cac3ec41d68695078faf470f\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_26dccc2288fc87d966f12fa2bc\"");
    await queryRunner.query("DROP TABLE \"event_session_speakers\"");
    await queryRunner.query("DROP INDEX \"public\".\"label_awards_label_collectivity_year_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"label_awards_event_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"label_awards_collectivity_id_idx\"");
    await queryRunner.query("DROP TABLE \"label_awards\"");
    await queryRunner.query("DROP INDEX \"public\".\"labels_name_key\"");
    await queryRunner.query("DROP TABLE \"labels\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_event_contact_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_event_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_event_role_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_event_country_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_event_registered_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_event_checked_in_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_partner_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_collectivity_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"participations_contact_id_idx\"");
    await queryRunner.query("DROP TABLE \"participations\"");
    await queryRunner.query("DELETE FROM \"typeorm_metadata\" WHERE \"type\" = $1 AND \"name\" = $2 AND \"database\" = current_database() AND \"schema\" = current_schema() AND \"table\" = $3", ["GENERATED_COLUMN","organisation_search_text","participations"]);
    await queryRunner.query("DROP INDEX \"public\".\"event_sessions_event_starts_idx\"");
    await queryRunner.query("DROP TABLE \"event_sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_series_edition_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_starts_on_idx\"");
    await queryRunner.query("DROP TABLE \"events\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_series_name_key\"");
    await queryRunner.query("DROP TABLE \"event_series\"");
  }
}

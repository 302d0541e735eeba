import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessControl1795740405651 implements MigrationInterface {
  name = 'AccessControl1795740405651';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"secret_hash\" character(64) NOT NULL, \"prefix\" character varying(16) NOT NULL, \"scopes\" character varying array NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_c587455266b5fa8dace7194caac\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"api_tokens_secret_hash_key\" ON \"api_tokens\"  (\"secret_hash\") ");
    await queryRunner.query("CREATE TABLE \"audit_entries\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"actor_type\" character varying(20) NOT NULL, \"actor_id\" uuid, \"actor_label\" character varying(320) NOT NULL, \"entity_type\" character varying(60) NOT NULL, \"entity_id\" uuid NOT NULL, \"action\" character varying(10) NOT NULL, \"changes\" jsonb NOT NULL, CONSTRAINT \"PK_6b1623bcad4d04530b76548d619\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_entries_at_idx\" ON \"audit_entries\"  (\"at\") ");
    await queryRunner.query("CREATE INDEX \"audit_entries_actor_id_idx\" ON \"audit_entries\"  (\"actor_id\") ");
    await queryRunner.query("CREATE INDEX \"audit_entries_entity_idx\" ON \"audit_entries\"  (\"entity_type\", \"entity_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(320) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"role\" character varying(20) NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"password_hash\" text NOT NULL, \"linked_contact_id\" uuid, \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"users_email_key\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE INDEX \"users_role_idx\" ON \"users\"  (\"role\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"secret_hash\" character(64) NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"sessions_secret_hash_key\" ON \"sessions\"  (\"secret_hash\") ");
    await queryRunner.query("CREATE INDEX \"sessions_user_id_idx\" ON \"sessions\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"FK_085d540d9f418cfbdc7bd55bb19\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_user_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_secret_hash_key\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_role_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_email_key\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entries_entity_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entries_actor_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_entries_at_idx\"");
    await queryRunner.query("DROP TABLE \"audit_entries\"");
    await queryRunner.query("DROP INDEX \"public\".\"api_tokens_secret_hash_key\"");
    await queryRunner.query("DROP TABLE \"api_tokens\"");
  }
}

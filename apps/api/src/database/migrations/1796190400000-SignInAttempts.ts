import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in rate limit's counters (rate-limiter-flexible's PostgreSQL store), shared by every
 * API process on the database. The library's own table layout, with `key` as text: it holds an
 * address and an email, which may be longer than the library's varchar(255).
 */
export class SignInAttempts1796190400000 implements MigrationInterface {
  name = 'SignInAttempts1796190400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_in_attempts" ("key" text PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_attempts"`);
  }
}

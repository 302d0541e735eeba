import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook endpoints, the outbox of events written with each change, and each event's delivery to each endpoint. */
export class Webhooks1797300000000 implements MigrationInterface {
  name = 'Webhooks1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook_endpoints" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "url" character varying(2000) NOT NULL,
      "description" character varying(500),
      "event_types" character varying array NOT NULL,
      "scopes" character varying array NOT NULL,
      "secret" character varying(100) NOT NULL,
      "enabled" boolean NOT NULL DEFAULT true,
      "disabled_reason" character varying(20),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT 1,
      CONSTRAINT "PK_webhook_endpoints" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "webhook_events" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "type" character varying(50) NOT NULL,
      "entity_type" character varying(50) NOT NULL,
      "entity_id" uuid NOT NULL,
      "changed_fields" character varying array NOT NULL DEFAULT '{}',
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_webhook_events" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "endpoint_id" uuid NOT NULL,
      "event_id" uuid NOT NULL,
      "status" character varying(20) NOT NULL DEFAULT 'PENDING',
      "attempts" integer NOT NULL DEFAULT 0,
      "last_status_code" integer,
      "last_error" character varying(200),
      "last_attempt_at" TIMESTAMP WITH TIME ZONE,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE,
      "retry_until" TIMESTAMP WITH TIME ZONE,
      "payload" jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "completed_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_webhook_deliveries" PRIMARY KEY ("id"),
      CONSTRAINT "FK_webhook_deliveries_endpoint" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_webhook_deliveries_event" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" ("endpoint_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_event_idx" ON "webhook_deliveries" ("event_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_events"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoints"`);
  }
}

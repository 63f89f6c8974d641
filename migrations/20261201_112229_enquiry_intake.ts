import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'storeEnquiryIntake' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'storeEnquiryIntake' BEFORE 'schedulePublish';
  CREATE TABLE "enquiry_intake" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"email_hash" varchar NOT NULL,
  	"reference" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"partner_id" integer,
  	"submission" jsonb,
  	"received_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"claimed_at" timestamp(3) with time zone,
  	"attempts" integer DEFAULT 0 NOT NULL,
  	"last_error" text,
  	"stored_at" timestamp(3) with time zone
  );
  
  CREATE UNIQUE INDEX "enquiry_intake_idempotency_key_idx" ON "enquiry_intake" USING btree ("idempotency_key");
  CREATE UNIQUE INDEX "enquiry_intake_reference_idx" ON "enquiry_intake" USING btree ("reference");
  CREATE INDEX "enquiry_intake_pending_idx" ON "enquiry_intake" USING btree ("id") WHERE "enquiry_intake"."stored_at" is null;
  CREATE INDEX "enquiry_intake_stored_at_idx" ON "enquiry_intake" USING btree ("stored_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "enquiry_intake" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendOutbox', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendOutbox', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}

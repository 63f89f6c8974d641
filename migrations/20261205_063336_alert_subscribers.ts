import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_alert_subscribers_kinds" AS ENUM('projects', 'funds', 'talent', 'news');
  CREATE TYPE "public"."enum_alert_subscribers_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_alert_subscribers_frequency" AS ENUM('instant', 'weekly');
  CREATE TYPE "public"."enum_alert_subscribers_status" AS ENUM('pending', 'confirmed');
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'alert-confirmation';
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'alert';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'queueAlerts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendAlertDigests' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'queueAlerts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendAlertDigests' BEFORE 'schedulePublish';
  CREATE TABLE "alert_subscribers_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_alert_subscribers_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "alert_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_alert_subscribers_locale" NOT NULL,
  	"frequency" "enum_alert_subscribers_frequency" NOT NULL,
  	"status" "enum_alert_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"privacy_notice_version" varchar,
  	"digest_due_at" timestamp(3) with time zone,
  	"pending_choices" jsonb,
  	"confirmation_hash" varchar,
  	"confirmation_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alert_subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  CREATE TABLE "alert_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscriber_id" integer NOT NULL,
  	"collection" varchar NOT NULL,
  	"item_id" integer NOT NULL,
  	"queued_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "outbox" ADD COLUMN "list_unsubscribe" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_subscribers_id" integer;
  ALTER TABLE "alert_subscribers_kinds" ADD CONSTRAINT "alert_subscribers_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alert_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_subscribers_rels" ADD CONSTRAINT "alert_subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alert_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_subscribers_rels" ADD CONSTRAINT "alert_subscribers_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "alert_subscribers_kinds_order_idx" ON "alert_subscribers_kinds" USING btree ("order");
  CREATE INDEX "alert_subscribers_kinds_parent_idx" ON "alert_subscribers_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "alert_subscribers_email_idx" ON "alert_subscribers" USING btree ("email");
  CREATE INDEX "alert_subscribers_status_idx" ON "alert_subscribers" USING btree ("status");
  CREATE INDEX "alert_subscribers_digest_due_at_idx" ON "alert_subscribers" USING btree ("digest_due_at");
  CREATE INDEX "alert_subscribers_confirmation_expires_at_idx" ON "alert_subscribers" USING btree ("confirmation_expires_at");
  CREATE INDEX "alert_subscribers_updated_at_idx" ON "alert_subscribers" USING btree ("updated_at");
  CREATE INDEX "alert_subscribers_created_at_idx" ON "alert_subscribers" USING btree ("created_at");
  CREATE INDEX "alert_subscribers_rels_order_idx" ON "alert_subscribers_rels" USING btree ("order");
  CREATE INDEX "alert_subscribers_rels_parent_idx" ON "alert_subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "alert_subscribers_rels_path_idx" ON "alert_subscribers_rels" USING btree ("path");
  CREATE INDEX "alert_subscribers_rels_industries_id_idx" ON "alert_subscribers_rels" USING btree ("industries_id");
  CREATE UNIQUE INDEX "alert_deliveries_subscriber_item_idx" ON "alert_deliveries" USING btree ("subscriber_id","collection","item_id");
  CREATE INDEX "alert_deliveries_item_idx" ON "alert_deliveries" USING btree ("collection","item_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_subscribers_fk" FOREIGN KEY ("alert_subscribers_id") REFERENCES "public"."alert_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_alert_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_subscribers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "alert_subscribers_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "alert_subscribers_kinds" CASCADE;
  DROP TABLE "alert_subscribers" CASCADE;
  DROP TABLE "alert_subscribers_rels" CASCADE;
  DROP TABLE "alert_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_subscribers_fk";
  
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_outbox_kind";
  CREATE TYPE "public"."enum_outbox_kind" AS ENUM('enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'enquiry-reply', 'investor-reply', 'enquiry-follow-up', 'enquiry-due-reminder', 'enquiry-unassigned', 'enquiry-overdue', 'partner-password-reset', 'meeting-booked', 'meeting-cancelled', 'partner-reply-notice');
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_outbox_kind" USING "kind"::"public"."enum_outbox_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendOutbox', 'storeEnquiryIntake', 'sendFollowUps', 'sendReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendOutbox', 'storeEnquiryIntake', 'sendFollowUps', 'sendReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_alert_subscribers_id_idx";
  ALTER TABLE "outbox" DROP COLUMN "list_unsubscribe";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_subscribers_id";
  DROP TYPE "public"."enum_alert_subscribers_kinds";
  DROP TYPE "public"."enum_alert_subscribers_locale";
  DROP TYPE "public"."enum_alert_subscribers_frequency";
  DROP TYPE "public"."enum_alert_subscribers_status";`)
}

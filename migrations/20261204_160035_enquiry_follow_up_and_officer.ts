import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_enquiries_satisfaction" AS ENUM('satisfied', 'not-satisfied');
  CREATE TYPE "public"."enum_users_languages" AS ENUM('zh', 'en', 'ja', 'ko');
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'enquiry-follow-up' BEFORE 'partner-password-reset';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendFollowUps' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendFollowUps' BEFORE 'schedulePublish';
  CREATE TABLE "users_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "enquiries" ADD COLUMN "closed_at" timestamp(3) with time zone;
  ALTER TABLE "enquiries" ADD COLUMN "follow_up_sent_at" timestamp(3) with time zone;
  ALTER TABLE "enquiries" ADD COLUMN "satisfaction" "enum_enquiries_satisfaction";
  ALTER TABLE "enquiries" ADD COLUMN "satisfaction_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "photo_id" integer;
  ALTER TABLE "site" ADD COLUMN "follow_up_days" numeric DEFAULT 14;
  ALTER TABLE "_site_v" ADD COLUMN "version_follow_up_days" numeric DEFAULT 14;
  ALTER TABLE "users_languages" ADD CONSTRAINT "users_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_languages_order_idx" ON "users_languages" USING btree ("order");
  CREATE INDEX "users_languages_parent_idx" ON "users_languages" USING btree ("parent_id");
  ALTER TABLE "users" ADD CONSTRAINT "users_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "enquiries_closed_at_idx" ON "enquiries" USING btree ("closed_at");
  CREATE INDEX "enquiries_satisfaction_idx" ON "enquiries" USING btree ("satisfaction");
  CREATE INDEX "users_photo_idx" ON "users" USING btree ("photo_id");`)
  // Enquiries already closed were closed when their history last moved them to won or lost.
  await db.execute(sql`
  UPDATE "enquiries" e SET "closed_at" = COALESCE(
    (SELECT max(h."changed_at") FROM "enquiries_status_history" h WHERE h."_parent_id" = e."id" AND h."status"::text = e."status"::text),
    e."updated_at")
  WHERE e."status" IN ('won', 'lost');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_languages" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_languages" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_photo_id_media_id_fk";
  
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_outbox_kind";
  CREATE TYPE "public"."enum_outbox_kind" AS ENUM('enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'enquiry-reply', 'investor-reply', 'partner-password-reset');
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_outbox_kind" USING "kind"::"public"."enum_outbox_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendOutbox', 'storeEnquiryIntake', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendOutbox', 'storeEnquiryIntake', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "enquiries_closed_at_idx";
  DROP INDEX "enquiries_satisfaction_idx";
  DROP INDEX "users_photo_idx";
  ALTER TABLE "enquiries" DROP COLUMN "closed_at";
  ALTER TABLE "enquiries" DROP COLUMN "follow_up_sent_at";
  ALTER TABLE "enquiries" DROP COLUMN "satisfaction";
  ALTER TABLE "enquiries" DROP COLUMN "satisfaction_at";
  ALTER TABLE "users" DROP COLUMN "photo_id";
  ALTER TABLE "site" DROP COLUMN "follow_up_days";
  ALTER TABLE "_site_v" DROP COLUMN "version_follow_up_days";
  DROP TYPE "public"."enum_enquiries_satisfaction";
  DROP TYPE "public"."enum_users_languages";`)
}

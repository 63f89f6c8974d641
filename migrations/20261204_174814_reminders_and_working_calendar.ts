import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The reminder stamps start empty: an enquiry already unassigned, due or overdue when this is deployed is
// reminded of once, at the next working time, which is what the officers and admins need to know. The working
// calendar starts empty too (weekdays only) until staff enter the year's holidays.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'enquiry-due-reminder' BEFORE 'partner-password-reset';
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'enquiry-unassigned' BEFORE 'partner-password-reset';
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'enquiry-overdue' BEFORE 'partner-password-reset';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReminders' BEFORE 'schedulePublish';
  CREATE TABLE "site_public_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"name" varchar
  );
  
  CREATE TABLE "site_make_up_workdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"name" varchar
  );
  
  CREATE TABLE "_site_v_version_public_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_v_version_make_up_workdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "enquiries" ADD COLUMN "due_reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "enquiries" ADD COLUMN "unassigned_alert_sent_at" timestamp(3) with time zone;
  ALTER TABLE "enquiries" ADD COLUMN "overdue_alert_sent_at" timestamp(3) with time zone;
  ALTER TABLE "site_public_holidays" ADD CONSTRAINT "site_public_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_make_up_workdays" ADD CONSTRAINT "site_make_up_workdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_version_public_holidays" ADD CONSTRAINT "_site_v_version_public_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_version_make_up_workdays" ADD CONSTRAINT "_site_v_version_make_up_workdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_public_holidays_order_idx" ON "site_public_holidays" USING btree ("_order");
  CREATE INDEX "site_public_holidays_parent_id_idx" ON "site_public_holidays" USING btree ("_parent_id");
  CREATE INDEX "site_make_up_workdays_order_idx" ON "site_make_up_workdays" USING btree ("_order");
  CREATE INDEX "site_make_up_workdays_parent_id_idx" ON "site_make_up_workdays" USING btree ("_parent_id");
  CREATE INDEX "_site_v_version_public_holidays_order_idx" ON "_site_v_version_public_holidays" USING btree ("_order");
  CREATE INDEX "_site_v_version_public_holidays_parent_id_idx" ON "_site_v_version_public_holidays" USING btree ("_parent_id");
  CREATE INDEX "_site_v_version_make_up_workdays_order_idx" ON "_site_v_version_make_up_workdays" USING btree ("_order");
  CREATE INDEX "_site_v_version_make_up_workdays_parent_id_idx" ON "_site_v_version_make_up_workdays" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_public_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_make_up_workdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_site_v_version_public_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_site_v_version_make_up_workdays" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_public_holidays" CASCADE;
  DROP TABLE "site_make_up_workdays" CASCADE;
  DROP TABLE "_site_v_version_public_holidays" CASCADE;
  DROP TABLE "_site_v_version_make_up_workdays" CASCADE;
  
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_outbox_kind";
  CREATE TYPE "public"."enum_outbox_kind" AS ENUM('enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'enquiry-reply', 'investor-reply', 'enquiry-follow-up', 'partner-password-reset');
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_outbox_kind" USING "kind"::"public"."enum_outbox_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendOutbox', 'storeEnquiryIntake', 'sendFollowUps', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendOutbox', 'storeEnquiryIntake', 'sendFollowUps', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "enquiries" DROP COLUMN "due_reminder_sent_at";
  ALTER TABLE "enquiries" DROP COLUMN "unassigned_alert_sent_at";
  ALTER TABLE "enquiries" DROP COLUMN "overdue_alert_sent_at";`)
}

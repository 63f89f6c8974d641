import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_enquiry_replies_from" ADD VALUE 'partner';
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'partner-reply-notice';
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiry_replies" ALTER COLUMN "from" SET DATA TYPE text;
  ALTER TABLE "enquiry_replies" ALTER COLUMN "from" SET DEFAULT 'officer'::text;
  DROP TYPE "public"."enum_enquiry_replies_from";
  CREATE TYPE "public"."enum_enquiry_replies_from" AS ENUM('officer', 'investor');
  ALTER TABLE "enquiry_replies" ALTER COLUMN "from" SET DEFAULT 'officer'::"public"."enum_enquiry_replies_from";
  ALTER TABLE "enquiry_replies" ALTER COLUMN "from" SET DATA TYPE "public"."enum_enquiry_replies_from" USING "from"::"public"."enum_enquiry_replies_from";
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_outbox_kind";
  CREATE TYPE "public"."enum_outbox_kind" AS ENUM('enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'enquiry-reply', 'investor-reply', 'enquiry-follow-up', 'enquiry-due-reminder', 'enquiry-unassigned', 'enquiry-overdue', 'partner-password-reset', 'meeting-booked', 'meeting-cancelled');
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_outbox_kind" USING "kind"::"public"."enum_outbox_kind";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Officers' meeting slots, investors' bookings of them (unique active_slot_id and active_enquiry_id: no slot
// or enquiry holds two standing bookings, whatever the timing), and attachments in the outbox (the .ics).
// Edited by hand from the generated "set null" to cascade for the NOT NULL references (a slot's officer, a
// booking's slot and enquiry), which could not take a NULL; the generator's unrelated switch of the replies'
// foreign key back to "set null" is left out, as in the migrations before this one.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meeting_slots_languages" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_meeting_slots_startsat_tz" AS ENUM('Asia/Shanghai');
  CREATE TYPE "public"."enum_meeting_slots_minutes" AS ENUM('30', '45', '60', '90');
  CREATE TYPE "public"."enum_meeting_slots_mode" AS ENUM('video', 'in-person');
  CREATE TYPE "public"."enum_meeting_bookings_status" AS ENUM('booked', 'cancelled');
  CREATE TYPE "public"."enum_meeting_bookings_cancelled_by" AS ENUM('officer', 'investor');
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'meeting-booked';
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'meeting-cancelled';
  CREATE TABLE "meeting_slots_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_meeting_slots_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "meeting_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"officer_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_meeting_slots_startsat_tz" DEFAULT 'Asia/Shanghai' NOT NULL,
  	"minutes" "enum_meeting_slots_minutes" DEFAULT '60' NOT NULL,
  	"mode" "enum_meeting_slots_mode" DEFAULT 'video' NOT NULL,
  	"booked" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "meeting_bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slot_id" integer NOT NULL,
  	"enquiry_id" integer NOT NULL,
  	"status" "enum_meeting_bookings_status" DEFAULT 'booked' NOT NULL,
  	"active_slot_id" integer,
  	"active_enquiry_id" integer,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancelled_by" "enum_meeting_bookings_cancelled_by",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outbox_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"filename" varchar NOT NULL,
  	"content_type" varchar NOT NULL,
  	"content" varchar NOT NULL
  );
  
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_slots_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "meeting_bookings_id" integer;
  ALTER TABLE "meeting_slots_languages" ADD CONSTRAINT "meeting_slots_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_bookings" ADD CONSTRAINT "meeting_bookings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_bookings" ADD CONSTRAINT "meeting_bookings_enquiry_id_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meeting_bookings" ADD CONSTRAINT "meeting_bookings_active_slot_id_meeting_slots_id_fk" FOREIGN KEY ("active_slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meeting_bookings" ADD CONSTRAINT "meeting_bookings_active_enquiry_id_enquiries_id_fk" FOREIGN KEY ("active_enquiry_id") REFERENCES "public"."enquiries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outbox_attachments" ADD CONSTRAINT "outbox_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meeting_slots_languages_order_idx" ON "meeting_slots_languages" USING btree ("order");
  CREATE INDEX "meeting_slots_languages_parent_idx" ON "meeting_slots_languages" USING btree ("parent_id");
  CREATE INDEX "meeting_slots_officer_idx" ON "meeting_slots" USING btree ("officer_id");
  CREATE INDEX "meeting_slots_starts_at_idx" ON "meeting_slots" USING btree ("starts_at");
  CREATE INDEX "meeting_slots_booked_idx" ON "meeting_slots" USING btree ("booked");
  CREATE INDEX "meeting_slots_updated_at_idx" ON "meeting_slots" USING btree ("updated_at");
  CREATE INDEX "meeting_slots_created_at_idx" ON "meeting_slots" USING btree ("created_at");
  CREATE INDEX "meeting_bookings_slot_idx" ON "meeting_bookings" USING btree ("slot_id");
  CREATE INDEX "meeting_bookings_enquiry_idx" ON "meeting_bookings" USING btree ("enquiry_id");
  CREATE INDEX "meeting_bookings_status_idx" ON "meeting_bookings" USING btree ("status");
  CREATE UNIQUE INDEX "meeting_bookings_active_slot_idx" ON "meeting_bookings" USING btree ("active_slot_id");
  CREATE UNIQUE INDEX "meeting_bookings_active_enquiry_idx" ON "meeting_bookings" USING btree ("active_enquiry_id");
  CREATE INDEX "meeting_bookings_updated_at_idx" ON "meeting_bookings" USING btree ("updated_at");
  CREATE INDEX "meeting_bookings_created_at_idx" ON "meeting_bookings" USING btree ("created_at");
  CREATE INDEX "outbox_attachments_order_idx" ON "outbox_attachments" USING btree ("_order");
  CREATE INDEX "outbox_attachments_parent_id_idx" ON "outbox_attachments" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_slots_fk" FOREIGN KEY ("meeting_slots_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meeting_bookings_fk" FOREIGN KEY ("meeting_bookings_id") REFERENCES "public"."meeting_bookings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_meeting_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_slots_id");
  CREATE INDEX "payload_locked_documents_rels_meeting_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("meeting_bookings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meeting_slots_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_slots" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "meeting_bookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outbox_attachments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meeting_slots_languages" CASCADE;
  DROP TABLE "meeting_slots" CASCADE;
  DROP TABLE "meeting_bookings" CASCADE;
  DROP TABLE "outbox_attachments" CASCADE;
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_slots_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_meeting_bookings_fk";
  
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_outbox_kind";
  CREATE TYPE "public"."enum_outbox_kind" AS ENUM('enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'enquiry-reply', 'investor-reply', 'enquiry-follow-up', 'enquiry-due-reminder', 'enquiry-unassigned', 'enquiry-overdue', 'partner-password-reset');
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_outbox_kind" USING "kind"::"public"."enum_outbox_kind";
  DROP INDEX "payload_locked_documents_rels_meeting_slots_id_idx";
  DROP INDEX "payload_locked_documents_rels_meeting_bookings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_slots_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "meeting_bookings_id";
  DROP TYPE "public"."enum_meeting_slots_languages";
  DROP TYPE "public"."enum_meeting_slots_startsat_tz";
  DROP TYPE "public"."enum_meeting_slots_minutes";
  DROP TYPE "public"."enum_meeting_slots_mode";
  DROP TYPE "public"."enum_meeting_bookings_status";
  DROP TYPE "public"."enum_meeting_bookings_cancelled_by";`)
}

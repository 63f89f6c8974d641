// The site global's bureau identity (map link, bureau name, office hours) and the enquiries' thread (enquiry-replies,
// two outbox kinds). A reply belongs to its enquiry: deleting the enquiry deletes its replies (ON DELETE
// cascade, edited by hand from the generated "set null", which the NOT NULL column could not take).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_enquiry_replies_from" AS ENUM('officer', 'investor');
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'enquiry-reply' BEFORE 'partner-password-reset';
  ALTER TYPE "public"."enum_outbox_kind" ADD VALUE 'investor-reply' BEFORE 'partner-password-reset';
  CREATE TABLE "enquiry_replies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"enquiry_id" integer NOT NULL,
  	"body" varchar NOT NULL,
  	"from" "enum_enquiry_replies_from" DEFAULT 'officer',
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "enquiry_replies_id" integer;
  ALTER TABLE "site" ADD COLUMN "map_url" varchar;
  ALTER TABLE "site_locales" ADD COLUMN "bureau_name" varchar;
  ALTER TABLE "site_locales" ADD COLUMN "office_hours" varchar;
  ALTER TABLE "_site_v" ADD COLUMN "version_map_url" varchar;
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_bureau_name" varchar;
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_office_hours" varchar;
  ALTER TABLE "enquiry_replies" ADD CONSTRAINT "enquiry_replies_enquiry_id_enquiries_id_fk" FOREIGN KEY ("enquiry_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiry_replies" ADD CONSTRAINT "enquiry_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "enquiry_replies_enquiry_idx" ON "enquiry_replies" USING btree ("enquiry_id");
  CREATE INDEX "enquiry_replies_author_idx" ON "enquiry_replies" USING btree ("author_id");
  CREATE INDEX "enquiry_replies_updated_at_idx" ON "enquiry_replies" USING btree ("updated_at");
  CREATE INDEX "enquiry_replies_created_at_idx" ON "enquiry_replies" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enquiry_replies_fk" FOREIGN KEY ("enquiry_replies_id") REFERENCES "public"."enquiry_replies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_enquiry_replies_id_idx" ON "payload_locked_documents_rels" USING btree ("enquiry_replies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "enquiry_replies" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "enquiry_replies" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_enquiry_replies_fk";
  
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_outbox_kind";
  CREATE TYPE "public"."enum_outbox_kind" AS ENUM('enquiry-confirmation', 'enquiry-notification', 'enquiry-assignment', 'partner-password-reset');
  ALTER TABLE "outbox" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_outbox_kind" USING "kind"::"public"."enum_outbox_kind";
  DROP INDEX "payload_locked_documents_rels_enquiry_replies_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "enquiry_replies_id";
  ALTER TABLE "site" DROP COLUMN "map_url";
  ALTER TABLE "site_locales" DROP COLUMN "bureau_name";
  ALTER TABLE "site_locales" DROP COLUMN "office_hours";
  ALTER TABLE "_site_v" DROP COLUMN "version_map_url";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_bureau_name";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_office_hours";
  DROP TYPE "public"."enum_enquiry_replies_from";`)
}

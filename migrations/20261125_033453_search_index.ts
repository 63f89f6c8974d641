import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" integer NOT NULL,
  	"locale" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"content" text NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"tokens" "tsvector" NOT NULL,
  	"title_tokens" "tsvector" NOT NULL
  );
  
  CREATE UNIQUE INDEX "search_entries_document_locale_idx" ON "search_entries" USING btree ("collection","doc_id","locale");
  CREATE INDEX "search_entries_tokens_idx" ON "search_entries" USING gin ("tokens");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "search_entries" CASCADE;`)
}

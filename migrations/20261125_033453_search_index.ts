import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { syncSearchEntries } from '../lib/search/searchIndex'

const BACKFILL_PAGE_SIZE = 100

/** The content collections when the index was made: one added later has its own migration, and its table does not exist yet here. */
const COLLECTIONS_TO_BACKFILL = ['industries', 'projects', 'funds', 'rcep-services', 'talent-policies', 'areas', 'news'] as const

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

  // Content published before the index existed: from now on the collections' hooks keep it in sync.
  for (const collection of COLLECTIONS_TO_BACKFILL) {
    for (let page = 1, hasNextPage = true; hasNextPage; page++) {
      const result = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        select: {},
        depth: 0,
        limit: BACKFILL_PAGE_SIZE,
        page,
        req,
      })
      for (const doc of result.docs) await syncSearchEntries({ payload, collection, id: doc.id, req })
      hasNextPage = result.hasNextPage
    }
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "search_entries" CASCADE;`)
}

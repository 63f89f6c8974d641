import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "search_entries_recent_idx" ON "search_entries" USING btree ("locale","collection","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);
  CREATE INDEX "search_entries_title_tokens_idx" ON "search_entries" USING gin ("title_tokens");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_recent_idx";
  DROP INDEX "search_entries_title_tokens_idx";`)
}

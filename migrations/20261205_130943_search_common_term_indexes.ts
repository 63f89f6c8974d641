import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_tokens_idx";
  CREATE INDEX "search_entries_tokens_zh_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'zh';
  CREATE INDEX "search_entries_tokens_en_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'en';
  CREATE INDEX "search_entries_tokens_ja_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'ja';
  CREATE INDEX "search_entries_tokens_ko_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'ko';
  CREATE INDEX "search_entries_recent_idx" ON "search_entries" USING btree ("locale","collection","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);
  CREATE INDEX "search_entries_title_tokens_idx" ON "search_entries" USING gin ("title_tokens");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_tokens_zh_idx";
  DROP INDEX "search_entries_tokens_en_idx";
  DROP INDEX "search_entries_tokens_ja_idx";
  DROP INDEX "search_entries_tokens_ko_idx";
  DROP INDEX "search_entries_recent_idx";
  DROP INDEX "search_entries_title_tokens_idx";
  CREATE INDEX "search_entries_tokens_idx" ON "search_entries" USING gin ("tokens");`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_tokens_zh_idx";
  DROP INDEX "search_entries_tokens_en_idx";
  DROP INDEX "search_entries_tokens_ja_idx";
  DROP INDEX "search_entries_tokens_ko_idx";
  DROP INDEX "search_entries_title_tokens_idx";
  CREATE INDEX "search_entries_tokens_zh_idx" ON "search_entries" USING gin ("tokens") WITH (fastupdate=false) WHERE locale = 'zh';
  CREATE INDEX "search_entries_tokens_en_idx" ON "search_entries" USING gin ("tokens") WITH (fastupdate=false) WHERE locale = 'en';
  CREATE INDEX "search_entries_tokens_ja_idx" ON "search_entries" USING gin ("tokens") WITH (fastupdate=false) WHERE locale = 'ja';
  CREATE INDEX "search_entries_tokens_ko_idx" ON "search_entries" USING gin ("tokens") WITH (fastupdate=false) WHERE locale = 'ko';
  CREATE INDEX "search_entries_title_tokens_idx" ON "search_entries" USING gin ("title_tokens") WITH (fastupdate=false);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "search_entries_tokens_zh_idx";
  DROP INDEX "search_entries_tokens_en_idx";
  DROP INDEX "search_entries_tokens_ja_idx";
  DROP INDEX "search_entries_tokens_ko_idx";
  DROP INDEX "search_entries_title_tokens_idx";
  CREATE INDEX "search_entries_tokens_zh_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'zh';
  CREATE INDEX "search_entries_tokens_en_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'en';
  CREATE INDEX "search_entries_tokens_ja_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'ja';
  CREATE INDEX "search_entries_tokens_ko_idx" ON "search_entries" USING gin ("tokens") WHERE locale = 'ko';
  CREATE INDEX "search_entries_title_tokens_idx" ON "search_entries" USING gin ("title_tokens");`)
}

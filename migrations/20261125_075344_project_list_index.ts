import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "industry_stage_publishedAt_idx" ON "projects" USING btree ("industry_id","stage","published_at");
  CREATE INDEX "version_industry_version_stage_version_publishedAt_idx" ON "_projects_v" USING btree ("version_industry_id","version_stage","version_published_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "industry_stage_publishedAt_idx";
  DROP INDEX "version_industry_version_stage_version_publishedAt_idx";`)
}

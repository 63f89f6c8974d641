import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "industry_stage_publishedAt_idx";
  DROP INDEX "version_industry_version_stage_version_publishedAt_idx";
  CREATE INDEX "industries_locales_published_in_locale_idx" ON "industries_locales" USING btree ("_locale","_parent_id","_status");
  CREATE INDEX "projects_industry_stage_published_at_idx" ON "projects" USING btree ("industry_id","stage","published_at","investment","id");
  CREATE INDEX "projects_locales_published_in_locale_idx" ON "projects_locales" USING btree ("_locale","_parent_id","_status");
  CREATE INDEX "funds_locales_published_in_locale_idx" ON "funds_locales" USING btree ("_locale","_parent_id","_status");
  CREATE INDEX "rcep_services_locales_published_in_locale_idx" ON "rcep_services_locales" USING btree ("_locale","_parent_id","_status");
  CREATE INDEX "talent_policies_locales_published_in_locale_idx" ON "talent_policies_locales" USING btree ("_locale","_parent_id","_status");
  CREATE INDEX "areas_locales_published_in_locale_idx" ON "areas_locales" USING btree ("_locale","_parent_id","_status");
  CREATE INDEX "news_locales_published_in_locale_idx" ON "news_locales" USING btree ("_locale","_parent_id","_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "industries_locales_published_in_locale_idx";
  DROP INDEX "projects_industry_stage_published_at_idx";
  DROP INDEX "projects_locales_published_in_locale_idx";
  DROP INDEX "funds_locales_published_in_locale_idx";
  DROP INDEX "rcep_services_locales_published_in_locale_idx";
  DROP INDEX "talent_policies_locales_published_in_locale_idx";
  DROP INDEX "areas_locales_published_in_locale_idx";
  DROP INDEX "news_locales_published_in_locale_idx";
  CREATE INDEX "industry_stage_publishedAt_idx" ON "projects" USING btree ("industry_id","stage","published_at");
  CREATE INDEX "version_industry_version_stage_version_publishedAt_idx" ON "_projects_v" USING btree ("version_industry_id","version_stage","version_published_at");`)
}

import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** The content collections' tables, as they were when this migration was written. */
const TABLES = ['industries', 'projects', 'funds', 'rcep_services', 'talent_policies', 'areas', 'news']

/** Back to one status per document and version: the Chinese one, which every other locale falls back to. */
function statusOutOfLocales(table: string) {
  return sql.raw(`
  UPDATE "${table}" d SET "_status" = l."_status" FROM "${table}_locales" l WHERE l."_parent_id" = d."id" AND l."_locale" = 'zh';
  UPDATE "_${table}_v" v SET "version__status" = l."version__status" FROM "_${table}_v_locales" l WHERE l."_parent_id" = v."id" AND l."_locale" = 'zh';`)
}

/**
 * Each locale of a content document is published on its own (`versions.drafts.localizeStatus`): `_status`
 * is on the locales' rows now, and `version__status` on the versions' locales' rows. They were added and
 * filled, every published document published in every locale, by 20261125_033452_status_per_locale; this
 * moves the indexes to them and drops the columns of one status per document.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "industries__status_idx";
  DROP INDEX "_industries_v_version_version__status_idx";
  DROP INDEX "projects__status_idx";
  DROP INDEX "_projects_v_version_version__status_idx";
  DROP INDEX "funds__status_idx";
  DROP INDEX "_funds_v_version_version__status_idx";
  DROP INDEX "rcep_services__status_idx";
  DROP INDEX "_rcep_services_v_version_version__status_idx";
  DROP INDEX "talent_policies__status_idx";
  DROP INDEX "_talent_policies_v_version_version__status_idx";
  DROP INDEX "areas__status_idx";
  DROP INDEX "_areas_v_version_version__status_idx";
  DROP INDEX "news__status_idx";
  DROP INDEX "_news_v_version_version__status_idx";
  CREATE INDEX "industries__status_idx" ON "industries_locales" USING btree ("_status","_locale");
  CREATE INDEX "_industries_v_version_version__status_idx" ON "_industries_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "projects__status_idx" ON "projects_locales" USING btree ("_status","_locale");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "funds__status_idx" ON "funds_locales" USING btree ("_status","_locale");
  CREATE INDEX "_funds_v_version_version__status_idx" ON "_funds_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "rcep_services__status_idx" ON "rcep_services_locales" USING btree ("_status","_locale");
  CREATE INDEX "_rcep_services_v_version_version__status_idx" ON "_rcep_services_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "talent_policies__status_idx" ON "talent_policies_locales" USING btree ("_status","_locale");
  CREATE INDEX "_talent_policies_v_version_version__status_idx" ON "_talent_policies_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "areas__status_idx" ON "areas_locales" USING btree ("_status","_locale");
  CREATE INDEX "_areas_v_version_version__status_idx" ON "_areas_v_locales" USING btree ("version__status","_locale");
  CREATE INDEX "news__status_idx" ON "news_locales" USING btree ("_status","_locale");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v_locales" USING btree ("version__status","_locale");
  ALTER TABLE "industries" DROP COLUMN "_status";
  ALTER TABLE "_industries_v" DROP COLUMN "version__status";
  ALTER TABLE "projects" DROP COLUMN "_status";
  ALTER TABLE "_projects_v" DROP COLUMN "version__status";
  ALTER TABLE "funds" DROP COLUMN "_status";
  ALTER TABLE "_funds_v" DROP COLUMN "version__status";
  ALTER TABLE "rcep_services" DROP COLUMN "_status";
  ALTER TABLE "_rcep_services_v" DROP COLUMN "version__status";
  ALTER TABLE "talent_policies" DROP COLUMN "_status";
  ALTER TABLE "_talent_policies_v" DROP COLUMN "version__status";
  ALTER TABLE "areas" DROP COLUMN "_status";
  ALTER TABLE "_areas_v" DROP COLUMN "version__status";
  ALTER TABLE "news" DROP COLUMN "_status";
  ALTER TABLE "_news_v" DROP COLUMN "version__status";`)
}

/** One status per document again, each the Chinese one; the columns per locale stay (20261125_033452_status_per_locale's down drops them). */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "industries__status_idx";
  DROP INDEX "_industries_v_version_version__status_idx";
  DROP INDEX "projects__status_idx";
  DROP INDEX "_projects_v_version_version__status_idx";
  DROP INDEX "funds__status_idx";
  DROP INDEX "_funds_v_version_version__status_idx";
  DROP INDEX "rcep_services__status_idx";
  DROP INDEX "_rcep_services_v_version_version__status_idx";
  DROP INDEX "talent_policies__status_idx";
  DROP INDEX "_talent_policies_v_version_version__status_idx";
  DROP INDEX "areas__status_idx";
  DROP INDEX "_areas_v_version_version__status_idx";
  DROP INDEX "news__status_idx";
  DROP INDEX "_news_v_version_version__status_idx";
  ALTER TABLE "industries" ADD COLUMN "_status" "enum_industries_status" DEFAULT 'draft';
  ALTER TABLE "_industries_v" ADD COLUMN "version__status" "enum__industries_v_version_status" DEFAULT 'draft';
  ALTER TABLE "projects" ADD COLUMN "_status" "enum_projects_status" DEFAULT 'draft';
  ALTER TABLE "_projects_v" ADD COLUMN "version__status" "enum__projects_v_version_status" DEFAULT 'draft';
  ALTER TABLE "funds" ADD COLUMN "_status" "enum_funds_status" DEFAULT 'draft';
  ALTER TABLE "_funds_v" ADD COLUMN "version__status" "enum__funds_v_version_status" DEFAULT 'draft';
  ALTER TABLE "rcep_services" ADD COLUMN "_status" "enum_rcep_services_status" DEFAULT 'draft';
  ALTER TABLE "_rcep_services_v" ADD COLUMN "version__status" "enum__rcep_services_v_version_status" DEFAULT 'draft';
  ALTER TABLE "talent_policies" ADD COLUMN "_status" "enum_talent_policies_status" DEFAULT 'draft';
  ALTER TABLE "_talent_policies_v" ADD COLUMN "version__status" "enum__talent_policies_v_version_status" DEFAULT 'draft';
  ALTER TABLE "areas" ADD COLUMN "_status" "enum_areas_status" DEFAULT 'draft';
  ALTER TABLE "_areas_v" ADD COLUMN "version__status" "enum__areas_v_version_status" DEFAULT 'draft';
  ALTER TABLE "news" ADD COLUMN "_status" "enum_news_status" DEFAULT 'draft';
  ALTER TABLE "_news_v" ADD COLUMN "version__status" "enum__news_v_version_status" DEFAULT 'draft';`)
  for (const table of TABLES) await db.execute(statusOutOfLocales(table))
  await db.execute(sql`
  CREATE INDEX "industries__status_idx" ON "industries" USING btree ("_status");
  CREATE INDEX "_industries_v_version_version__status_idx" ON "_industries_v" USING btree ("version__status");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "funds__status_idx" ON "funds" USING btree ("_status");
  CREATE INDEX "_funds_v_version_version__status_idx" ON "_funds_v" USING btree ("version__status");
  CREATE INDEX "rcep_services__status_idx" ON "rcep_services" USING btree ("_status");
  CREATE INDEX "_rcep_services_v_version_version__status_idx" ON "_rcep_services_v" USING btree ("version__status");
  CREATE INDEX "talent_policies__status_idx" ON "talent_policies" USING btree ("_status");
  CREATE INDEX "_talent_policies_v_version_version__status_idx" ON "_talent_policies_v" USING btree ("version__status");
  CREATE INDEX "areas__status_idx" ON "areas" USING btree ("_status");
  CREATE INDEX "_areas_v_version_version__status_idx" ON "_areas_v" USING btree ("version__status");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");`)
}

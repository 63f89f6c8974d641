import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * Dated before 20261125_033453_search_index on purpose. Each locale of a content document is now published
 * on its own (`versions.drafts.localizeStatus`), so Payload reads `_status` from the locales' rows; that
 * migration and 20261204_145448_translation_state read the content through Payload's Local API, with
 * today's schema, and would fail on a new database without these columns. On a database that ran them
 * already, this runs after them, before 20261205_005055_localize_status, which drops the old columns.
 */

/** The content collections' tables and the locales, as they were when this migration was written. */
const TABLES = ['industries', 'projects', 'funds', 'rcep_services', 'talent_policies', 'areas', 'news']
const LOCALES = `(VALUES ('zh'), ('en'), ('ja'), ('ko')) AS l(code)`

/**
 * Each document and each version gets a row in every locale, holding the status it had as a whole: a
 * published document stays published in every locale (the untranslated ones falling back to Chinese, as
 * before), a draft stays a draft. (Payload's own `localizeStatus` migration takes each locale's status from
 * the latest version, which would unpublish every document whose latest version is a draft of a change.)
 */
function statusIntoLocales(table: string) {
  return sql.raw(`
  INSERT INTO "${table}_locales" ("_locale", "_parent_id") SELECT l.code::"_locales", d."id" FROM "${table}" d CROSS JOIN ${LOCALES} ON CONFLICT ("_locale", "_parent_id") DO NOTHING;
  UPDATE "${table}_locales" l SET "_status" = d."_status" FROM "${table}" d WHERE l."_parent_id" = d."id";
  INSERT INTO "_${table}_v_locales" ("_locale", "_parent_id") SELECT l.code::"_locales", v."id" FROM "_${table}_v" v CROSS JOIN ${LOCALES} ON CONFLICT ("_locale", "_parent_id") DO NOTHING;
  UPDATE "_${table}_v_locales" l SET "version__status" = v."version__status" FROM "_${table}_v" v WHERE l."_parent_id" = v."id";`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "industries_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_industries_status" DEFAULT 'draft';
  ALTER TABLE "_industries_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__industries_v_version_status" DEFAULT 'draft';
  ALTER TABLE "projects_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_projects_status" DEFAULT 'draft';
  ALTER TABLE "_projects_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__projects_v_version_status" DEFAULT 'draft';
  ALTER TABLE "funds_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_funds_status" DEFAULT 'draft';
  ALTER TABLE "_funds_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__funds_v_version_status" DEFAULT 'draft';
  ALTER TABLE "rcep_services_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_rcep_services_status" DEFAULT 'draft';
  ALTER TABLE "_rcep_services_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__rcep_services_v_version_status" DEFAULT 'draft';
  ALTER TABLE "talent_policies_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_talent_policies_status" DEFAULT 'draft';
  ALTER TABLE "_talent_policies_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__talent_policies_v_version_status" DEFAULT 'draft';
  ALTER TABLE "areas_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_areas_status" DEFAULT 'draft';
  ALTER TABLE "_areas_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__areas_v_version_status" DEFAULT 'draft';
  ALTER TABLE "news_locales" ADD COLUMN IF NOT EXISTS "_status" "enum_news_status" DEFAULT 'draft';
  ALTER TABLE "_news_v_locales" ADD COLUMN IF NOT EXISTS "version__status" "enum__news_v_version_status" DEFAULT 'draft';`)
  for (const table of TABLES) await db.execute(statusIntoLocales(table))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "industries_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_industries_v_locales" DROP COLUMN IF EXISTS "version__status";
  ALTER TABLE "projects_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_projects_v_locales" DROP COLUMN IF EXISTS "version__status";
  ALTER TABLE "funds_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_funds_v_locales" DROP COLUMN IF EXISTS "version__status";
  ALTER TABLE "rcep_services_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_rcep_services_v_locales" DROP COLUMN IF EXISTS "version__status";
  ALTER TABLE "talent_policies_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_talent_policies_v_locales" DROP COLUMN IF EXISTS "version__status";
  ALTER TABLE "areas_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_areas_v_locales" DROP COLUMN IF EXISTS "version__status";
  ALTER TABLE "news_locales" DROP COLUMN IF EXISTS "_status";
  ALTER TABLE "_news_v_locales" DROP COLUMN IF EXISTS "version__status";`)
}

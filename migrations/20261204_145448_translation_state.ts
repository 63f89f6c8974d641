import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { collectTexts, computeTranslationState, localizedTextSelect, TARGET_LOCALES } from '../lib/translation/state'

/**
 * The content collections when the state was added: one added later has its own migration, and its table
 * does not exist yet here. Only their localized texts are read: a relationship to a later collection
 * (news's `related`) names a column that does not exist yet either.
 */
const COLLECTIONS_TO_CARRY_OVER = ['industries', 'projects', 'funds', 'rcep-services', 'talent-policies', 'areas', 'news'] as const

/**
 * Existing documents carry over: every translation they hold counts as current with today's Chinese (the
 * seed's and the editors' translations were written from it); a field with no translation is missing. Both
 * the document's row and its latest version (a newer draft, where there is one) get their state.
 */
async function carryOverTranslationState({ db, payload, req }: MigrateUpArgs): Promise<void> {
  for (const collection of COLLECTIONS_TO_CARRY_OVER) {
    const fields = payload.collections[collection].config.flattenedFields
    const table = collection.replaceAll('-', '_')
    for (const draft of [false, true]) {
      const { docs } = await payload.find({ collection, locale: 'all', draft, pagination: false, depth: 0, select: localizedTextSelect(fields), req })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const state = computeTranslationState({
          fields,
          textsIn: (locale) => collectTexts(fields, doc, (value) => (value as Record<string, unknown> | null | undefined)?.[locale]),
          savingLocale: 'all',
        })
        const [en, ja, ko] = TARGET_LOCALES.map((locale) => state[locale] ?? null)
        const details = JSON.stringify(state.details)
        await db.execute(
          draft
            ? sql`UPDATE ${sql.identifier(`_${table}_v`)} SET version_translation_state_en = ${en}, version_translation_state_ja = ${ja}, version_translation_state_ko = ${ko}, version_translation_state_details = ${details}::jsonb WHERE parent_id = ${doc.id} AND latest`
            : sql`UPDATE ${sql.identifier(table)} SET translation_state_en = ${en}, translation_state_ja = ${ja}, translation_state_ko = ${ko}, translation_state_details = ${details}::jsonb WHERE id = ${doc.id}`,
        )
      }
    }
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_industries_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_industries_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_industries_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__industries_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__industries_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__industries_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_projects_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_projects_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_projects_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__projects_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__projects_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__projects_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_funds_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_funds_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_funds_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__funds_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__funds_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__funds_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_rcep_services_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_rcep_services_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_rcep_services_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__rcep_services_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__rcep_services_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__rcep_services_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_talent_policies_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_talent_policies_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_talent_policies_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__talent_policies_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__talent_policies_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__talent_policies_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_areas_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_areas_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_areas_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__areas_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__areas_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__areas_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_news_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_news_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum_news_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__news_v_version_translation_state_en" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__news_v_version_translation_state_ja" AS ENUM('current', 'outdated', 'missing');
  CREATE TYPE "public"."enum__news_v_version_translation_state_ko" AS ENUM('current', 'outdated', 'missing');
  
  ALTER TABLE "industries" ADD COLUMN "translation_state_en" "enum_industries_translation_state_en";
  ALTER TABLE "industries" ADD COLUMN "translation_state_ja" "enum_industries_translation_state_ja";
  ALTER TABLE "industries" ADD COLUMN "translation_state_ko" "enum_industries_translation_state_ko";
  ALTER TABLE "industries" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_industries_v" ADD COLUMN "version_translation_state_en" "enum__industries_v_version_translation_state_en";
  ALTER TABLE "_industries_v" ADD COLUMN "version_translation_state_ja" "enum__industries_v_version_translation_state_ja";
  ALTER TABLE "_industries_v" ADD COLUMN "version_translation_state_ko" "enum__industries_v_version_translation_state_ko";
  ALTER TABLE "_industries_v" ADD COLUMN "version_translation_state_details" jsonb;
  ALTER TABLE "projects" ADD COLUMN "translation_state_en" "enum_projects_translation_state_en";
  ALTER TABLE "projects" ADD COLUMN "translation_state_ja" "enum_projects_translation_state_ja";
  ALTER TABLE "projects" ADD COLUMN "translation_state_ko" "enum_projects_translation_state_ko";
  ALTER TABLE "projects" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_state_en" "enum__projects_v_version_translation_state_en";
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_state_ja" "enum__projects_v_version_translation_state_ja";
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_state_ko" "enum__projects_v_version_translation_state_ko";
  ALTER TABLE "_projects_v" ADD COLUMN "version_translation_state_details" jsonb;
  ALTER TABLE "funds" ADD COLUMN "translation_state_en" "enum_funds_translation_state_en";
  ALTER TABLE "funds" ADD COLUMN "translation_state_ja" "enum_funds_translation_state_ja";
  ALTER TABLE "funds" ADD COLUMN "translation_state_ko" "enum_funds_translation_state_ko";
  ALTER TABLE "funds" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_funds_v" ADD COLUMN "version_translation_state_en" "enum__funds_v_version_translation_state_en";
  ALTER TABLE "_funds_v" ADD COLUMN "version_translation_state_ja" "enum__funds_v_version_translation_state_ja";
  ALTER TABLE "_funds_v" ADD COLUMN "version_translation_state_ko" "enum__funds_v_version_translation_state_ko";
  ALTER TABLE "_funds_v" ADD COLUMN "version_translation_state_details" jsonb;
  ALTER TABLE "rcep_services" ADD COLUMN "translation_state_en" "enum_rcep_services_translation_state_en";
  ALTER TABLE "rcep_services" ADD COLUMN "translation_state_ja" "enum_rcep_services_translation_state_ja";
  ALTER TABLE "rcep_services" ADD COLUMN "translation_state_ko" "enum_rcep_services_translation_state_ko";
  ALTER TABLE "rcep_services" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_rcep_services_v" ADD COLUMN "version_translation_state_en" "enum__rcep_services_v_version_translation_state_en";
  ALTER TABLE "_rcep_services_v" ADD COLUMN "version_translation_state_ja" "enum__rcep_services_v_version_translation_state_ja";
  ALTER TABLE "_rcep_services_v" ADD COLUMN "version_translation_state_ko" "enum__rcep_services_v_version_translation_state_ko";
  ALTER TABLE "_rcep_services_v" ADD COLUMN "version_translation_state_details" jsonb;
  ALTER TABLE "talent_policies" ADD COLUMN "translation_state_en" "enum_talent_policies_translation_state_en";
  ALTER TABLE "talent_policies" ADD COLUMN "translation_state_ja" "enum_talent_policies_translation_state_ja";
  ALTER TABLE "talent_policies" ADD COLUMN "translation_state_ko" "enum_talent_policies_translation_state_ko";
  ALTER TABLE "talent_policies" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_talent_policies_v" ADD COLUMN "version_translation_state_en" "enum__talent_policies_v_version_translation_state_en";
  ALTER TABLE "_talent_policies_v" ADD COLUMN "version_translation_state_ja" "enum__talent_policies_v_version_translation_state_ja";
  ALTER TABLE "_talent_policies_v" ADD COLUMN "version_translation_state_ko" "enum__talent_policies_v_version_translation_state_ko";
  ALTER TABLE "_talent_policies_v" ADD COLUMN "version_translation_state_details" jsonb;
  ALTER TABLE "areas" ADD COLUMN "translation_state_en" "enum_areas_translation_state_en";
  ALTER TABLE "areas" ADD COLUMN "translation_state_ja" "enum_areas_translation_state_ja";
  ALTER TABLE "areas" ADD COLUMN "translation_state_ko" "enum_areas_translation_state_ko";
  ALTER TABLE "areas" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_areas_v" ADD COLUMN "version_translation_state_en" "enum__areas_v_version_translation_state_en";
  ALTER TABLE "_areas_v" ADD COLUMN "version_translation_state_ja" "enum__areas_v_version_translation_state_ja";
  ALTER TABLE "_areas_v" ADD COLUMN "version_translation_state_ko" "enum__areas_v_version_translation_state_ko";
  ALTER TABLE "_areas_v" ADD COLUMN "version_translation_state_details" jsonb;
  ALTER TABLE "news" ADD COLUMN "translation_state_en" "enum_news_translation_state_en";
  ALTER TABLE "news" ADD COLUMN "translation_state_ja" "enum_news_translation_state_ja";
  ALTER TABLE "news" ADD COLUMN "translation_state_ko" "enum_news_translation_state_ko";
  ALTER TABLE "news" ADD COLUMN "translation_state_details" jsonb;
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_state_en" "enum__news_v_version_translation_state_en";
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_state_ja" "enum__news_v_version_translation_state_ja";
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_state_ko" "enum__news_v_version_translation_state_ko";
  ALTER TABLE "_news_v" ADD COLUMN "version_translation_state_details" jsonb;
  CREATE INDEX "industries_translation_state_translation_state_en_idx" ON "industries" USING btree ("translation_state_en");
  CREATE INDEX "industries_translation_state_translation_state_ja_idx" ON "industries" USING btree ("translation_state_ja");
  CREATE INDEX "industries_translation_state_translation_state_ko_idx" ON "industries" USING btree ("translation_state_ko");
  CREATE INDEX "_industries_v_version_translation_state_version_translat_idx" ON "_industries_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_industries_v_version_translation_state_version_transl_1_idx" ON "_industries_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_industries_v_version_translation_state_version_transl_2_idx" ON "_industries_v" USING btree ("version_translation_state_ko");
  CREATE INDEX "projects_translation_state_translation_state_en_idx" ON "projects" USING btree ("translation_state_en");
  CREATE INDEX "projects_translation_state_translation_state_ja_idx" ON "projects" USING btree ("translation_state_ja");
  CREATE INDEX "projects_translation_state_translation_state_ko_idx" ON "projects" USING btree ("translation_state_ko");
  CREATE INDEX "_projects_v_version_translation_state_version_translatio_idx" ON "_projects_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_projects_v_version_translation_state_version_translat_1_idx" ON "_projects_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_projects_v_version_translation_state_version_translat_2_idx" ON "_projects_v" USING btree ("version_translation_state_ko");
  CREATE INDEX "funds_translation_state_translation_state_en_idx" ON "funds" USING btree ("translation_state_en");
  CREATE INDEX "funds_translation_state_translation_state_ja_idx" ON "funds" USING btree ("translation_state_ja");
  CREATE INDEX "funds_translation_state_translation_state_ko_idx" ON "funds" USING btree ("translation_state_ko");
  CREATE INDEX "_funds_v_version_translation_state_version_translation_s_idx" ON "_funds_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_funds_v_version_translation_state_version_translation_1_idx" ON "_funds_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_funds_v_version_translation_state_version_translation_2_idx" ON "_funds_v" USING btree ("version_translation_state_ko");
  CREATE INDEX "rcep_services_translation_state_translation_state_en_idx" ON "rcep_services" USING btree ("translation_state_en");
  CREATE INDEX "rcep_services_translation_state_translation_state_ja_idx" ON "rcep_services" USING btree ("translation_state_ja");
  CREATE INDEX "rcep_services_translation_state_translation_state_ko_idx" ON "rcep_services" USING btree ("translation_state_ko");
  CREATE INDEX "_rcep_services_v_version_translation_state_version_trans_idx" ON "_rcep_services_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_rcep_services_v_version_translation_state_version_tra_1_idx" ON "_rcep_services_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_rcep_services_v_version_translation_state_version_tra_2_idx" ON "_rcep_services_v" USING btree ("version_translation_state_ko");
  CREATE INDEX "talent_policies_translation_state_translation_state_en_idx" ON "talent_policies" USING btree ("translation_state_en");
  CREATE INDEX "talent_policies_translation_state_translation_state_ja_idx" ON "talent_policies" USING btree ("translation_state_ja");
  CREATE INDEX "talent_policies_translation_state_translation_state_ko_idx" ON "talent_policies" USING btree ("translation_state_ko");
  CREATE INDEX "_talent_policies_v_version_translation_state_version_tra_idx" ON "_talent_policies_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_talent_policies_v_version_translation_state_version_t_1_idx" ON "_talent_policies_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_talent_policies_v_version_translation_state_version_t_2_idx" ON "_talent_policies_v" USING btree ("version_translation_state_ko");
  CREATE INDEX "areas_translation_state_translation_state_en_idx" ON "areas" USING btree ("translation_state_en");
  CREATE INDEX "areas_translation_state_translation_state_ja_idx" ON "areas" USING btree ("translation_state_ja");
  CREATE INDEX "areas_translation_state_translation_state_ko_idx" ON "areas" USING btree ("translation_state_ko");
  CREATE INDEX "_areas_v_version_translation_state_version_translation_s_idx" ON "_areas_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_areas_v_version_translation_state_version_translation_1_idx" ON "_areas_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_areas_v_version_translation_state_version_translation_2_idx" ON "_areas_v" USING btree ("version_translation_state_ko");
  CREATE INDEX "news_translation_state_translation_state_en_idx" ON "news" USING btree ("translation_state_en");
  CREATE INDEX "news_translation_state_translation_state_ja_idx" ON "news" USING btree ("translation_state_ja");
  CREATE INDEX "news_translation_state_translation_state_ko_idx" ON "news" USING btree ("translation_state_ko");
  CREATE INDEX "_news_v_version_translation_state_version_translation_st_idx" ON "_news_v" USING btree ("version_translation_state_en");
  CREATE INDEX "_news_v_version_translation_state_version_translation__1_idx" ON "_news_v" USING btree ("version_translation_state_ja");
  CREATE INDEX "_news_v_version_translation_state_version_translation__2_idx" ON "_news_v" USING btree ("version_translation_state_ko");`)
  await carryOverTranslationState({ db, payload, req } as MigrateUpArgs)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  
  DROP INDEX "industries_translation_state_translation_state_en_idx";
  DROP INDEX "industries_translation_state_translation_state_ja_idx";
  DROP INDEX "industries_translation_state_translation_state_ko_idx";
  DROP INDEX "_industries_v_version_translation_state_version_translat_idx";
  DROP INDEX "_industries_v_version_translation_state_version_transl_1_idx";
  DROP INDEX "_industries_v_version_translation_state_version_transl_2_idx";
  DROP INDEX "projects_translation_state_translation_state_en_idx";
  DROP INDEX "projects_translation_state_translation_state_ja_idx";
  DROP INDEX "projects_translation_state_translation_state_ko_idx";
  DROP INDEX "_projects_v_version_translation_state_version_translatio_idx";
  DROP INDEX "_projects_v_version_translation_state_version_translat_1_idx";
  DROP INDEX "_projects_v_version_translation_state_version_translat_2_idx";
  DROP INDEX "funds_translation_state_translation_state_en_idx";
  DROP INDEX "funds_translation_state_translation_state_ja_idx";
  DROP INDEX "funds_translation_state_translation_state_ko_idx";
  DROP INDEX "_funds_v_version_translation_state_version_translation_s_idx";
  DROP INDEX "_funds_v_version_translation_state_version_translation_1_idx";
  DROP INDEX "_funds_v_version_translation_state_version_translation_2_idx";
  DROP INDEX "rcep_services_translation_state_translation_state_en_idx";
  DROP INDEX "rcep_services_translation_state_translation_state_ja_idx";
  DROP INDEX "rcep_services_translation_state_translation_state_ko_idx";
  DROP INDEX "_rcep_services_v_version_translation_state_version_trans_idx";
  DROP INDEX "_rcep_services_v_version_translation_state_version_tra_1_idx";
  DROP INDEX "_rcep_services_v_version_translation_state_version_tra_2_idx";
  DROP INDEX "talent_policies_translation_state_translation_state_en_idx";
  DROP INDEX "talent_policies_translation_state_translation_state_ja_idx";
  DROP INDEX "talent_policies_translation_state_translation_state_ko_idx";
  DROP INDEX "_talent_policies_v_version_translation_state_version_tra_idx";
  DROP INDEX "_talent_policies_v_version_translation_state_version_t_1_idx";
  DROP INDEX "_talent_policies_v_version_translation_state_version_t_2_idx";
  DROP INDEX "areas_translation_state_translation_state_en_idx";
  DROP INDEX "areas_translation_state_translation_state_ja_idx";
  DROP INDEX "areas_translation_state_translation_state_ko_idx";
  DROP INDEX "_areas_v_version_translation_state_version_translation_s_idx";
  DROP INDEX "_areas_v_version_translation_state_version_translation_1_idx";
  DROP INDEX "_areas_v_version_translation_state_version_translation_2_idx";
  DROP INDEX "news_translation_state_translation_state_en_idx";
  DROP INDEX "news_translation_state_translation_state_ja_idx";
  DROP INDEX "news_translation_state_translation_state_ko_idx";
  DROP INDEX "_news_v_version_translation_state_version_translation_st_idx";
  DROP INDEX "_news_v_version_translation_state_version_translation__1_idx";
  DROP INDEX "_news_v_version_translation_state_version_translation__2_idx";
  ALTER TABLE "industries" DROP COLUMN "translation_state_en";
  ALTER TABLE "industries" DROP COLUMN "translation_state_ja";
  ALTER TABLE "industries" DROP COLUMN "translation_state_ko";
  ALTER TABLE "industries" DROP COLUMN "translation_state_details";
  ALTER TABLE "_industries_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_industries_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_industries_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_industries_v" DROP COLUMN "version_translation_state_details";
  ALTER TABLE "projects" DROP COLUMN "translation_state_en";
  ALTER TABLE "projects" DROP COLUMN "translation_state_ja";
  ALTER TABLE "projects" DROP COLUMN "translation_state_ko";
  ALTER TABLE "projects" DROP COLUMN "translation_state_details";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_projects_v" DROP COLUMN "version_translation_state_details";
  ALTER TABLE "funds" DROP COLUMN "translation_state_en";
  ALTER TABLE "funds" DROP COLUMN "translation_state_ja";
  ALTER TABLE "funds" DROP COLUMN "translation_state_ko";
  ALTER TABLE "funds" DROP COLUMN "translation_state_details";
  ALTER TABLE "_funds_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_funds_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_funds_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_funds_v" DROP COLUMN "version_translation_state_details";
  ALTER TABLE "rcep_services" DROP COLUMN "translation_state_en";
  ALTER TABLE "rcep_services" DROP COLUMN "translation_state_ja";
  ALTER TABLE "rcep_services" DROP COLUMN "translation_state_ko";
  ALTER TABLE "rcep_services" DROP COLUMN "translation_state_details";
  ALTER TABLE "_rcep_services_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_rcep_services_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_rcep_services_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_rcep_services_v" DROP COLUMN "version_translation_state_details";
  ALTER TABLE "talent_policies" DROP COLUMN "translation_state_en";
  ALTER TABLE "talent_policies" DROP COLUMN "translation_state_ja";
  ALTER TABLE "talent_policies" DROP COLUMN "translation_state_ko";
  ALTER TABLE "talent_policies" DROP COLUMN "translation_state_details";
  ALTER TABLE "_talent_policies_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_talent_policies_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_talent_policies_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_talent_policies_v" DROP COLUMN "version_translation_state_details";
  ALTER TABLE "areas" DROP COLUMN "translation_state_en";
  ALTER TABLE "areas" DROP COLUMN "translation_state_ja";
  ALTER TABLE "areas" DROP COLUMN "translation_state_ko";
  ALTER TABLE "areas" DROP COLUMN "translation_state_details";
  ALTER TABLE "_areas_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_areas_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_areas_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_areas_v" DROP COLUMN "version_translation_state_details";
  ALTER TABLE "news" DROP COLUMN "translation_state_en";
  ALTER TABLE "news" DROP COLUMN "translation_state_ja";
  ALTER TABLE "news" DROP COLUMN "translation_state_ko";
  ALTER TABLE "news" DROP COLUMN "translation_state_details";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_state_en";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_state_ja";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_state_ko";
  ALTER TABLE "_news_v" DROP COLUMN "version_translation_state_details";
  DROP TYPE "public"."enum_industries_translation_state_en";
  DROP TYPE "public"."enum_industries_translation_state_ja";
  DROP TYPE "public"."enum_industries_translation_state_ko";
  DROP TYPE "public"."enum__industries_v_version_translation_state_en";
  DROP TYPE "public"."enum__industries_v_version_translation_state_ja";
  DROP TYPE "public"."enum__industries_v_version_translation_state_ko";
  DROP TYPE "public"."enum_projects_translation_state_en";
  DROP TYPE "public"."enum_projects_translation_state_ja";
  DROP TYPE "public"."enum_projects_translation_state_ko";
  DROP TYPE "public"."enum__projects_v_version_translation_state_en";
  DROP TYPE "public"."enum__projects_v_version_translation_state_ja";
  DROP TYPE "public"."enum__projects_v_version_translation_state_ko";
  DROP TYPE "public"."enum_funds_translation_state_en";
  DROP TYPE "public"."enum_funds_translation_state_ja";
  DROP TYPE "public"."enum_funds_translation_state_ko";
  DROP TYPE "public"."enum__funds_v_version_translation_state_en";
  DROP TYPE "public"."enum__funds_v_version_translation_state_ja";
  DROP TYPE "public"."enum__funds_v_version_translation_state_ko";
  DROP TYPE "public"."enum_rcep_services_translation_state_en";
  DROP TYPE "public"."enum_rcep_services_translation_state_ja";
  DROP TYPE "public"."enum_rcep_services_translation_state_ko";
  DROP TYPE "public"."enum__rcep_services_v_version_translation_state_en";
  DROP TYPE "public"."enum__rcep_services_v_version_translation_state_ja";
  DROP TYPE "public"."enum__rcep_services_v_version_translation_state_ko";
  DROP TYPE "public"."enum_talent_policies_translation_state_en";
  DROP TYPE "public"."enum_talent_policies_translation_state_ja";
  DROP TYPE "public"."enum_talent_policies_translation_state_ko";
  DROP TYPE "public"."enum__talent_policies_v_version_translation_state_en";
  DROP TYPE "public"."enum__talent_policies_v_version_translation_state_ja";
  DROP TYPE "public"."enum__talent_policies_v_version_translation_state_ko";
  DROP TYPE "public"."enum_areas_translation_state_en";
  DROP TYPE "public"."enum_areas_translation_state_ja";
  DROP TYPE "public"."enum_areas_translation_state_ko";
  DROP TYPE "public"."enum__areas_v_version_translation_state_en";
  DROP TYPE "public"."enum__areas_v_version_translation_state_ja";
  DROP TYPE "public"."enum__areas_v_version_translation_state_ko";
  DROP TYPE "public"."enum_news_translation_state_en";
  DROP TYPE "public"."enum_news_translation_state_ja";
  DROP TYPE "public"."enum_news_translation_state_ko";
  DROP TYPE "public"."enum__news_v_version_translation_state_en";
  DROP TYPE "public"."enum__news_v_version_translation_state_ja";
  DROP TYPE "public"."enum__news_v_version_translation_state_ko";`)
}

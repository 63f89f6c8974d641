import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site" ADD COLUMN "map_url" varchar;
  ALTER TABLE "site_locales" ADD COLUMN "bureau_name" varchar;
  ALTER TABLE "site_locales" ADD COLUMN "office_hours" varchar;
  ALTER TABLE "_site_v" ADD COLUMN "version_map_url" varchar;
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_bureau_name" varchar;
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_office_hours" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site" DROP COLUMN "map_url";
  ALTER TABLE "site_locales" DROP COLUMN "bureau_name";
  ALTER TABLE "site_locales" DROP COLUMN "office_hours";
  ALTER TABLE "_site_v" DROP COLUMN "version_map_url";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_bureau_name";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_office_hours";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "news" ADD COLUMN "event_date" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "period_year" numeric;
  ALTER TABLE "_news_v" ADD COLUMN "version_event_date" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_period_year" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "news" DROP COLUMN "event_date";
  ALTER TABLE "news" DROP COLUMN "period_year";
  ALTER TABLE "_news_v" DROP COLUMN "version_event_date";
  ALTER TABLE "_news_v" DROP COLUMN "version_period_year";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_exchange_rates_currency" AS ENUM('USD', 'EUR', 'JPY', 'KRW', 'AUD', 'NZD', 'SGD', 'MYR', 'THB', 'IDR', 'PHP', 'VND', 'BND', 'KHR', 'LAK', 'MMK');
  CREATE TYPE "public"."enum_site_exchange_rates_quote" AS ENUM('unitsPerYuan', 'yuanPerUnit');
  CREATE TYPE "public"."enum__site_v_version_exchange_rates_currency" AS ENUM('USD', 'EUR', 'JPY', 'KRW', 'AUD', 'NZD', 'SGD', 'MYR', 'THB', 'IDR', 'PHP', 'VND', 'BND', 'KHR', 'LAK', 'MMK');
  CREATE TYPE "public"."enum__site_v_version_exchange_rates_quote" AS ENUM('unitsPerYuan', 'yuanPerUnit');
  CREATE TABLE "site_exchange_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"currency" "enum_site_exchange_rates_currency",
  	"quote" "enum_site_exchange_rates_quote" DEFAULT 'yuanPerUnit',
  	"rate" numeric,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_exchange_rates_locales" (
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_site_v_version_exchange_rates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"currency" "enum__site_v_version_exchange_rates_currency",
  	"quote" "enum__site_v_version_exchange_rates_quote" DEFAULT 'yuanPerUnit',
  	"rate" numeric,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_v_version_exchange_rates_locales" (
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "site" ADD COLUMN "open_data_licence_url" varchar;
  ALTER TABLE "site_locales" ADD COLUMN "open_data_licence" varchar;
  ALTER TABLE "_site_v" ADD COLUMN "version_open_data_licence_url" varchar;
  ALTER TABLE "_site_v_locales" ADD COLUMN "version_open_data_licence" varchar;
  ALTER TABLE "site_exchange_rates" ADD CONSTRAINT "site_exchange_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_exchange_rates_locales" ADD CONSTRAINT "site_exchange_rates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_exchange_rates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_version_exchange_rates" ADD CONSTRAINT "_site_v_version_exchange_rates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_version_exchange_rates_locales" ADD CONSTRAINT "_site_v_version_exchange_rates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v_version_exchange_rates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_exchange_rates_order_idx" ON "site_exchange_rates" USING btree ("_order");
  CREATE INDEX "site_exchange_rates_parent_id_idx" ON "site_exchange_rates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_exchange_rates_locales_locale_parent_id_unique" ON "site_exchange_rates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_v_version_exchange_rates_order_idx" ON "_site_v_version_exchange_rates" USING btree ("_order");
  CREATE INDEX "_site_v_version_exchange_rates_parent_id_idx" ON "_site_v_version_exchange_rates" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_site_v_version_exchange_rates_locales_locale_parent_id_uniq" ON "_site_v_version_exchange_rates_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_exchange_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_exchange_rates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_site_v_version_exchange_rates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_site_v_version_exchange_rates_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_exchange_rates" CASCADE;
  DROP TABLE "site_exchange_rates_locales" CASCADE;
  DROP TABLE "_site_v_version_exchange_rates" CASCADE;
  DROP TABLE "_site_v_version_exchange_rates_locales" CASCADE;
  ALTER TABLE "site" DROP COLUMN "open_data_licence_url";
  ALTER TABLE "site_locales" DROP COLUMN "open_data_licence";
  ALTER TABLE "_site_v" DROP COLUMN "version_open_data_licence_url";
  ALTER TABLE "_site_v_locales" DROP COLUMN "version_open_data_licence";
  DROP TYPE "public"."enum_site_exchange_rates_currency";
  DROP TYPE "public"."enum_site_exchange_rates_quote";
  DROP TYPE "public"."enum__site_v_version_exchange_rates_currency";
  DROP TYPE "public"."enum__site_v_version_exchange_rates_quote";`)
}

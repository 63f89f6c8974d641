import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_living_topics_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_living_topics_figures_precision" AS ENUM('exact', 'about', 'moreThan', 'atLeast', 'nearly', 'upTo');
  CREATE TYPE "public"."enum_living_topics_figures_period" AS ENUM('year', 'target');
  CREATE TYPE "public"."enum_living_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__living_v_version_topics_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__living_v_version_topics_figures_precision" AS ENUM('exact', 'about', 'moreThan', 'atLeast', 'nearly', 'upTo');
  CREATE TYPE "public"."enum__living_v_version_topics_figures_period" AS ENUM('year', 'target');
  CREATE TYPE "public"."enum__living_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__living_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TABLE "living_topics_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum_living_topics_figures_currency",
  	"year" numeric,
  	"precision" "enum_living_topics_figures_precision" DEFAULT 'exact',
  	"period" "enum_living_topics_figures_period" DEFAULT 'year'
  );
  
  CREATE TABLE "living_topics_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "living_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "living_topics_locales" (
  	"heading" varchar,
  	"body" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "living" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_living_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "living_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_living_v_version_topics_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum__living_v_version_topics_figures_currency",
  	"year" numeric,
  	"precision" "enum__living_v_version_topics_figures_precision" DEFAULT 'exact',
  	"period" "enum__living_v_version_topics_figures_period" DEFAULT 'year',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_living_v_version_topics_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_living_v_version_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_living_v_version_topics_locales" (
  	"heading" varchar,
  	"body" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_living_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__living_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__living_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_living_v_locales" (
  	"version_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "living_topics_figures" ADD CONSTRAINT "living_topics_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."living_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "living_topics_figures_locales" ADD CONSTRAINT "living_topics_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."living_topics_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "living_topics" ADD CONSTRAINT "living_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."living"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "living_topics_locales" ADD CONSTRAINT "living_topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."living_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "living_locales" ADD CONSTRAINT "living_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."living"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_living_v_version_topics_figures" ADD CONSTRAINT "_living_v_version_topics_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_living_v_version_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_living_v_version_topics_figures_locales" ADD CONSTRAINT "_living_v_version_topics_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_living_v_version_topics_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_living_v_version_topics" ADD CONSTRAINT "_living_v_version_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_living_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_living_v_version_topics_locales" ADD CONSTRAINT "_living_v_version_topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_living_v_version_topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_living_v_locales" ADD CONSTRAINT "_living_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_living_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "living_topics_figures_order_idx" ON "living_topics_figures" USING btree ("_order");
  CREATE INDEX "living_topics_figures_parent_id_idx" ON "living_topics_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "living_topics_figures_locales_locale_parent_id_unique" ON "living_topics_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "living_topics_order_idx" ON "living_topics" USING btree ("_order");
  CREATE INDEX "living_topics_parent_id_idx" ON "living_topics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "living_topics_locales_locale_parent_id_unique" ON "living_topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "living__status_idx" ON "living" USING btree ("_status");
  CREATE UNIQUE INDEX "living_locales_locale_parent_id_unique" ON "living_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_living_v_version_topics_figures_order_idx" ON "_living_v_version_topics_figures" USING btree ("_order");
  CREATE INDEX "_living_v_version_topics_figures_parent_id_idx" ON "_living_v_version_topics_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_living_v_version_topics_figures_locales_locale_parent_id_un" ON "_living_v_version_topics_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_living_v_version_topics_order_idx" ON "_living_v_version_topics" USING btree ("_order");
  CREATE INDEX "_living_v_version_topics_parent_id_idx" ON "_living_v_version_topics" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_living_v_version_topics_locales_locale_parent_id_unique" ON "_living_v_version_topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_living_v_version_version__status_idx" ON "_living_v" USING btree ("version__status");
  CREATE INDEX "_living_v_created_at_idx" ON "_living_v" USING btree ("created_at");
  CREATE INDEX "_living_v_updated_at_idx" ON "_living_v" USING btree ("updated_at");
  CREATE INDEX "_living_v_snapshot_idx" ON "_living_v" USING btree ("snapshot");
  CREATE INDEX "_living_v_published_locale_idx" ON "_living_v" USING btree ("published_locale");
  CREATE INDEX "_living_v_latest_idx" ON "_living_v" USING btree ("latest");
  CREATE INDEX "_living_v_autosave_idx" ON "_living_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_living_v_locales_locale_parent_id_unique" ON "_living_v_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "living_topics_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "living_topics_figures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "living_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "living_topics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "living" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "living_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_living_v_version_topics_figures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_living_v_version_topics_figures_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_living_v_version_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_living_v_version_topics_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_living_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_living_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "living_topics_figures" CASCADE;
  DROP TABLE "living_topics_figures_locales" CASCADE;
  DROP TABLE "living_topics" CASCADE;
  DROP TABLE "living_topics_locales" CASCADE;
  DROP TABLE "living" CASCADE;
  DROP TABLE "living_locales" CASCADE;
  DROP TABLE "_living_v_version_topics_figures" CASCADE;
  DROP TABLE "_living_v_version_topics_figures_locales" CASCADE;
  DROP TABLE "_living_v_version_topics" CASCADE;
  DROP TABLE "_living_v_version_topics_locales" CASCADE;
  DROP TABLE "_living_v" CASCADE;
  DROP TABLE "_living_v_locales" CASCADE;
  
  DROP TYPE "public"."enum_living_topics_figures_currency";
  DROP TYPE "public"."enum_living_topics_figures_precision";
  DROP TYPE "public"."enum_living_topics_figures_period";
  DROP TYPE "public"."enum_living_status";
  DROP TYPE "public"."enum__living_v_version_topics_figures_currency";
  DROP TYPE "public"."enum__living_v_version_topics_figures_precision";
  DROP TYPE "public"."enum__living_v_version_topics_figures_period";
  DROP TYPE "public"."enum__living_v_version_status";
  DROP TYPE "public"."enum__living_v_published_locale";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_industries_key_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_industries_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_industries_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_industries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__industries_v_version_key_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__industries_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__industries_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__industries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__industries_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_projects_cooperation_modes" AS ENUM('equity', 'joint-venture', 'land-transfer', 'lease', 'ppp', 'merchant-entry', 'cooperation');
  CREATE TYPE "public"."enum_projects_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_projects_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_projects_investment_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_projects_stage" AS ENUM('planning', 'seeking-investment', 'under-construction', 'operating');
  CREATE TYPE "public"."enum_projects_land_area_unit" AS ENUM('m2', 'mu', 'ha');
  CREATE TYPE "public"."enum_projects_floor_area_unit" AS ENUM('m2', 'mu', 'ha');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_version_cooperation_modes" AS ENUM('equity', 'joint-venture', 'land-transfer', 'lease', 'ppp', 'merchant-entry', 'cooperation');
  CREATE TYPE "public"."enum__projects_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__projects_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__projects_v_version_investment_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__projects_v_version_stage" AS ENUM('planning', 'seeking-investment', 'under-construction', 'operating');
  CREATE TYPE "public"."enum__projects_v_version_land_area_unit" AS ENUM('m2', 'mu', 'ha');
  CREATE TYPE "public"."enum__projects_v_version_floor_area_unit" AS ENUM('m2', 'mu', 'ha');
  CREATE TYPE "public"."enum__projects_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__projects_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_funds_investment_stages" AS ENUM('seed', 'early', 'growth', 'mature');
  CREATE TYPE "public"."enum_funds_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_funds_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_funds_fund_size_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_funds_type" AS ENUM('government-guidance', 'industry', 'venture', 'ecosystem');
  CREATE TYPE "public"."enum_funds_ticket_min_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_funds_ticket_max_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_funds_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__funds_v_version_investment_stages" AS ENUM('seed', 'early', 'growth', 'mature');
  CREATE TYPE "public"."enum__funds_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__funds_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__funds_v_version_fund_size_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__funds_v_version_type" AS ENUM('government-guidance', 'industry', 'venture', 'ecosystem');
  CREATE TYPE "public"."enum__funds_v_version_ticket_min_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__funds_v_version_ticket_max_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__funds_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__funds_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_rcep_services_member_countries" AS ENUM('AU', 'BN', 'KH', 'CN', 'ID', 'JP', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'KR', 'TH', 'VN');
  CREATE TYPE "public"."enum_rcep_services_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_rcep_services_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_rcep_services_service_type" AS ENUM('tax', 'customs', 'certificate-of-origin', 'trade-finance', 'legal', 'enterprise-services', 'e-commerce-supervision');
  CREATE TYPE "public"."enum_rcep_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__rcep_services_v_version_member_countries" AS ENUM('AU', 'BN', 'KH', 'CN', 'ID', 'JP', 'LA', 'MY', 'MM', 'NZ', 'PH', 'SG', 'KR', 'TH', 'VN');
  CREATE TYPE "public"."enum__rcep_services_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__rcep_services_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__rcep_services_v_version_service_type" AS ENUM('tax', 'customs', 'certificate-of-origin', 'trade-finance', 'legal', 'enterprise-services', 'e-commerce-supervision');
  CREATE TYPE "public"."enum__rcep_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__rcep_services_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_talent_policies_target_groups" AS ENUM('top-talent', 'phd', 'masters', 'overseas-returnee', 'foreign-expert', 'graduate', 'skilled-worker', 'startup-founder');
  CREATE TYPE "public"."enum_talent_policies_key_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_talent_policies_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_talent_policies_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_talent_policies_category" AS ENUM('subsidy', 'housing', 'startup-funding', 'residence-visa', 'children-education', 'talent-services', 'events');
  CREATE TYPE "public"."enum_talent_policies_max_benefit_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_talent_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__talent_policies_v_version_target_groups" AS ENUM('top-talent', 'phd', 'masters', 'overseas-returnee', 'foreign-expert', 'graduate', 'skilled-worker', 'startup-founder');
  CREATE TYPE "public"."enum__talent_policies_v_version_key_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__talent_policies_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__talent_policies_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__talent_policies_v_version_category" AS ENUM('subsidy', 'housing', 'startup-funding', 'residence-visa', 'children-education', 'talent-services', 'events');
  CREATE TYPE "public"."enum__talent_policies_v_version_max_benefit_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__talent_policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__talent_policies_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_areas_key_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_areas_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_areas_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_areas_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__areas_v_version_key_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__areas_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__areas_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__areas_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__areas_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_news_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_news_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_news_category" AS ENUM('milestone', 'investment', 'policy', 'success-story');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_translated_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__news_v_version_missing_locales" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum__news_v_version_category" AS ENUM('milestone', 'investment', 'policy', 'success-story');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_enquiries_type" AS ENUM('general', 'project', 'fund', 'rcep', 'talent', 'area');
  CREATE TYPE "public"."enum_enquiries_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_enquiries_status" AS ENUM('new', 'triaged', 'contacted', 'in-progress', 'won', 'lost', 'spam');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'officer');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_site_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TYPE "public"."enum_home_headline_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum_home_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__home_v_version_headline_figures_currency" AS ENUM('CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD');
  CREATE TYPE "public"."enum__home_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__home_v_published_locale" AS ENUM('zh', 'en', 'ja', 'ko');
  CREATE TABLE "industries_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum_industries_key_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false
  );
  
  CREATE TABLE "industries_key_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "industries_chain_segments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "industries_chain_segments_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "industries_key_enterprises" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "industries_key_enterprises_locales" (
  	"name" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "industries_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_industries_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "industries_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_industries_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "industries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"order" numeric,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_industries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "industries_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_industries_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum__industries_v_version_key_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_industries_v_version_key_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_industries_v_version_chain_segments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_industries_v_version_chain_segments_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_industries_v_version_key_enterprises" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_industries_v_version_key_enterprises_locales" (
  	"name" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_industries_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__industries_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_industries_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__industries_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_industries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_order" numeric,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__industries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__industries_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_industries_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "projects_cooperation_modes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_cooperation_modes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "projects_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "projects_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_projects_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"industry_id" integer,
  	"area_id" integer,
  	"investment" numeric,
  	"investment_currency" "enum_projects_investment_currency" DEFAULT 'CNY',
  	"investment_approx" boolean DEFAULT false,
  	"stage" "enum_projects_stage",
  	"land_area" numeric,
  	"land_area_unit" "enum_projects_land_area_unit" DEFAULT 'm2',
  	"floor_area" numeric,
  	"floor_area_unit" "enum_projects_floor_area_unit" DEFAULT 'm2',
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_projects_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "projects_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"location_address" varchar,
  	"contact_name" varchar,
  	"contact_title" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_projects_v_version_cooperation_modes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__projects_v_version_cooperation_modes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_projects_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__projects_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_projects_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__projects_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_projects_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_industry_id" integer,
  	"version_area_id" integer,
  	"version_investment" numeric,
  	"version_investment_currency" "enum__projects_v_version_investment_currency" DEFAULT 'CNY',
  	"version_investment_approx" boolean DEFAULT false,
  	"version_stage" "enum__projects_v_version_stage",
  	"version_land_area" numeric,
  	"version_land_area_unit" "enum__projects_v_version_land_area_unit" DEFAULT 'm2',
  	"version_floor_area" numeric,
  	"version_floor_area_unit" "enum__projects_v_version_floor_area_unit" DEFAULT 'm2',
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__projects_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__projects_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_projects_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_location_address" varchar,
  	"version_contact_name" varchar,
  	"version_contact_title" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "funds_investment_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_funds_investment_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "funds_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_funds_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "funds_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_funds_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "funds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"fund_size" numeric,
  	"fund_size_currency" "enum_funds_fund_size_currency" DEFAULT 'CNY',
  	"fund_size_approx" boolean DEFAULT false,
  	"type" "enum_funds_type",
  	"year_established" numeric,
  	"ticket_min" numeric,
  	"ticket_min_currency" "enum_funds_ticket_min_currency" DEFAULT 'CNY',
  	"ticket_max" numeric,
  	"ticket_max_currency" "enum_funds_ticket_max_currency" DEFAULT 'CNY',
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_funds_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "funds_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"manager" varchar,
  	"how_to_apply" varchar,
  	"contact_name" varchar,
  	"contact_title" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "funds_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  CREATE TABLE "_funds_v_version_investment_stages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__funds_v_version_investment_stages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_funds_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__funds_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_funds_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__funds_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_funds_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_fund_size" numeric,
  	"version_fund_size_currency" "enum__funds_v_version_fund_size_currency" DEFAULT 'CNY',
  	"version_fund_size_approx" boolean DEFAULT false,
  	"version_type" "enum__funds_v_version_type",
  	"version_year_established" numeric,
  	"version_ticket_min" numeric,
  	"version_ticket_min_currency" "enum__funds_v_version_ticket_min_currency" DEFAULT 'CNY',
  	"version_ticket_max" numeric,
  	"version_ticket_max_currency" "enum__funds_v_version_ticket_max_currency" DEFAULT 'CNY',
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__funds_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__funds_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_funds_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_manager" varchar,
  	"version_how_to_apply" varchar,
  	"version_contact_name" varchar,
  	"version_contact_title" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_funds_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  CREATE TABLE "rcep_services_member_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_rcep_services_member_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "rcep_services_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_rcep_services_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "rcep_services_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_rcep_services_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "rcep_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"service_type" "enum_rcep_services_service_type",
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_rcep_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "rcep_services_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"provider" varchar,
  	"how_to_apply" varchar,
  	"contact_name" varchar,
  	"contact_title" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_rcep_services_v_version_member_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__rcep_services_v_version_member_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_rcep_services_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__rcep_services_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_rcep_services_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__rcep_services_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_rcep_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_service_type" "enum__rcep_services_v_version_service_type",
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__rcep_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__rcep_services_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_rcep_services_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_provider" varchar,
  	"version_how_to_apply" varchar,
  	"version_contact_name" varchar,
  	"version_contact_title" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "talent_policies_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_talent_policies_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talent_policies_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum_talent_policies_key_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false
  );
  
  CREATE TABLE "talent_policies_key_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "talent_policies_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_talent_policies_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talent_policies_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_talent_policies_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talent_policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"category" "enum_talent_policies_category",
  	"max_benefit" numeric,
  	"max_benefit_currency" "enum_talent_policies_max_benefit_currency" DEFAULT 'CNY',
  	"document_number" varchar,
  	"effective_from" timestamp(3) with time zone,
  	"effective_to" timestamp(3) with time zone,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_talent_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "talent_policies_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"eligibility" varchar,
  	"how_to_apply" varchar,
  	"issuing_authority" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_talent_policies_v_version_target_groups" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__talent_policies_v_version_target_groups",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_talent_policies_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum__talent_policies_v_version_key_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_talent_policies_v_version_key_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_talent_policies_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__talent_policies_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_talent_policies_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__talent_policies_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_talent_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_category" "enum__talent_policies_v_version_category",
  	"version_max_benefit" numeric,
  	"version_max_benefit_currency" "enum__talent_policies_v_version_max_benefit_currency" DEFAULT 'CNY',
  	"version_document_number" varchar,
  	"version_effective_from" timestamp(3) with time zone,
  	"version_effective_to" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__talent_policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__talent_policies_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_talent_policies_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_eligibility" varchar,
  	"version_how_to_apply" varchar,
  	"version_issuing_authority" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "areas_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum_areas_key_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false
  );
  
  CREATE TABLE "areas_key_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "areas_advantages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "areas_advantages_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "areas_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_areas_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "areas_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_areas_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"location_lat" numeric,
  	"location_lng" numeric,
  	"area_size_hectares" numeric,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_areas_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "areas_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"location_address" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_areas_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum__areas_v_version_key_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_areas_v_version_key_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_areas_v_version_advantages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_areas_v_version_advantages_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_areas_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__areas_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_areas_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__areas_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_areas_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_location_lat" numeric,
  	"version_location_lng" numeric,
  	"version_area_size_hectares" numeric,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__areas_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__areas_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_areas_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_location_address" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"category" "enum_news_category",
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"projects_id" integer,
  	"funds_id" integer,
  	"rcep_services_id" integer,
  	"talent_policies_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "_news_v_version_translated_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_translated_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v_version_missing_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_missing_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_category" "enum__news_v_version_category",
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"projects_id" integer,
  	"funds_id" integer,
  	"rcep_services_id" integer,
  	"talent_policies_id" integer,
  	"areas_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "enquiries_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "enquiries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"type" "enum_enquiries_type" DEFAULT 'general' NOT NULL,
  	"name" varchar NOT NULL,
  	"organisation" varchar,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"country" varchar,
  	"locale" "enum_enquiries_locale",
  	"message" varchar NOT NULL,
  	"consent" boolean DEFAULT false NOT NULL,
  	"privacy_notice_version" varchar,
  	"status" "enum_enquiries_status" DEFAULT 'new' NOT NULL,
  	"assignee_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"partner_id" integer,
  	"idempotency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "enquiries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"projects_id" integer,
  	"funds_id" integer,
  	"rcep_services_id" integer,
  	"talent_policies_id" integer,
  	"areas_id" integer,
  	"news_id" integer
  );
  
  CREATE TABLE "partners_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar NOT NULL,
  	"country" varchar,
  	"contact_person" varchar,
  	"verified" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"projects_id" integer,
  	"funds_id" integer,
  	"rcep_services_id" integer,
  	"talent_policies_id" integer,
  	"areas_id" integer,
  	"news_id" integer,
  	"media_id" integer,
  	"enquiries_id" integer,
  	"partners_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"partners_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"enquiry_response_business_days" numeric DEFAULT 2,
  	"_status" "enum_site_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_locales" (
  	"name" varchar,
  	"tagline" varchar,
  	"district" varchar,
  	"contact_name" varchar,
  	"contact_title" varchar,
  	"address" varchar,
  	"footer_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_site_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_enquiry_response_business_days" numeric DEFAULT 2,
  	"version__status" "enum__site_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__site_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_site_v_locales" (
  	"version_name" varchar,
  	"version_tagline" varchar,
  	"version_district" varchar,
  	"version_contact_name" varchar,
  	"version_contact_title" varchar,
  	"version_address" varchar,
  	"version_footer_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home_headline_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum_home_headline_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false
  );
  
  CREATE TABLE "home_headline_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "home" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_status" "enum_home_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "home_locales" (
  	"hero_title" varchar,
  	"hero_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "home_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"projects_id" integer,
  	"funds_id" integer
  );
  
  CREATE TABLE "_home_v_version_headline_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"currency" "enum__home_v_version_headline_figures_currency",
  	"year" numeric,
  	"approx" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_home_v_version_headline_figures_locales" (
  	"unit" varchar,
  	"label" varchar,
  	"source" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version__status" "enum__home_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__home_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_home_v_locales" (
  	"version_hero_title" varchar,
  	"version_hero_text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_home_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer,
  	"projects_id" integer,
  	"funds_id" integer
  );
  
  ALTER TABLE "industries_key_figures" ADD CONSTRAINT "industries_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_key_figures_locales" ADD CONSTRAINT "industries_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_chain_segments" ADD CONSTRAINT "industries_chain_segments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_chain_segments_locales" ADD CONSTRAINT "industries_chain_segments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries_chain_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_key_enterprises" ADD CONSTRAINT "industries_key_enterprises_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_key_enterprises_locales" ADD CONSTRAINT "industries_key_enterprises_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries_key_enterprises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_translated_locales" ADD CONSTRAINT "industries_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries_missing_locales" ADD CONSTRAINT "industries_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "industries" ADD CONSTRAINT "industries_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_locales" ADD CONSTRAINT "industries_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "industries_locales" ADD CONSTRAINT "industries_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_key_figures" ADD CONSTRAINT "_industries_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_key_figures_locales" ADD CONSTRAINT "_industries_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_chain_segments" ADD CONSTRAINT "_industries_v_version_chain_segments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_chain_segments_locales" ADD CONSTRAINT "_industries_v_version_chain_segments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v_version_chain_segments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_key_enterprises" ADD CONSTRAINT "_industries_v_version_key_enterprises_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_key_enterprises_locales" ADD CONSTRAINT "_industries_v_version_key_enterprises_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v_version_key_enterprises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_translated_locales" ADD CONSTRAINT "_industries_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v_version_missing_locales" ADD CONSTRAINT "_industries_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_parent_id_industries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v" ADD CONSTRAINT "_industries_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_locales" ADD CONSTRAINT "_industries_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_industries_v_locales" ADD CONSTRAINT "_industries_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_industries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_cooperation_modes" ADD CONSTRAINT "projects_cooperation_modes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_translated_locales" ADD CONSTRAINT "projects_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_missing_locales" ADD CONSTRAINT "projects_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_industry_id_industries_id_fk" FOREIGN KEY ("industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_locales" ADD CONSTRAINT "projects_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_locales" ADD CONSTRAINT "projects_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_cooperation_modes" ADD CONSTRAINT "_projects_v_version_cooperation_modes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_translated_locales" ADD CONSTRAINT "_projects_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v_version_missing_locales" ADD CONSTRAINT "_projects_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_industry_id_industries_id_fk" FOREIGN KEY ("version_industry_id") REFERENCES "public"."industries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v" ADD CONSTRAINT "_projects_v_version_area_id_areas_id_fk" FOREIGN KEY ("version_area_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_locales" ADD CONSTRAINT "_projects_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_projects_v_locales" ADD CONSTRAINT "_projects_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_projects_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funds_investment_stages" ADD CONSTRAINT "funds_investment_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funds_translated_locales" ADD CONSTRAINT "funds_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funds_missing_locales" ADD CONSTRAINT "funds_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funds" ADD CONSTRAINT "funds_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "funds_locales" ADD CONSTRAINT "funds_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "funds_locales" ADD CONSTRAINT "funds_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funds_rels" ADD CONSTRAINT "funds_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "funds_rels" ADD CONSTRAINT "funds_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funds_v_version_investment_stages" ADD CONSTRAINT "_funds_v_version_investment_stages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funds_v_version_translated_locales" ADD CONSTRAINT "_funds_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funds_v_version_missing_locales" ADD CONSTRAINT "_funds_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funds_v" ADD CONSTRAINT "_funds_v_parent_id_funds_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."funds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funds_v" ADD CONSTRAINT "_funds_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funds_v_locales" ADD CONSTRAINT "_funds_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_funds_v_locales" ADD CONSTRAINT "_funds_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_funds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funds_v_rels" ADD CONSTRAINT "_funds_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_funds_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_funds_v_rels" ADD CONSTRAINT "_funds_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rcep_services_member_countries" ADD CONSTRAINT "rcep_services_member_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rcep_services_translated_locales" ADD CONSTRAINT "rcep_services_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rcep_services_missing_locales" ADD CONSTRAINT "rcep_services_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "rcep_services" ADD CONSTRAINT "rcep_services_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rcep_services_locales" ADD CONSTRAINT "rcep_services_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rcep_services_locales" ADD CONSTRAINT "rcep_services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rcep_services_v_version_member_countries" ADD CONSTRAINT "_rcep_services_v_version_member_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rcep_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rcep_services_v_version_translated_locales" ADD CONSTRAINT "_rcep_services_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rcep_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rcep_services_v_version_missing_locales" ADD CONSTRAINT "_rcep_services_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_rcep_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_rcep_services_v" ADD CONSTRAINT "_rcep_services_v_parent_id_rcep_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rcep_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_rcep_services_v" ADD CONSTRAINT "_rcep_services_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_rcep_services_v_locales" ADD CONSTRAINT "_rcep_services_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_rcep_services_v_locales" ADD CONSTRAINT "_rcep_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_rcep_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies_target_groups" ADD CONSTRAINT "talent_policies_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies_key_figures" ADD CONSTRAINT "talent_policies_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies_key_figures_locales" ADD CONSTRAINT "talent_policies_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talent_policies_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies_translated_locales" ADD CONSTRAINT "talent_policies_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies_missing_locales" ADD CONSTRAINT "talent_policies_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies" ADD CONSTRAINT "talent_policies_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talent_policies_locales" ADD CONSTRAINT "talent_policies_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talent_policies_locales" ADD CONSTRAINT "talent_policies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_version_target_groups" ADD CONSTRAINT "_talent_policies_v_version_target_groups_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talent_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_version_key_figures" ADD CONSTRAINT "_talent_policies_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talent_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_version_key_figures_locales" ADD CONSTRAINT "_talent_policies_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talent_policies_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_version_translated_locales" ADD CONSTRAINT "_talent_policies_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talent_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_version_missing_locales" ADD CONSTRAINT "_talent_policies_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talent_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v" ADD CONSTRAINT "_talent_policies_v_parent_id_talent_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talent_policies_v" ADD CONSTRAINT "_talent_policies_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_locales" ADD CONSTRAINT "_talent_policies_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_locales" ADD CONSTRAINT "_talent_policies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_talent_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_key_figures" ADD CONSTRAINT "areas_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_key_figures_locales" ADD CONSTRAINT "areas_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."areas_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_advantages" ADD CONSTRAINT "areas_advantages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_advantages_locales" ADD CONSTRAINT "areas_advantages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."areas_advantages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_translated_locales" ADD CONSTRAINT "areas_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas_missing_locales" ADD CONSTRAINT "areas_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "areas" ADD CONSTRAINT "areas_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "areas_locales" ADD CONSTRAINT "areas_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "areas_locales" ADD CONSTRAINT "areas_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v_version_key_figures" ADD CONSTRAINT "_areas_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v_version_key_figures_locales" ADD CONSTRAINT "_areas_v_version_key_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_areas_v_version_key_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v_version_advantages" ADD CONSTRAINT "_areas_v_version_advantages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v_version_advantages_locales" ADD CONSTRAINT "_areas_v_version_advantages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_areas_v_version_advantages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v_version_translated_locales" ADD CONSTRAINT "_areas_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v_version_missing_locales" ADD CONSTRAINT "_areas_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_areas_v" ADD CONSTRAINT "_areas_v_parent_id_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_areas_v" ADD CONSTRAINT "_areas_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_areas_v_locales" ADD CONSTRAINT "_areas_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_areas_v_locales" ADD CONSTRAINT "_areas_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_areas_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_translated_locales" ADD CONSTRAINT "news_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_missing_locales" ADD CONSTRAINT "news_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_funds_fk" FOREIGN KEY ("funds_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_rcep_services_fk" FOREIGN KEY ("rcep_services_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_talent_policies_fk" FOREIGN KEY ("talent_policies_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_translated_locales" ADD CONSTRAINT "_news_v_version_translated_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_missing_locales" ADD CONSTRAINT "_news_v_version_missing_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_funds_fk" FOREIGN KEY ("funds_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_rcep_services_fk" FOREIGN KEY ("rcep_services_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_talent_policies_fk" FOREIGN KEY ("talent_policies_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_notes" ADD CONSTRAINT "enquiries_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries_notes" ADD CONSTRAINT "enquiries_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries" ADD CONSTRAINT "enquiries_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_funds_fk" FOREIGN KEY ("funds_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_rcep_services_fk" FOREIGN KEY ("rcep_services_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_talent_policies_fk" FOREIGN KEY ("talent_policies_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "enquiries_rels" ADD CONSTRAINT "enquiries_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_sessions" ADD CONSTRAINT "partners_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_funds_fk" FOREIGN KEY ("funds_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rcep_services_fk" FOREIGN KEY ("rcep_services_id") REFERENCES "public"."rcep_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_talent_policies_fk" FOREIGN KEY ("talent_policies_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_areas_fk" FOREIGN KEY ("areas_id") REFERENCES "public"."areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_enquiries_fk" FOREIGN KEY ("enquiries_id") REFERENCES "public"."enquiries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_locales" ADD CONSTRAINT "site_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_v_locales" ADD CONSTRAINT "_site_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_headline_figures" ADD CONSTRAINT "home_headline_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_headline_figures_locales" ADD CONSTRAINT "home_headline_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home_headline_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_locales" ADD CONSTRAINT "home_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."home"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "home_rels" ADD CONSTRAINT "home_rels_funds_fk" FOREIGN KEY ("funds_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_headline_figures" ADD CONSTRAINT "_home_v_version_headline_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_version_headline_figures_locales" ADD CONSTRAINT "_home_v_version_headline_figures_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v_version_headline_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_locales" ADD CONSTRAINT "_home_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_home_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_home_v_rels" ADD CONSTRAINT "_home_v_rels_funds_fk" FOREIGN KEY ("funds_id") REFERENCES "public"."funds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "industries_key_figures_order_idx" ON "industries_key_figures" USING btree ("_order");
  CREATE INDEX "industries_key_figures_parent_id_idx" ON "industries_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "industries_key_figures_locales_locale_parent_id_unique" ON "industries_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "industries_chain_segments_order_idx" ON "industries_chain_segments" USING btree ("_order");
  CREATE INDEX "industries_chain_segments_parent_id_idx" ON "industries_chain_segments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "industries_chain_segments_locales_locale_parent_id_unique" ON "industries_chain_segments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "industries_key_enterprises_order_idx" ON "industries_key_enterprises" USING btree ("_order");
  CREATE INDEX "industries_key_enterprises_parent_id_idx" ON "industries_key_enterprises" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "industries_key_enterprises_locales_locale_parent_id_unique" ON "industries_key_enterprises_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "industries_translated_locales_order_idx" ON "industries_translated_locales" USING btree ("order");
  CREATE INDEX "industries_translated_locales_parent_idx" ON "industries_translated_locales" USING btree ("parent_id");
  CREATE INDEX "industries_translated_locales_value_idx" ON "industries_translated_locales" USING btree ("value");
  CREATE INDEX "industries_missing_locales_order_idx" ON "industries_missing_locales" USING btree ("order");
  CREATE INDEX "industries_missing_locales_parent_idx" ON "industries_missing_locales" USING btree ("parent_id");
  CREATE INDEX "industries_missing_locales_value_idx" ON "industries_missing_locales" USING btree ("value");
  CREATE INDEX "industries_hero_image_idx" ON "industries" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "industries_slug_idx" ON "industries" USING btree ("slug");
  CREATE INDEX "industries_published_at_idx" ON "industries" USING btree ("published_at");
  CREATE INDEX "industries_order_idx" ON "industries" USING btree ("order");
  CREATE INDEX "industries_featured_idx" ON "industries" USING btree ("featured");
  CREATE INDEX "industries_updated_at_idx" ON "industries" USING btree ("updated_at");
  CREATE INDEX "industries_created_at_idx" ON "industries" USING btree ("created_at");
  CREATE INDEX "industries__status_idx" ON "industries" USING btree ("_status");
  CREATE INDEX "industries_meta_meta_image_idx" ON "industries_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "industries_locales_locale_parent_id_unique" ON "industries_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_industries_v_version_key_figures_order_idx" ON "_industries_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_industries_v_version_key_figures_parent_id_idx" ON "_industries_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_industries_v_version_key_figures_locales_locale_parent_id_u" ON "_industries_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_industries_v_version_chain_segments_order_idx" ON "_industries_v_version_chain_segments" USING btree ("_order");
  CREATE INDEX "_industries_v_version_chain_segments_parent_id_idx" ON "_industries_v_version_chain_segments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_industries_v_version_chain_segments_locales_locale_parent_i" ON "_industries_v_version_chain_segments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_industries_v_version_key_enterprises_order_idx" ON "_industries_v_version_key_enterprises" USING btree ("_order");
  CREATE INDEX "_industries_v_version_key_enterprises_parent_id_idx" ON "_industries_v_version_key_enterprises" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_industries_v_version_key_enterprises_locales_locale_parent_" ON "_industries_v_version_key_enterprises_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_industries_v_version_translated_locales_order_idx" ON "_industries_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_industries_v_version_translated_locales_parent_idx" ON "_industries_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_industries_v_version_translated_locales_value_idx" ON "_industries_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_industries_v_version_missing_locales_order_idx" ON "_industries_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_industries_v_version_missing_locales_parent_idx" ON "_industries_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_industries_v_version_missing_locales_value_idx" ON "_industries_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_industries_v_parent_idx" ON "_industries_v" USING btree ("parent_id");
  CREATE INDEX "_industries_v_version_version_hero_image_idx" ON "_industries_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_industries_v_version_version_slug_idx" ON "_industries_v" USING btree ("version_slug");
  CREATE INDEX "_industries_v_version_version_published_at_idx" ON "_industries_v" USING btree ("version_published_at");
  CREATE INDEX "_industries_v_version_version_order_idx" ON "_industries_v" USING btree ("version_order");
  CREATE INDEX "_industries_v_version_version_featured_idx" ON "_industries_v" USING btree ("version_featured");
  CREATE INDEX "_industries_v_version_version_updated_at_idx" ON "_industries_v" USING btree ("version_updated_at");
  CREATE INDEX "_industries_v_version_version_created_at_idx" ON "_industries_v" USING btree ("version_created_at");
  CREATE INDEX "_industries_v_version_version__status_idx" ON "_industries_v" USING btree ("version__status");
  CREATE INDEX "_industries_v_created_at_idx" ON "_industries_v" USING btree ("created_at");
  CREATE INDEX "_industries_v_updated_at_idx" ON "_industries_v" USING btree ("updated_at");
  CREATE INDEX "_industries_v_snapshot_idx" ON "_industries_v" USING btree ("snapshot");
  CREATE INDEX "_industries_v_published_locale_idx" ON "_industries_v" USING btree ("published_locale");
  CREATE INDEX "_industries_v_latest_idx" ON "_industries_v" USING btree ("latest");
  CREATE INDEX "_industries_v_autosave_idx" ON "_industries_v" USING btree ("autosave");
  CREATE INDEX "_industries_v_version_meta_version_meta_image_idx" ON "_industries_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_industries_v_locales_locale_parent_id_unique" ON "_industries_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "projects_cooperation_modes_order_idx" ON "projects_cooperation_modes" USING btree ("order");
  CREATE INDEX "projects_cooperation_modes_parent_idx" ON "projects_cooperation_modes" USING btree ("parent_id");
  CREATE INDEX "projects_translated_locales_order_idx" ON "projects_translated_locales" USING btree ("order");
  CREATE INDEX "projects_translated_locales_parent_idx" ON "projects_translated_locales" USING btree ("parent_id");
  CREATE INDEX "projects_translated_locales_value_idx" ON "projects_translated_locales" USING btree ("value");
  CREATE INDEX "projects_missing_locales_order_idx" ON "projects_missing_locales" USING btree ("order");
  CREATE INDEX "projects_missing_locales_parent_idx" ON "projects_missing_locales" USING btree ("parent_id");
  CREATE INDEX "projects_missing_locales_value_idx" ON "projects_missing_locales" USING btree ("value");
  CREATE INDEX "projects_hero_image_idx" ON "projects" USING btree ("hero_image_id");
  CREATE INDEX "projects_industry_idx" ON "projects" USING btree ("industry_id");
  CREATE INDEX "projects_area_idx" ON "projects" USING btree ("area_id");
  CREATE INDEX "projects_investment_idx" ON "projects" USING btree ("investment");
  CREATE INDEX "projects_stage_idx" ON "projects" USING btree ("stage");
  CREATE UNIQUE INDEX "projects_slug_idx" ON "projects" USING btree ("slug");
  CREATE INDEX "projects_published_at_idx" ON "projects" USING btree ("published_at");
  CREATE INDEX "projects_featured_idx" ON "projects" USING btree ("featured");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects__status_idx" ON "projects" USING btree ("_status");
  CREATE INDEX "projects_meta_meta_image_idx" ON "projects_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "projects_locales_locale_parent_id_unique" ON "projects_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_projects_v_version_cooperation_modes_order_idx" ON "_projects_v_version_cooperation_modes" USING btree ("order");
  CREATE INDEX "_projects_v_version_cooperation_modes_parent_idx" ON "_projects_v_version_cooperation_modes" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_translated_locales_order_idx" ON "_projects_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_projects_v_version_translated_locales_parent_idx" ON "_projects_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_translated_locales_value_idx" ON "_projects_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_projects_v_version_missing_locales_order_idx" ON "_projects_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_projects_v_version_missing_locales_parent_idx" ON "_projects_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_missing_locales_value_idx" ON "_projects_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_projects_v_parent_idx" ON "_projects_v" USING btree ("parent_id");
  CREATE INDEX "_projects_v_version_version_hero_image_idx" ON "_projects_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_projects_v_version_version_industry_idx" ON "_projects_v" USING btree ("version_industry_id");
  CREATE INDEX "_projects_v_version_version_area_idx" ON "_projects_v" USING btree ("version_area_id");
  CREATE INDEX "_projects_v_version_version_investment_idx" ON "_projects_v" USING btree ("version_investment");
  CREATE INDEX "_projects_v_version_version_stage_idx" ON "_projects_v" USING btree ("version_stage");
  CREATE INDEX "_projects_v_version_version_slug_idx" ON "_projects_v" USING btree ("version_slug");
  CREATE INDEX "_projects_v_version_version_published_at_idx" ON "_projects_v" USING btree ("version_published_at");
  CREATE INDEX "_projects_v_version_version_featured_idx" ON "_projects_v" USING btree ("version_featured");
  CREATE INDEX "_projects_v_version_version_updated_at_idx" ON "_projects_v" USING btree ("version_updated_at");
  CREATE INDEX "_projects_v_version_version_created_at_idx" ON "_projects_v" USING btree ("version_created_at");
  CREATE INDEX "_projects_v_version_version__status_idx" ON "_projects_v" USING btree ("version__status");
  CREATE INDEX "_projects_v_created_at_idx" ON "_projects_v" USING btree ("created_at");
  CREATE INDEX "_projects_v_updated_at_idx" ON "_projects_v" USING btree ("updated_at");
  CREATE INDEX "_projects_v_snapshot_idx" ON "_projects_v" USING btree ("snapshot");
  CREATE INDEX "_projects_v_published_locale_idx" ON "_projects_v" USING btree ("published_locale");
  CREATE INDEX "_projects_v_latest_idx" ON "_projects_v" USING btree ("latest");
  CREATE INDEX "_projects_v_autosave_idx" ON "_projects_v" USING btree ("autosave");
  CREATE INDEX "_projects_v_version_meta_version_meta_image_idx" ON "_projects_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_projects_v_locales_locale_parent_id_unique" ON "_projects_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "funds_investment_stages_order_idx" ON "funds_investment_stages" USING btree ("order");
  CREATE INDEX "funds_investment_stages_parent_idx" ON "funds_investment_stages" USING btree ("parent_id");
  CREATE INDEX "funds_translated_locales_order_idx" ON "funds_translated_locales" USING btree ("order");
  CREATE INDEX "funds_translated_locales_parent_idx" ON "funds_translated_locales" USING btree ("parent_id");
  CREATE INDEX "funds_translated_locales_value_idx" ON "funds_translated_locales" USING btree ("value");
  CREATE INDEX "funds_missing_locales_order_idx" ON "funds_missing_locales" USING btree ("order");
  CREATE INDEX "funds_missing_locales_parent_idx" ON "funds_missing_locales" USING btree ("parent_id");
  CREATE INDEX "funds_missing_locales_value_idx" ON "funds_missing_locales" USING btree ("value");
  CREATE INDEX "funds_hero_image_idx" ON "funds" USING btree ("hero_image_id");
  CREATE INDEX "funds_type_idx" ON "funds" USING btree ("type");
  CREATE UNIQUE INDEX "funds_slug_idx" ON "funds" USING btree ("slug");
  CREATE INDEX "funds_published_at_idx" ON "funds" USING btree ("published_at");
  CREATE INDEX "funds_featured_idx" ON "funds" USING btree ("featured");
  CREATE INDEX "funds_updated_at_idx" ON "funds" USING btree ("updated_at");
  CREATE INDEX "funds_created_at_idx" ON "funds" USING btree ("created_at");
  CREATE INDEX "funds__status_idx" ON "funds" USING btree ("_status");
  CREATE INDEX "funds_meta_meta_image_idx" ON "funds_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "funds_locales_locale_parent_id_unique" ON "funds_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "funds_rels_order_idx" ON "funds_rels" USING btree ("order");
  CREATE INDEX "funds_rels_parent_idx" ON "funds_rels" USING btree ("parent_id");
  CREATE INDEX "funds_rels_path_idx" ON "funds_rels" USING btree ("path");
  CREATE INDEX "funds_rels_industries_id_idx" ON "funds_rels" USING btree ("industries_id");
  CREATE INDEX "_funds_v_version_investment_stages_order_idx" ON "_funds_v_version_investment_stages" USING btree ("order");
  CREATE INDEX "_funds_v_version_investment_stages_parent_idx" ON "_funds_v_version_investment_stages" USING btree ("parent_id");
  CREATE INDEX "_funds_v_version_translated_locales_order_idx" ON "_funds_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_funds_v_version_translated_locales_parent_idx" ON "_funds_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_funds_v_version_translated_locales_value_idx" ON "_funds_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_funds_v_version_missing_locales_order_idx" ON "_funds_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_funds_v_version_missing_locales_parent_idx" ON "_funds_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_funds_v_version_missing_locales_value_idx" ON "_funds_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_funds_v_parent_idx" ON "_funds_v" USING btree ("parent_id");
  CREATE INDEX "_funds_v_version_version_hero_image_idx" ON "_funds_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_funds_v_version_version_type_idx" ON "_funds_v" USING btree ("version_type");
  CREATE INDEX "_funds_v_version_version_slug_idx" ON "_funds_v" USING btree ("version_slug");
  CREATE INDEX "_funds_v_version_version_published_at_idx" ON "_funds_v" USING btree ("version_published_at");
  CREATE INDEX "_funds_v_version_version_featured_idx" ON "_funds_v" USING btree ("version_featured");
  CREATE INDEX "_funds_v_version_version_updated_at_idx" ON "_funds_v" USING btree ("version_updated_at");
  CREATE INDEX "_funds_v_version_version_created_at_idx" ON "_funds_v" USING btree ("version_created_at");
  CREATE INDEX "_funds_v_version_version__status_idx" ON "_funds_v" USING btree ("version__status");
  CREATE INDEX "_funds_v_created_at_idx" ON "_funds_v" USING btree ("created_at");
  CREATE INDEX "_funds_v_updated_at_idx" ON "_funds_v" USING btree ("updated_at");
  CREATE INDEX "_funds_v_snapshot_idx" ON "_funds_v" USING btree ("snapshot");
  CREATE INDEX "_funds_v_published_locale_idx" ON "_funds_v" USING btree ("published_locale");
  CREATE INDEX "_funds_v_latest_idx" ON "_funds_v" USING btree ("latest");
  CREATE INDEX "_funds_v_autosave_idx" ON "_funds_v" USING btree ("autosave");
  CREATE INDEX "_funds_v_version_meta_version_meta_image_idx" ON "_funds_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_funds_v_locales_locale_parent_id_unique" ON "_funds_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_funds_v_rels_order_idx" ON "_funds_v_rels" USING btree ("order");
  CREATE INDEX "_funds_v_rels_parent_idx" ON "_funds_v_rels" USING btree ("parent_id");
  CREATE INDEX "_funds_v_rels_path_idx" ON "_funds_v_rels" USING btree ("path");
  CREATE INDEX "_funds_v_rels_industries_id_idx" ON "_funds_v_rels" USING btree ("industries_id");
  CREATE INDEX "rcep_services_member_countries_order_idx" ON "rcep_services_member_countries" USING btree ("order");
  CREATE INDEX "rcep_services_member_countries_parent_idx" ON "rcep_services_member_countries" USING btree ("parent_id");
  CREATE INDEX "rcep_services_member_countries_value_idx" ON "rcep_services_member_countries" USING btree ("value");
  CREATE INDEX "rcep_services_translated_locales_order_idx" ON "rcep_services_translated_locales" USING btree ("order");
  CREATE INDEX "rcep_services_translated_locales_parent_idx" ON "rcep_services_translated_locales" USING btree ("parent_id");
  CREATE INDEX "rcep_services_translated_locales_value_idx" ON "rcep_services_translated_locales" USING btree ("value");
  CREATE INDEX "rcep_services_missing_locales_order_idx" ON "rcep_services_missing_locales" USING btree ("order");
  CREATE INDEX "rcep_services_missing_locales_parent_idx" ON "rcep_services_missing_locales" USING btree ("parent_id");
  CREATE INDEX "rcep_services_missing_locales_value_idx" ON "rcep_services_missing_locales" USING btree ("value");
  CREATE INDEX "rcep_services_hero_image_idx" ON "rcep_services" USING btree ("hero_image_id");
  CREATE INDEX "rcep_services_service_type_idx" ON "rcep_services" USING btree ("service_type");
  CREATE UNIQUE INDEX "rcep_services_slug_idx" ON "rcep_services" USING btree ("slug");
  CREATE INDEX "rcep_services_published_at_idx" ON "rcep_services" USING btree ("published_at");
  CREATE INDEX "rcep_services_featured_idx" ON "rcep_services" USING btree ("featured");
  CREATE INDEX "rcep_services_updated_at_idx" ON "rcep_services" USING btree ("updated_at");
  CREATE INDEX "rcep_services_created_at_idx" ON "rcep_services" USING btree ("created_at");
  CREATE INDEX "rcep_services__status_idx" ON "rcep_services" USING btree ("_status");
  CREATE INDEX "rcep_services_meta_meta_image_idx" ON "rcep_services_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "rcep_services_locales_locale_parent_id_unique" ON "rcep_services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_rcep_services_v_version_member_countries_order_idx" ON "_rcep_services_v_version_member_countries" USING btree ("order");
  CREATE INDEX "_rcep_services_v_version_member_countries_parent_idx" ON "_rcep_services_v_version_member_countries" USING btree ("parent_id");
  CREATE INDEX "_rcep_services_v_version_member_countries_value_idx" ON "_rcep_services_v_version_member_countries" USING btree ("value");
  CREATE INDEX "_rcep_services_v_version_translated_locales_order_idx" ON "_rcep_services_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_rcep_services_v_version_translated_locales_parent_idx" ON "_rcep_services_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_rcep_services_v_version_translated_locales_value_idx" ON "_rcep_services_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_rcep_services_v_version_missing_locales_order_idx" ON "_rcep_services_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_rcep_services_v_version_missing_locales_parent_idx" ON "_rcep_services_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_rcep_services_v_version_missing_locales_value_idx" ON "_rcep_services_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_rcep_services_v_parent_idx" ON "_rcep_services_v" USING btree ("parent_id");
  CREATE INDEX "_rcep_services_v_version_version_hero_image_idx" ON "_rcep_services_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_rcep_services_v_version_version_service_type_idx" ON "_rcep_services_v" USING btree ("version_service_type");
  CREATE INDEX "_rcep_services_v_version_version_slug_idx" ON "_rcep_services_v" USING btree ("version_slug");
  CREATE INDEX "_rcep_services_v_version_version_published_at_idx" ON "_rcep_services_v" USING btree ("version_published_at");
  CREATE INDEX "_rcep_services_v_version_version_featured_idx" ON "_rcep_services_v" USING btree ("version_featured");
  CREATE INDEX "_rcep_services_v_version_version_updated_at_idx" ON "_rcep_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_rcep_services_v_version_version_created_at_idx" ON "_rcep_services_v" USING btree ("version_created_at");
  CREATE INDEX "_rcep_services_v_version_version__status_idx" ON "_rcep_services_v" USING btree ("version__status");
  CREATE INDEX "_rcep_services_v_created_at_idx" ON "_rcep_services_v" USING btree ("created_at");
  CREATE INDEX "_rcep_services_v_updated_at_idx" ON "_rcep_services_v" USING btree ("updated_at");
  CREATE INDEX "_rcep_services_v_snapshot_idx" ON "_rcep_services_v" USING btree ("snapshot");
  CREATE INDEX "_rcep_services_v_published_locale_idx" ON "_rcep_services_v" USING btree ("published_locale");
  CREATE INDEX "_rcep_services_v_latest_idx" ON "_rcep_services_v" USING btree ("latest");
  CREATE INDEX "_rcep_services_v_autosave_idx" ON "_rcep_services_v" USING btree ("autosave");
  CREATE INDEX "_rcep_services_v_version_meta_version_meta_image_idx" ON "_rcep_services_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_rcep_services_v_locales_locale_parent_id_unique" ON "_rcep_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "talent_policies_target_groups_order_idx" ON "talent_policies_target_groups" USING btree ("order");
  CREATE INDEX "talent_policies_target_groups_parent_idx" ON "talent_policies_target_groups" USING btree ("parent_id");
  CREATE INDEX "talent_policies_target_groups_value_idx" ON "talent_policies_target_groups" USING btree ("value");
  CREATE INDEX "talent_policies_key_figures_order_idx" ON "talent_policies_key_figures" USING btree ("_order");
  CREATE INDEX "talent_policies_key_figures_parent_id_idx" ON "talent_policies_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "talent_policies_key_figures_locales_locale_parent_id_unique" ON "talent_policies_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "talent_policies_translated_locales_order_idx" ON "talent_policies_translated_locales" USING btree ("order");
  CREATE INDEX "talent_policies_translated_locales_parent_idx" ON "talent_policies_translated_locales" USING btree ("parent_id");
  CREATE INDEX "talent_policies_translated_locales_value_idx" ON "talent_policies_translated_locales" USING btree ("value");
  CREATE INDEX "talent_policies_missing_locales_order_idx" ON "talent_policies_missing_locales" USING btree ("order");
  CREATE INDEX "talent_policies_missing_locales_parent_idx" ON "talent_policies_missing_locales" USING btree ("parent_id");
  CREATE INDEX "talent_policies_missing_locales_value_idx" ON "talent_policies_missing_locales" USING btree ("value");
  CREATE INDEX "talent_policies_hero_image_idx" ON "talent_policies" USING btree ("hero_image_id");
  CREATE INDEX "talent_policies_category_idx" ON "talent_policies" USING btree ("category");
  CREATE UNIQUE INDEX "talent_policies_slug_idx" ON "talent_policies" USING btree ("slug");
  CREATE INDEX "talent_policies_published_at_idx" ON "talent_policies" USING btree ("published_at");
  CREATE INDEX "talent_policies_featured_idx" ON "talent_policies" USING btree ("featured");
  CREATE INDEX "talent_policies_updated_at_idx" ON "talent_policies" USING btree ("updated_at");
  CREATE INDEX "talent_policies_created_at_idx" ON "talent_policies" USING btree ("created_at");
  CREATE INDEX "talent_policies__status_idx" ON "talent_policies" USING btree ("_status");
  CREATE INDEX "talent_policies_meta_meta_image_idx" ON "talent_policies_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "talent_policies_locales_locale_parent_id_unique" ON "talent_policies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_talent_policies_v_version_target_groups_order_idx" ON "_talent_policies_v_version_target_groups" USING btree ("order");
  CREATE INDEX "_talent_policies_v_version_target_groups_parent_idx" ON "_talent_policies_v_version_target_groups" USING btree ("parent_id");
  CREATE INDEX "_talent_policies_v_version_target_groups_value_idx" ON "_talent_policies_v_version_target_groups" USING btree ("value");
  CREATE INDEX "_talent_policies_v_version_key_figures_order_idx" ON "_talent_policies_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_talent_policies_v_version_key_figures_parent_id_idx" ON "_talent_policies_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_talent_policies_v_version_key_figures_locales_locale_parent" ON "_talent_policies_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_talent_policies_v_version_translated_locales_order_idx" ON "_talent_policies_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_talent_policies_v_version_translated_locales_parent_idx" ON "_talent_policies_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_talent_policies_v_version_translated_locales_value_idx" ON "_talent_policies_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_talent_policies_v_version_missing_locales_order_idx" ON "_talent_policies_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_talent_policies_v_version_missing_locales_parent_idx" ON "_talent_policies_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_talent_policies_v_version_missing_locales_value_idx" ON "_talent_policies_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_talent_policies_v_parent_idx" ON "_talent_policies_v" USING btree ("parent_id");
  CREATE INDEX "_talent_policies_v_version_version_hero_image_idx" ON "_talent_policies_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_talent_policies_v_version_version_category_idx" ON "_talent_policies_v" USING btree ("version_category");
  CREATE INDEX "_talent_policies_v_version_version_slug_idx" ON "_talent_policies_v" USING btree ("version_slug");
  CREATE INDEX "_talent_policies_v_version_version_published_at_idx" ON "_talent_policies_v" USING btree ("version_published_at");
  CREATE INDEX "_talent_policies_v_version_version_featured_idx" ON "_talent_policies_v" USING btree ("version_featured");
  CREATE INDEX "_talent_policies_v_version_version_updated_at_idx" ON "_talent_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_talent_policies_v_version_version_created_at_idx" ON "_talent_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_talent_policies_v_version_version__status_idx" ON "_talent_policies_v" USING btree ("version__status");
  CREATE INDEX "_talent_policies_v_created_at_idx" ON "_talent_policies_v" USING btree ("created_at");
  CREATE INDEX "_talent_policies_v_updated_at_idx" ON "_talent_policies_v" USING btree ("updated_at");
  CREATE INDEX "_talent_policies_v_snapshot_idx" ON "_talent_policies_v" USING btree ("snapshot");
  CREATE INDEX "_talent_policies_v_published_locale_idx" ON "_talent_policies_v" USING btree ("published_locale");
  CREATE INDEX "_talent_policies_v_latest_idx" ON "_talent_policies_v" USING btree ("latest");
  CREATE INDEX "_talent_policies_v_autosave_idx" ON "_talent_policies_v" USING btree ("autosave");
  CREATE INDEX "_talent_policies_v_version_meta_version_meta_image_idx" ON "_talent_policies_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_talent_policies_v_locales_locale_parent_id_unique" ON "_talent_policies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "areas_key_figures_order_idx" ON "areas_key_figures" USING btree ("_order");
  CREATE INDEX "areas_key_figures_parent_id_idx" ON "areas_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "areas_key_figures_locales_locale_parent_id_unique" ON "areas_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "areas_advantages_order_idx" ON "areas_advantages" USING btree ("_order");
  CREATE INDEX "areas_advantages_parent_id_idx" ON "areas_advantages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "areas_advantages_locales_locale_parent_id_unique" ON "areas_advantages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "areas_translated_locales_order_idx" ON "areas_translated_locales" USING btree ("order");
  CREATE INDEX "areas_translated_locales_parent_idx" ON "areas_translated_locales" USING btree ("parent_id");
  CREATE INDEX "areas_translated_locales_value_idx" ON "areas_translated_locales" USING btree ("value");
  CREATE INDEX "areas_missing_locales_order_idx" ON "areas_missing_locales" USING btree ("order");
  CREATE INDEX "areas_missing_locales_parent_idx" ON "areas_missing_locales" USING btree ("parent_id");
  CREATE INDEX "areas_missing_locales_value_idx" ON "areas_missing_locales" USING btree ("value");
  CREATE INDEX "areas_hero_image_idx" ON "areas" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "areas_slug_idx" ON "areas" USING btree ("slug");
  CREATE INDEX "areas_published_at_idx" ON "areas" USING btree ("published_at");
  CREATE INDEX "areas_featured_idx" ON "areas" USING btree ("featured");
  CREATE INDEX "areas_updated_at_idx" ON "areas" USING btree ("updated_at");
  CREATE INDEX "areas_created_at_idx" ON "areas" USING btree ("created_at");
  CREATE INDEX "areas__status_idx" ON "areas" USING btree ("_status");
  CREATE INDEX "areas_meta_meta_image_idx" ON "areas_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "areas_locales_locale_parent_id_unique" ON "areas_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_areas_v_version_key_figures_order_idx" ON "_areas_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_areas_v_version_key_figures_parent_id_idx" ON "_areas_v_version_key_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_areas_v_version_key_figures_locales_locale_parent_id_unique" ON "_areas_v_version_key_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_areas_v_version_advantages_order_idx" ON "_areas_v_version_advantages" USING btree ("_order");
  CREATE INDEX "_areas_v_version_advantages_parent_id_idx" ON "_areas_v_version_advantages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_areas_v_version_advantages_locales_locale_parent_id_unique" ON "_areas_v_version_advantages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_areas_v_version_translated_locales_order_idx" ON "_areas_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_areas_v_version_translated_locales_parent_idx" ON "_areas_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_areas_v_version_translated_locales_value_idx" ON "_areas_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_areas_v_version_missing_locales_order_idx" ON "_areas_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_areas_v_version_missing_locales_parent_idx" ON "_areas_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_areas_v_version_missing_locales_value_idx" ON "_areas_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_areas_v_parent_idx" ON "_areas_v" USING btree ("parent_id");
  CREATE INDEX "_areas_v_version_version_hero_image_idx" ON "_areas_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_areas_v_version_version_slug_idx" ON "_areas_v" USING btree ("version_slug");
  CREATE INDEX "_areas_v_version_version_published_at_idx" ON "_areas_v" USING btree ("version_published_at");
  CREATE INDEX "_areas_v_version_version_featured_idx" ON "_areas_v" USING btree ("version_featured");
  CREATE INDEX "_areas_v_version_version_updated_at_idx" ON "_areas_v" USING btree ("version_updated_at");
  CREATE INDEX "_areas_v_version_version_created_at_idx" ON "_areas_v" USING btree ("version_created_at");
  CREATE INDEX "_areas_v_version_version__status_idx" ON "_areas_v" USING btree ("version__status");
  CREATE INDEX "_areas_v_created_at_idx" ON "_areas_v" USING btree ("created_at");
  CREATE INDEX "_areas_v_updated_at_idx" ON "_areas_v" USING btree ("updated_at");
  CREATE INDEX "_areas_v_snapshot_idx" ON "_areas_v" USING btree ("snapshot");
  CREATE INDEX "_areas_v_published_locale_idx" ON "_areas_v" USING btree ("published_locale");
  CREATE INDEX "_areas_v_latest_idx" ON "_areas_v" USING btree ("latest");
  CREATE INDEX "_areas_v_autosave_idx" ON "_areas_v" USING btree ("autosave");
  CREATE INDEX "_areas_v_version_meta_version_meta_image_idx" ON "_areas_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_areas_v_locales_locale_parent_id_unique" ON "_areas_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_translated_locales_order_idx" ON "news_translated_locales" USING btree ("order");
  CREATE INDEX "news_translated_locales_parent_idx" ON "news_translated_locales" USING btree ("parent_id");
  CREATE INDEX "news_translated_locales_value_idx" ON "news_translated_locales" USING btree ("value");
  CREATE INDEX "news_missing_locales_order_idx" ON "news_missing_locales" USING btree ("order");
  CREATE INDEX "news_missing_locales_parent_idx" ON "news_missing_locales" USING btree ("parent_id");
  CREATE INDEX "news_missing_locales_value_idx" ON "news_missing_locales" USING btree ("value");
  CREATE INDEX "news_hero_image_idx" ON "news" USING btree ("hero_image_id");
  CREATE INDEX "news_category_idx" ON "news" USING btree ("category");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_featured_idx" ON "news" USING btree ("featured");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "news_meta_meta_image_idx" ON "news_locales" USING btree ("meta_image_id","_locale");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_industries_id_idx" ON "news_rels" USING btree ("industries_id");
  CREATE INDEX "news_rels_projects_id_idx" ON "news_rels" USING btree ("projects_id");
  CREATE INDEX "news_rels_funds_id_idx" ON "news_rels" USING btree ("funds_id");
  CREATE INDEX "news_rels_rcep_services_id_idx" ON "news_rels" USING btree ("rcep_services_id");
  CREATE INDEX "news_rels_talent_policies_id_idx" ON "news_rels" USING btree ("talent_policies_id");
  CREATE INDEX "news_rels_areas_id_idx" ON "news_rels" USING btree ("areas_id");
  CREATE INDEX "_news_v_version_translated_locales_order_idx" ON "_news_v_version_translated_locales" USING btree ("order");
  CREATE INDEX "_news_v_version_translated_locales_parent_idx" ON "_news_v_version_translated_locales" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_translated_locales_value_idx" ON "_news_v_version_translated_locales" USING btree ("value");
  CREATE INDEX "_news_v_version_missing_locales_order_idx" ON "_news_v_version_missing_locales" USING btree ("order");
  CREATE INDEX "_news_v_version_missing_locales_parent_idx" ON "_news_v_version_missing_locales" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_missing_locales_value_idx" ON "_news_v_version_missing_locales" USING btree ("value");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_hero_image_idx" ON "_news_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_news_v_version_version_category_idx" ON "_news_v" USING btree ("version_category");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_featured_idx" ON "_news_v" USING btree ("version_featured");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "_news_v_autosave_idx" ON "_news_v" USING btree ("autosave");
  CREATE INDEX "_news_v_version_meta_version_meta_image_idx" ON "_news_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_industries_id_idx" ON "_news_v_rels" USING btree ("industries_id");
  CREATE INDEX "_news_v_rels_projects_id_idx" ON "_news_v_rels" USING btree ("projects_id");
  CREATE INDEX "_news_v_rels_funds_id_idx" ON "_news_v_rels" USING btree ("funds_id");
  CREATE INDEX "_news_v_rels_rcep_services_id_idx" ON "_news_v_rels" USING btree ("rcep_services_id");
  CREATE INDEX "_news_v_rels_talent_policies_id_idx" ON "_news_v_rels" USING btree ("talent_policies_id");
  CREATE INDEX "_news_v_rels_areas_id_idx" ON "_news_v_rels" USING btree ("areas_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "enquiries_notes_order_idx" ON "enquiries_notes" USING btree ("_order");
  CREATE INDEX "enquiries_notes_parent_id_idx" ON "enquiries_notes" USING btree ("_parent_id");
  CREATE INDEX "enquiries_notes_author_idx" ON "enquiries_notes" USING btree ("author_id");
  CREATE UNIQUE INDEX "enquiries_reference_idx" ON "enquiries" USING btree ("reference");
  CREATE INDEX "enquiries_type_idx" ON "enquiries" USING btree ("type");
  CREATE INDEX "enquiries_email_idx" ON "enquiries" USING btree ("email");
  CREATE INDEX "enquiries_country_idx" ON "enquiries" USING btree ("country");
  CREATE INDEX "enquiries_status_idx" ON "enquiries" USING btree ("status");
  CREATE INDEX "enquiries_assignee_idx" ON "enquiries" USING btree ("assignee_id");
  CREATE INDEX "enquiries_due_at_idx" ON "enquiries" USING btree ("due_at");
  CREATE INDEX "enquiries_partner_idx" ON "enquiries" USING btree ("partner_id");
  CREATE UNIQUE INDEX "enquiries_idempotency_key_idx" ON "enquiries" USING btree ("idempotency_key");
  CREATE INDEX "enquiries_updated_at_idx" ON "enquiries" USING btree ("updated_at");
  CREATE INDEX "enquiries_created_at_idx" ON "enquiries" USING btree ("created_at");
  CREATE INDEX "enquiries_rels_order_idx" ON "enquiries_rels" USING btree ("order");
  CREATE INDEX "enquiries_rels_parent_idx" ON "enquiries_rels" USING btree ("parent_id");
  CREATE INDEX "enquiries_rels_path_idx" ON "enquiries_rels" USING btree ("path");
  CREATE INDEX "enquiries_rels_industries_id_idx" ON "enquiries_rels" USING btree ("industries_id");
  CREATE INDEX "enquiries_rels_projects_id_idx" ON "enquiries_rels" USING btree ("projects_id");
  CREATE INDEX "enquiries_rels_funds_id_idx" ON "enquiries_rels" USING btree ("funds_id");
  CREATE INDEX "enquiries_rels_rcep_services_id_idx" ON "enquiries_rels" USING btree ("rcep_services_id");
  CREATE INDEX "enquiries_rels_talent_policies_id_idx" ON "enquiries_rels" USING btree ("talent_policies_id");
  CREATE INDEX "enquiries_rels_areas_id_idx" ON "enquiries_rels" USING btree ("areas_id");
  CREATE INDEX "enquiries_rels_news_id_idx" ON "enquiries_rels" USING btree ("news_id");
  CREATE INDEX "partners_sessions_order_idx" ON "partners_sessions" USING btree ("_order");
  CREATE INDEX "partners_sessions_parent_id_idx" ON "partners_sessions" USING btree ("_parent_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE UNIQUE INDEX "partners_email_idx" ON "partners" USING btree ("email");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_industries_id_idx" ON "payload_locked_documents_rels" USING btree ("industries_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_funds_id_idx" ON "payload_locked_documents_rels" USING btree ("funds_id");
  CREATE INDEX "payload_locked_documents_rels_rcep_services_id_idx" ON "payload_locked_documents_rels" USING btree ("rcep_services_id");
  CREATE INDEX "payload_locked_documents_rels_talent_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("talent_policies_id");
  CREATE INDEX "payload_locked_documents_rels_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("areas_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_enquiries_id_idx" ON "payload_locked_documents_rels" USING btree ("enquiries_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_partners_id_idx" ON "payload_preferences_rels" USING btree ("partners_id");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site__status_idx" ON "site" USING btree ("_status");
  CREATE UNIQUE INDEX "site_locales_locale_parent_id_unique" ON "site_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_site_v_version_version__status_idx" ON "_site_v" USING btree ("version__status");
  CREATE INDEX "_site_v_created_at_idx" ON "_site_v" USING btree ("created_at");
  CREATE INDEX "_site_v_updated_at_idx" ON "_site_v" USING btree ("updated_at");
  CREATE INDEX "_site_v_snapshot_idx" ON "_site_v" USING btree ("snapshot");
  CREATE INDEX "_site_v_published_locale_idx" ON "_site_v" USING btree ("published_locale");
  CREATE INDEX "_site_v_latest_idx" ON "_site_v" USING btree ("latest");
  CREATE INDEX "_site_v_autosave_idx" ON "_site_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_site_v_locales_locale_parent_id_unique" ON "_site_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_headline_figures_order_idx" ON "home_headline_figures" USING btree ("_order");
  CREATE INDEX "home_headline_figures_parent_id_idx" ON "home_headline_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "home_headline_figures_locales_locale_parent_id_unique" ON "home_headline_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home__status_idx" ON "home" USING btree ("_status");
  CREATE UNIQUE INDEX "home_locales_locale_parent_id_unique" ON "home_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "home_rels_order_idx" ON "home_rels" USING btree ("order");
  CREATE INDEX "home_rels_parent_idx" ON "home_rels" USING btree ("parent_id");
  CREATE INDEX "home_rels_path_idx" ON "home_rels" USING btree ("path");
  CREATE INDEX "home_rels_industries_id_idx" ON "home_rels" USING btree ("industries_id");
  CREATE INDEX "home_rels_projects_id_idx" ON "home_rels" USING btree ("projects_id");
  CREATE INDEX "home_rels_funds_id_idx" ON "home_rels" USING btree ("funds_id");
  CREATE INDEX "_home_v_version_headline_figures_order_idx" ON "_home_v_version_headline_figures" USING btree ("_order");
  CREATE INDEX "_home_v_version_headline_figures_parent_id_idx" ON "_home_v_version_headline_figures" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_home_v_version_headline_figures_locales_locale_parent_id_un" ON "_home_v_version_headline_figures_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_version_version__status_idx" ON "_home_v" USING btree ("version__status");
  CREATE INDEX "_home_v_created_at_idx" ON "_home_v" USING btree ("created_at");
  CREATE INDEX "_home_v_updated_at_idx" ON "_home_v" USING btree ("updated_at");
  CREATE INDEX "_home_v_snapshot_idx" ON "_home_v" USING btree ("snapshot");
  CREATE INDEX "_home_v_published_locale_idx" ON "_home_v" USING btree ("published_locale");
  CREATE INDEX "_home_v_latest_idx" ON "_home_v" USING btree ("latest");
  CREATE INDEX "_home_v_autosave_idx" ON "_home_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_home_v_locales_locale_parent_id_unique" ON "_home_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_home_v_rels_order_idx" ON "_home_v_rels" USING btree ("order");
  CREATE INDEX "_home_v_rels_parent_idx" ON "_home_v_rels" USING btree ("parent_id");
  CREATE INDEX "_home_v_rels_path_idx" ON "_home_v_rels" USING btree ("path");
  CREATE INDEX "_home_v_rels_industries_id_idx" ON "_home_v_rels" USING btree ("industries_id");
  CREATE INDEX "_home_v_rels_projects_id_idx" ON "_home_v_rels" USING btree ("projects_id");
  CREATE INDEX "_home_v_rels_funds_id_idx" ON "_home_v_rels" USING btree ("funds_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "industries_key_figures" CASCADE;
  DROP TABLE "industries_key_figures_locales" CASCADE;
  DROP TABLE "industries_chain_segments" CASCADE;
  DROP TABLE "industries_chain_segments_locales" CASCADE;
  DROP TABLE "industries_key_enterprises" CASCADE;
  DROP TABLE "industries_key_enterprises_locales" CASCADE;
  DROP TABLE "industries_translated_locales" CASCADE;
  DROP TABLE "industries_missing_locales" CASCADE;
  DROP TABLE "industries" CASCADE;
  DROP TABLE "industries_locales" CASCADE;
  DROP TABLE "_industries_v_version_key_figures" CASCADE;
  DROP TABLE "_industries_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_industries_v_version_chain_segments" CASCADE;
  DROP TABLE "_industries_v_version_chain_segments_locales" CASCADE;
  DROP TABLE "_industries_v_version_key_enterprises" CASCADE;
  DROP TABLE "_industries_v_version_key_enterprises_locales" CASCADE;
  DROP TABLE "_industries_v_version_translated_locales" CASCADE;
  DROP TABLE "_industries_v_version_missing_locales" CASCADE;
  DROP TABLE "_industries_v" CASCADE;
  DROP TABLE "_industries_v_locales" CASCADE;
  DROP TABLE "projects_cooperation_modes" CASCADE;
  DROP TABLE "projects_translated_locales" CASCADE;
  DROP TABLE "projects_missing_locales" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_locales" CASCADE;
  DROP TABLE "_projects_v_version_cooperation_modes" CASCADE;
  DROP TABLE "_projects_v_version_translated_locales" CASCADE;
  DROP TABLE "_projects_v_version_missing_locales" CASCADE;
  DROP TABLE "_projects_v" CASCADE;
  DROP TABLE "_projects_v_locales" CASCADE;
  DROP TABLE "funds_investment_stages" CASCADE;
  DROP TABLE "funds_translated_locales" CASCADE;
  DROP TABLE "funds_missing_locales" CASCADE;
  DROP TABLE "funds" CASCADE;
  DROP TABLE "funds_locales" CASCADE;
  DROP TABLE "funds_rels" CASCADE;
  DROP TABLE "_funds_v_version_investment_stages" CASCADE;
  DROP TABLE "_funds_v_version_translated_locales" CASCADE;
  DROP TABLE "_funds_v_version_missing_locales" CASCADE;
  DROP TABLE "_funds_v" CASCADE;
  DROP TABLE "_funds_v_locales" CASCADE;
  DROP TABLE "_funds_v_rels" CASCADE;
  DROP TABLE "rcep_services_member_countries" CASCADE;
  DROP TABLE "rcep_services_translated_locales" CASCADE;
  DROP TABLE "rcep_services_missing_locales" CASCADE;
  DROP TABLE "rcep_services" CASCADE;
  DROP TABLE "rcep_services_locales" CASCADE;
  DROP TABLE "_rcep_services_v_version_member_countries" CASCADE;
  DROP TABLE "_rcep_services_v_version_translated_locales" CASCADE;
  DROP TABLE "_rcep_services_v_version_missing_locales" CASCADE;
  DROP TABLE "_rcep_services_v" CASCADE;
  DROP TABLE "_rcep_services_v_locales" CASCADE;
  DROP TABLE "talent_policies_target_groups" CASCADE;
  DROP TABLE "talent_policies_key_figures" CASCADE;
  DROP TABLE "talent_policies_key_figures_locales" CASCADE;
  DROP TABLE "talent_policies_translated_locales" CASCADE;
  DROP TABLE "talent_policies_missing_locales" CASCADE;
  DROP TABLE "talent_policies" CASCADE;
  DROP TABLE "talent_policies_locales" CASCADE;
  DROP TABLE "_talent_policies_v_version_target_groups" CASCADE;
  DROP TABLE "_talent_policies_v_version_key_figures" CASCADE;
  DROP TABLE "_talent_policies_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_talent_policies_v_version_translated_locales" CASCADE;
  DROP TABLE "_talent_policies_v_version_missing_locales" CASCADE;
  DROP TABLE "_talent_policies_v" CASCADE;
  DROP TABLE "_talent_policies_v_locales" CASCADE;
  DROP TABLE "areas_key_figures" CASCADE;
  DROP TABLE "areas_key_figures_locales" CASCADE;
  DROP TABLE "areas_advantages" CASCADE;
  DROP TABLE "areas_advantages_locales" CASCADE;
  DROP TABLE "areas_translated_locales" CASCADE;
  DROP TABLE "areas_missing_locales" CASCADE;
  DROP TABLE "areas" CASCADE;
  DROP TABLE "areas_locales" CASCADE;
  DROP TABLE "_areas_v_version_key_figures" CASCADE;
  DROP TABLE "_areas_v_version_key_figures_locales" CASCADE;
  DROP TABLE "_areas_v_version_advantages" CASCADE;
  DROP TABLE "_areas_v_version_advantages_locales" CASCADE;
  DROP TABLE "_areas_v_version_translated_locales" CASCADE;
  DROP TABLE "_areas_v_version_missing_locales" CASCADE;
  DROP TABLE "_areas_v" CASCADE;
  DROP TABLE "_areas_v_locales" CASCADE;
  DROP TABLE "news_translated_locales" CASCADE;
  DROP TABLE "news_missing_locales" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v_version_translated_locales" CASCADE;
  DROP TABLE "_news_v_version_missing_locales" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "enquiries_notes" CASCADE;
  DROP TABLE "enquiries" CASCADE;
  DROP TABLE "enquiries_rels" CASCADE;
  DROP TABLE "partners_sessions" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site" CASCADE;
  DROP TABLE "site_locales" CASCADE;
  DROP TABLE "_site_v" CASCADE;
  DROP TABLE "_site_v_locales" CASCADE;
  DROP TABLE "home_headline_figures" CASCADE;
  DROP TABLE "home_headline_figures_locales" CASCADE;
  DROP TABLE "home" CASCADE;
  DROP TABLE "home_locales" CASCADE;
  DROP TABLE "home_rels" CASCADE;
  DROP TABLE "_home_v_version_headline_figures" CASCADE;
  DROP TABLE "_home_v_version_headline_figures_locales" CASCADE;
  DROP TABLE "_home_v" CASCADE;
  DROP TABLE "_home_v_locales" CASCADE;
  DROP TABLE "_home_v_rels" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_industries_key_figures_currency";
  DROP TYPE "public"."enum_industries_translated_locales";
  DROP TYPE "public"."enum_industries_missing_locales";
  DROP TYPE "public"."enum_industries_status";
  DROP TYPE "public"."enum__industries_v_version_key_figures_currency";
  DROP TYPE "public"."enum__industries_v_version_translated_locales";
  DROP TYPE "public"."enum__industries_v_version_missing_locales";
  DROP TYPE "public"."enum__industries_v_version_status";
  DROP TYPE "public"."enum__industries_v_published_locale";
  DROP TYPE "public"."enum_projects_cooperation_modes";
  DROP TYPE "public"."enum_projects_translated_locales";
  DROP TYPE "public"."enum_projects_missing_locales";
  DROP TYPE "public"."enum_projects_investment_currency";
  DROP TYPE "public"."enum_projects_stage";
  DROP TYPE "public"."enum_projects_land_area_unit";
  DROP TYPE "public"."enum_projects_floor_area_unit";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum__projects_v_version_cooperation_modes";
  DROP TYPE "public"."enum__projects_v_version_translated_locales";
  DROP TYPE "public"."enum__projects_v_version_missing_locales";
  DROP TYPE "public"."enum__projects_v_version_investment_currency";
  DROP TYPE "public"."enum__projects_v_version_stage";
  DROP TYPE "public"."enum__projects_v_version_land_area_unit";
  DROP TYPE "public"."enum__projects_v_version_floor_area_unit";
  DROP TYPE "public"."enum__projects_v_version_status";
  DROP TYPE "public"."enum__projects_v_published_locale";
  DROP TYPE "public"."enum_funds_investment_stages";
  DROP TYPE "public"."enum_funds_translated_locales";
  DROP TYPE "public"."enum_funds_missing_locales";
  DROP TYPE "public"."enum_funds_fund_size_currency";
  DROP TYPE "public"."enum_funds_type";
  DROP TYPE "public"."enum_funds_ticket_min_currency";
  DROP TYPE "public"."enum_funds_ticket_max_currency";
  DROP TYPE "public"."enum_funds_status";
  DROP TYPE "public"."enum__funds_v_version_investment_stages";
  DROP TYPE "public"."enum__funds_v_version_translated_locales";
  DROP TYPE "public"."enum__funds_v_version_missing_locales";
  DROP TYPE "public"."enum__funds_v_version_fund_size_currency";
  DROP TYPE "public"."enum__funds_v_version_type";
  DROP TYPE "public"."enum__funds_v_version_ticket_min_currency";
  DROP TYPE "public"."enum__funds_v_version_ticket_max_currency";
  DROP TYPE "public"."enum__funds_v_version_status";
  DROP TYPE "public"."enum__funds_v_published_locale";
  DROP TYPE "public"."enum_rcep_services_member_countries";
  DROP TYPE "public"."enum_rcep_services_translated_locales";
  DROP TYPE "public"."enum_rcep_services_missing_locales";
  DROP TYPE "public"."enum_rcep_services_service_type";
  DROP TYPE "public"."enum_rcep_services_status";
  DROP TYPE "public"."enum__rcep_services_v_version_member_countries";
  DROP TYPE "public"."enum__rcep_services_v_version_translated_locales";
  DROP TYPE "public"."enum__rcep_services_v_version_missing_locales";
  DROP TYPE "public"."enum__rcep_services_v_version_service_type";
  DROP TYPE "public"."enum__rcep_services_v_version_status";
  DROP TYPE "public"."enum__rcep_services_v_published_locale";
  DROP TYPE "public"."enum_talent_policies_target_groups";
  DROP TYPE "public"."enum_talent_policies_key_figures_currency";
  DROP TYPE "public"."enum_talent_policies_translated_locales";
  DROP TYPE "public"."enum_talent_policies_missing_locales";
  DROP TYPE "public"."enum_talent_policies_category";
  DROP TYPE "public"."enum_talent_policies_max_benefit_currency";
  DROP TYPE "public"."enum_talent_policies_status";
  DROP TYPE "public"."enum__talent_policies_v_version_target_groups";
  DROP TYPE "public"."enum__talent_policies_v_version_key_figures_currency";
  DROP TYPE "public"."enum__talent_policies_v_version_translated_locales";
  DROP TYPE "public"."enum__talent_policies_v_version_missing_locales";
  DROP TYPE "public"."enum__talent_policies_v_version_category";
  DROP TYPE "public"."enum__talent_policies_v_version_max_benefit_currency";
  DROP TYPE "public"."enum__talent_policies_v_version_status";
  DROP TYPE "public"."enum__talent_policies_v_published_locale";
  DROP TYPE "public"."enum_areas_key_figures_currency";
  DROP TYPE "public"."enum_areas_translated_locales";
  DROP TYPE "public"."enum_areas_missing_locales";
  DROP TYPE "public"."enum_areas_status";
  DROP TYPE "public"."enum__areas_v_version_key_figures_currency";
  DROP TYPE "public"."enum__areas_v_version_translated_locales";
  DROP TYPE "public"."enum__areas_v_version_missing_locales";
  DROP TYPE "public"."enum__areas_v_version_status";
  DROP TYPE "public"."enum__areas_v_published_locale";
  DROP TYPE "public"."enum_news_translated_locales";
  DROP TYPE "public"."enum_news_missing_locales";
  DROP TYPE "public"."enum_news_category";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_translated_locales";
  DROP TYPE "public"."enum__news_v_version_missing_locales";
  DROP TYPE "public"."enum__news_v_version_category";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_enquiries_type";
  DROP TYPE "public"."enum_enquiries_locale";
  DROP TYPE "public"."enum_enquiries_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_site_status";
  DROP TYPE "public"."enum__site_v_version_status";
  DROP TYPE "public"."enum__site_v_published_locale";
  DROP TYPE "public"."enum_home_headline_figures_currency";
  DROP TYPE "public"."enum_home_status";
  DROP TYPE "public"."enum__home_v_version_headline_figures_currency";
  DROP TYPE "public"."enum__home_v_version_status";
  DROP TYPE "public"."enum__home_v_published_locale";`)
}

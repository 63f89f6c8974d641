import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "talent_policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  CREATE TABLE "_talent_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"industries_id" integer
  );
  
  ALTER TABLE "talent_policies_rels" ADD CONSTRAINT "talent_policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talent_policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talent_policies_rels" ADD CONSTRAINT "talent_policies_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_rels" ADD CONSTRAINT "_talent_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_talent_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_talent_policies_v_rels" ADD CONSTRAINT "_talent_policies_v_rels_industries_fk" FOREIGN KEY ("industries_id") REFERENCES "public"."industries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "talent_policies_rels_order_idx" ON "talent_policies_rels" USING btree ("order");
  CREATE INDEX "talent_policies_rels_parent_idx" ON "talent_policies_rels" USING btree ("parent_id");
  CREATE INDEX "talent_policies_rels_path_idx" ON "talent_policies_rels" USING btree ("path");
  CREATE INDEX "talent_policies_rels_industries_id_idx" ON "talent_policies_rels" USING btree ("industries_id");
  CREATE INDEX "_talent_policies_v_rels_order_idx" ON "_talent_policies_v_rels" USING btree ("order");
  CREATE INDEX "_talent_policies_v_rels_parent_idx" ON "_talent_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_talent_policies_v_rels_path_idx" ON "_talent_policies_v_rels" USING btree ("path");
  CREATE INDEX "_talent_policies_v_rels_industries_id_idx" ON "_talent_policies_v_rels" USING btree ("industries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "talent_policies_rels" CASCADE;
  DROP TABLE "_talent_policies_v_rels" CASCADE;`)
}

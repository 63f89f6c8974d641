import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * An officer's reply keeps the officer's name as it was when sent (collections/EnquiryReplies), for
 * colleagues who may not read the officer's account. The replies already sent get their author's name now.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "enquiry_replies" ADD COLUMN "sender_name" varchar;
  UPDATE "enquiry_replies" SET "sender_name" = NULLIF(TRIM("users"."name"), '') FROM "users" WHERE "users"."id" = "enquiry_replies"."author_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "enquiry_replies" DROP COLUMN "sender_name";`)
}

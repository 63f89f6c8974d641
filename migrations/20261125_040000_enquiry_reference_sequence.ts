import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'

import { ensureReferenceSequence, REFERENCE_SEQUENCE } from '../lib/enquiries/reference'

// Hand-written (no schema snapshot): Payload does not model sequences.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await ensureReferenceSequence(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP SEQUENCE IF EXISTS "${REFERENCE_SEQUENCE}"`))
}

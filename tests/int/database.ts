import { inject } from 'vitest'

import { copyDatabase, type ThrowawayDatabase } from '@/scripts/lib/database-copies'

/** This test file's own database (tests/int/setup/file-database.ts), whatever DATABASE_URI is set to later. */
export function fileDatabaseUri(): string {
  const uri = process.env.TEST_DATABASE_URI
  if (!uri) throw new Error('TEST_DATABASE_URI is not set: run the integration tests through vitest.config.ts.')
  return uri
}

/** One more database with the schema, empty of content: a fresh copy of the run's migrated template. */
export function copyTemplateDatabase(): Promise<ThrowawayDatabase> {
  return copyDatabase(inject('templateDatabaseUri'))
}

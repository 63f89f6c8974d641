import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { Locale } from '../i18n/locales'
import type { EnquirySubmission } from './submissionSchema'

/** What an accepted submission carries to its enquiry: the validated fields, less the form's own keys. */
export type IntakeSubmission = Omit<EnquirySubmission, 'consent' | 'idempotencyKey'> & { privacyNoticeVersion: string }

/**
 * Accepted submissions on their way to becoming enquiries. A submission is written here in one
 * statement, with its reference, before the visitor is answered; turning it into an enquiry (hooks,
 * status history, outbox) follows, at once when the server has room and from this queue when it has
 * not, so a flood of submissions is answered as fast as it arrives and nothing accepted is lost. It
 * is the submission's one idempotency record: the enquiry it becomes carries its reference (unique in
 * both tables), not its key. Once stored, the row keeps only what idempotency needs (key, hashed e-mail,
 * reference) for a day. No collection and no API reaches it; it is declared to the adapter so that
 * migrations create it.
 */
export const enquiryIntake = pgTable(
  'enquiry_intake',
  {
    id: serial('id').primaryKey(),
    idempotencyKey: varchar('idempotency_key').notNull(),
    /** SHA-256 of the lower-cased address: a retry must come from the same address to learn the reference. */
    emailHash: varchar('email_hash').notNull(),
    reference: varchar('reference').notNull(),
    locale: varchar('locale').$type<Locale>().notNull(),
    partnerId: integer('partner_id'),
    /** The validated fields; cleared once the enquiry is stored. */
    submission: jsonb('submission').$type<IntakeSubmission>(),
    receivedAt: timestamp('received_at', { mode: 'string', withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** When a process took the row to store it; a claim older than a few minutes belongs to a process that died. */
    claimedAt: timestamp('claimed_at', { mode: 'string', withTimezone: true, precision: 3 }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    storedAt: timestamp('stored_at', { mode: 'string', withTimezone: true, precision: 3 }),
  },
  (table) => [
    uniqueIndex('enquiry_intake_idempotency_key_idx').on(table.idempotencyKey),
    uniqueIndex('enquiry_intake_reference_idx').on(table.reference),
    index('enquiry_intake_pending_idx').on(table.id).where(sql`${table.storedAt} is null`),
    index('enquiry_intake_stored_at_idx').on(table.storedAt),
  ],
)

export type IntakeRow = typeof enquiryIntake.$inferSelect

/** What storing a submission needs of its row. */
export type AcceptedIntake = Pick<IntakeRow, 'id' | 'reference' | 'locale' | 'partnerId' | 'submission' | 'attempts'>

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const declareEnquiryIntakeTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, enquiry_intake: enquiryIntake },
})

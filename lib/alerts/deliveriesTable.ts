import type { PostgresAdapter, PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { index, integer, pgTable, serial, timestamp, uniqueIndex, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '@/collections/slugs'

/**
 * Which item each subscriber has been told of: one row per subscriber and item, so that an item is in
 * one alert (or digest) per subscriber, whatever the later publishes, edits and job retries. A row is
 * claimed before its e-mail is queued, in the same transaction. No collection and no API reaches it; the
 * rows of a subscriber go with it. Declared to the adapter so that migrations create it.
 */
export const alertDeliveries = pgTable(
  'alert_deliveries',
  {
    id: serial('id').primaryKey(),
    subscriberId: integer('subscriber_id').notNull(),
    collection: varchar('collection').$type<ContentCollectionSlug>().notNull(),
    itemId: integer('item_id').notNull(),
    queuedAt: timestamp('queued_at', { mode: 'string', withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('alert_deliveries_subscriber_item_idx').on(table.subscriberId, table.collection, table.itemId),
    index('alert_deliveries_item_idx').on(table.collection, table.itemId),
  ],
)

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const declareAlertDeliveriesTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, alert_deliveries: alertDeliveries },
})

/** The database of the request's transaction, so a claim commits or rolls back with the e-mail it stands for. */
async function databaseOf(payload: Payload, req?: PayloadRequest) {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionId = req?.transactionID ? await req.transactionID : undefined
  return (transactionId !== undefined ? adapter.sessions[transactionId]?.db : undefined) ?? adapter.drizzle
}

/**
 * Claims the items not yet sent to a subscriber: the ids among `itemIds` this call recorded, in their
 * order. An item claimed before (by an earlier alert, or by a runner at the same moment) is left out.
 */
export async function claimAlertItems({
  payload,
  req,
  subscriberId,
  collection,
  itemIds,
}: {
  payload: Payload
  req?: PayloadRequest
  subscriberId: number
  collection: ContentCollectionSlug
  itemIds: number[]
}): Promise<number[]> {
  if (itemIds.length === 0) return []
  const db = await databaseOf(payload, req)
  const claimed = await db
    .insert(alertDeliveries)
    .values(itemIds.map((itemId) => ({ subscriberId, collection, itemId })))
    .onConflictDoNothing()
    .returning({ itemId: alertDeliveries.itemId })
  const isClaimed = new Set(claimed.map((row: { itemId: number }) => row.itemId))
  return itemIds.filter((id) => isClaimed.has(id))
}

/** Forgets what a subscriber was sent, when the subscriber itself is deleted. */
export async function forgetAlertDeliveries({ payload, req, subscriberId }: { payload: Payload; req?: PayloadRequest; subscriberId: number }): Promise<void> {
  const db = await databaseOf(payload, req)
  await db.delete(alertDeliveries).where(sql`${alertDeliveries.subscriberId} = ${subscriberId}`)
}

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { meetingEmails, type MeetingEvent } from '../../../lib/email/meetingEmails'
import { enqueueEmail } from '../../../lib/email/outbox'
import { relationId } from '../../../lib/relationId'
import type { MeetingBooking } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'

async function markSlot(req: PayloadRequest, slotId: number | null, booked: boolean): Promise<void> {
  if (slotId === null) return
  await req.payload.update({ collection: COLLECTION_SLUGS.meetingSlots, id: slotId, data: { booked }, depth: 0, req })
}

/**
 * In the booking's own transaction: the slot is marked booked (or free again), and both sides get the
 * news through the outbox with the calendar's invitation (or its cancellation). A losing rival's
 * transaction rolls all of this back with its booking.
 */
export const announceBooking: CollectionAfterChangeHook<MeetingBooking> = async ({ doc, previousDoc, operation, req }) => {
  let event: MeetingEvent
  if (operation === 'create') event = 'booked'
  else if (previousDoc?.status === 'booked' && doc.status === 'cancelled') event = 'cancelled'
  else return doc
  const slotId = relationId(doc.slot)
  const enquiryId = relationId(doc.enquiry)
  await markSlot(req, slotId, event === 'booked')
  if (slotId === null || enquiryId === null) return doc
  const slot = await req.payload.findByID({ collection: COLLECTION_SLUGS.meetingSlots, id: slotId, depth: 0, req })
  const enquiry = await req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, depth: 0, req })
  const officerId = relationId(slot.officer)
  const officer = officerId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.users, id: officerId, depth: 0, req, disableErrors: true })
  const kind = event === 'booked' ? 'meeting-booked' : 'meeting-cancelled'
  for (const email of meetingEmails({ event, bookingId: doc.id, slot, enquiry, officer, cancelledBy: doc.cancelledBy })) {
    await enqueueEmail({ req, to: email.to, content: email.content, attachments: email.attachments, secret: email.secret, kind, enquiryId: enquiry.id })
  }
  return doc
}

/** A booking an admin deletes outright lets go of its slot. */
export const freeSlotOfDeleted: CollectionAfterDeleteHook<MeetingBooking> = async ({ doc, req }) => {
  if (doc.status === 'booked') await markSlot(req, relationId(doc.slot), false)
}

import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { NO_MEETING_STATUSES } from '../../../lib/constants/options'
import { MeetingRefusal } from '../../../lib/meetings/refusal'
import { relationId } from '../../../lib/relationId'
import type { MeetingBooking } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'


/**
 * A new booking holds its slot: the slot must exist and be still to come, the enquiry still open, and
 * then the unique `activeSlot`/`activeEnquiry` take them (a rival's insert fails there). A booking moves
 * only from booked to cancelled, which lets go of both and records when and by which side.
 */
export const holdSlot: CollectionBeforeChangeHook<MeetingBooking> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const slotId = relationId(data.slot)
    const enquiryId = relationId(data.enquiry)
    const slot = slotId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.meetingSlots, id: slotId, depth: 0, req, disableErrors: true })
    if (!slot || new Date(slot.startsAt).getTime() <= Date.now()) throw new MeetingRefusal('gone')
    const enquiry = enquiryId === null ? null : await req.payload.findByID({ collection: COLLECTION_SLUGS.enquiries, id: enquiryId, depth: 0, req, disableErrors: true })
    if (!enquiry || (NO_MEETING_STATUSES as readonly string[]).includes(enquiry.status)) throw new MeetingRefusal('closed')
    return { ...data, status: 'booked', activeSlot: slotId, activeEnquiry: enquiryId, cancelledAt: null, cancelledBy: null }
  }
  if (originalDoc?.status === 'cancelled') return { ...data, status: 'cancelled' }
  if (data.status !== 'cancelled') return data
  return {
    ...data,
    status: 'cancelled',
    activeSlot: null,
    activeEnquiry: null,
    cancelledAt: new Date().toISOString(),
    cancelledBy: isStaffUser(req.user) ? 'officer' : 'investor',
  }
}

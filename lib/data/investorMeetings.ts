import { INVESTOR_PAGE_CONTEXT } from '@/access/enquiries'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import type { MeetingSlot } from '@/payload-types'
import { getPortalPayload } from '../payload'

export type OfferedSlot = Pick<MeetingSlot, 'id' | 'startsAt' | 'minutes' | 'mode' | 'languages'>

export type InvestorMeetings = {
  /** The enquiry's standing booking, while its time is still to come; null when none. */
  booking: { id: number; slot: OfferedSlot } | null
  /** The free slots still to come, soonest first, for the investor to pick one. */
  freeSlots: OfferedSlot[]
}

/** How many free slots the page offers at most: the soonest, which is what an investor picks from. */
const OFFERED_SLOTS = 30

const SLOT_FIELDS = { startsAt: true, minutes: true, mode: true, languages: true } as const

/**
 * The meeting part of an enquiry's private page, read with the visitor's access (access/meetings.ts: the
 * key reads its own enquiry's bookings and the slots still to come, nothing else).
 */
export async function findInvestorMeetings({ reference, key }: { reference: string; key: string }): Promise<InvestorMeetings> {
  const payload = await getPortalPayload()
  const context = { [INVESTOR_PAGE_CONTEXT]: { reference, key } }
  const [{ docs: bookings }, { docs: freeSlots }] = await Promise.all([
    payload.find({
      collection: COLLECTION_SLUGS.meetingBookings,
      where: { and: [{ 'enquiry.reference': { equals: reference } }, { status: { equals: 'booked' } }] },
      context,
      overrideAccess: false,
      select: { slot: true },
      populate: { [COLLECTION_SLUGS.meetingSlots]: SLOT_FIELDS },
      depth: 1,
      limit: 1,
      pagination: false,
    }),
    payload.find({
      collection: COLLECTION_SLUGS.meetingSlots,
      where: { booked: { equals: false } },
      context,
      overrideAccess: false,
      select: SLOT_FIELDS,
      sort: 'startsAt',
      depth: 0,
      limit: OFFERED_SLOTS,
      pagination: false,
    }),
  ])
  const standing = bookings[0]
  // A slot now past is no longer readable with the key: the meeting is over, and the page offers new ones.
  const slot = standing && typeof standing.slot === 'object' ? standing.slot : null
  const pick = ({ id, startsAt, minutes, mode, languages }: OfferedSlot): OfferedSlot => ({ id, startsAt, minutes, mode, languages })
  return { booking: standing && slot ? { id: standing.id, slot: pick(slot) } : null, freeSlots: freeSlots.map(pick) }
}

import { APIError } from 'payload'

/** Why a booking was refused before it reached the database: the slot is past or gone, or the enquiry closed. */
export type MeetingRefusalReason = 'gone' | 'closed'

/** Thrown by the booking's own rules (collections/MeetingBookings/hooks/holdSlot.ts); the page says why in the visitor's language. */
export class MeetingRefusal extends APIError {
  constructor(readonly reason: MeetingRefusalReason) {
    super(`meeting-refused:${reason}`, 400, undefined, true)
  }
}

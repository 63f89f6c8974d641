import { createEvent } from 'ics'

import { siteOrigin } from '../seo/siteUrl'

export type InvitationMethod = 'REQUEST' | 'CANCEL'

export type Invitation = {
  bookingId: number
  method: InvitationMethod
  startsAt: string
  minutes: number
  title: string
  description: string
  location: string
  organizer: { name: string; email: string }
  attendee: { name: string; email: string }
}

/** One booking is one calendar event, whoever receives it: the cancellation names the same UID as the invitation. */
export function invitationUid(bookingId: number): string {
  return `meeting-${bookingId}@${new URL(siteOrigin()).hostname}`
}

/**
 * The `.ics` of a booked meeting (RFC 5545, through the `ics` library), in UTC: an invitation (METHOD
 * REQUEST) or its cancellation (METHOD CANCEL, the same UID, a later SEQUENCE), which a calendar applies to
 * the event it already holds. The bureau organises, the investor attends. It carries no link: the private
 * page's key must never sit in a message staff can read.
 */
export function buildInvitation(invitation: Invitation): string {
  const isCancel = invitation.method === 'CANCEL'
  const { error, value } = createEvent({
    productId: 'invest-shibei/meetings',
    method: invitation.method,
    uid: invitationUid(invitation.bookingId),
    sequence: isCancel ? 1 : 0,
    status: isCancel ? 'CANCELLED' : 'CONFIRMED',
    start: new Date(invitation.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: invitation.minutes },
    title: invitation.title,
    description: invitation.description,
    location: invitation.location,
    organizer: invitation.organizer,
    attendees: [{ ...invitation.attendee, rsvp: !isCancel, partstat: 'NEEDS-ACTION', role: 'REQ-PARTICIPANT' }],
  })
  if (error || !value) throw error ?? new Error('The meeting invitation could not be written')
  return value
}

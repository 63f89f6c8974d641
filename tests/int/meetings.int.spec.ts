import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INVESTOR_PAGE_CONTEXT } from '@/access/enquiries'
import { COLLECTION_SLUGS } from '@/collections/slugs'
import { OFFICE_TIME_ZONE } from '@/lib/dates/businessDays'
import { SECRET_MARK } from '@/lib/email/sealedSecret'
import { investorKeyFor } from '@/lib/enquiries/investorKey'
import { bookMeeting, cancelMeeting } from '@/lib/meetings/booking'
import type { Enquiry, MeetingSlot, Outbox, User } from '@/payload-types'
import { uniqueSuffix } from './fixtures'
import { getTestPayload } from './payload'
import { createStaffUser, deleteStaffUsers } from './staff-users'

const SLOTS = COLLECTION_SLUGS.meetingSlots
const BOOKINGS = COLLECTION_SLUGS.meetingBookings
const HOUR_MS = 60 * 60 * 1000

/** The lines of an .ics with its folded lines joined again (RFC 5545 §3.1). */
function icsLines(ics: string): Map<string, string> {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)
  return new Map(lines.filter(Boolean).map((line) => [line.slice(0, line.search(/[:;]/)), line.slice(line.search(/[:;]/) + 1)]))
}

/** `20270105T013000Z`, the UTC form a DTSTART takes. */
const icsUtc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '')

describe('meetings: officers’ slots, investors’ bookings', () => {
  let payload: Payload
  let officer: User
  let otherOfficer: User
  let admin: User
  let editor: User
  const enquiries: number[] = []

  const createEnquiry = async (locale: Enquiry['locale'] = 'ja', status: Enquiry['status'] = 'contacted'): Promise<Enquiry> => {
    const enquiry = await payload.create({
      collection: COLLECTION_SLUGS.enquiries,
      data: { reference: `SB-TEST-${uniqueSuffix()}`, type: 'general', status, name: `Investor ${uniqueSuffix()}`, email: `${uniqueSuffix()}@investor.test`, locale, message: 'A visit to the district next month.', consent: true },
    })
    enquiries.push(enquiry.id)
    return enquiry
  }
  const createSlot = (by: User, data: Partial<MeetingSlot> = {}) =>
    payload.create({
      collection: SLOTS,
      data: { officer: by.id, startsAt: new Date(Date.now() + 3 * 24 * HOUR_MS).toISOString(), startsAt_tz: OFFICE_TIME_ZONE, minutes: '45', mode: 'video', languages: ['ja', 'en'], ...data },
      user: by,
      overrideAccess: false,
      depth: 0,
    })
  const book = (enquiry: Enquiry, slot: { id: number }, key = investorKeyFor(enquiry.reference!)) =>
    bookMeeting({ payload, reference: enquiry.reference!, key, slot: String(slot.id), clientIp: '203.0.113.60', locale: 'ja' })
  const cancel = (enquiry: Enquiry) => cancelMeeting({ payload, reference: enquiry.reference!, key: investorKeyFor(enquiry.reference!), clientIp: '203.0.113.60', locale: 'ja' })
  const keyOf = (enquiry: Enquiry) => ({ [INVESTOR_PAGE_CONTEXT]: { reference: enquiry.reference!, key: investorKeyFor(enquiry.reference!) } })
  const mail = async (enquiry: Enquiry, kind: Outbox['kind']) =>
    (await payload.find({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { equals: enquiry.id }, kind: { equals: kind } }, sort: 'createdAt', depth: 0 })).docs
  const stored = (id: number) => payload.findByID({ collection: SLOTS, id, depth: 0 })

  beforeAll(async () => {
    payload = await getTestPayload()
    // The first account of a database is made an admin: it is this one.
    admin = await createStaffUser(payload, 'admin')
    officer = await payload.update({ collection: COLLECTION_SLUGS.users, id: (await createStaffUser(payload, 'officer')).id, data: { name: 'Officer K', languages: ['ko', 'zh'] } })
    otherOfficer = await createStaffUser(payload, 'officer')
    editor = await createStaffUser(payload, 'editor')
  })

  afterAll(async () => {
    await payload.delete({ collection: COLLECTION_SLUGS.outbox, where: { enquiry: { in: enquiries } } })
    await payload.delete({ collection: BOOKINGS, where: { enquiry: { in: enquiries } } })
    await payload.delete({ collection: SLOTS, where: { id: { exists: true } } })
    await payload.delete({ collection: COLLECTION_SLUGS.enquiries, where: { id: { in: enquiries } } })
    await deleteStaffUsers(payload)
  })

  it('keeps each officer’s slots their own: an officer cannot publish or change another’s; an admin can name the officer', async () => {
    const own = await createSlot(officer, { officer: otherOfficer.id })
    expect(own.officer).toBe(officer.id)
    const named = await createSlot(admin, { officer: otherOfficer.id })
    expect(named.officer).toBe(otherOfficer.id)

    await expect(payload.update({ collection: SLOTS, id: own.id, data: { mode: 'in-person' }, user: otherOfficer, overrideAccess: false })).rejects.toThrow()
    const moved = await payload.update({ collection: SLOTS, id: own.id, data: { mode: 'in-person', officer: otherOfficer.id }, user: officer, overrideAccess: false, depth: 0 })
    expect(moved).toMatchObject({ mode: 'in-person', officer: officer.id })
    await expect(payload.delete({ collection: SLOTS, id: own.id, user: otherOfficer, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: SLOTS, id: own.id, data: { booked: true }, user: officer, overrideAccess: false })).resolves.toMatchObject({ booked: false })
  })

  it('shows slots and bookings to officers and admins only; a key reads the slots to come and its own enquiry’s bookings', async () => {
    const future = await createSlot(officer)
    const past = await createSlot(officer, { startsAt: new Date(Date.now() - HOUR_MS).toISOString() })
    const enquiry = await createEnquiry()
    const other = await createEnquiry()
    expect(await book(other, future)).toEqual({ isDone: true })

    for (const collection of [SLOTS, BOOKINGS] as const) {
      await expect(payload.find({ collection, overrideAccess: false })).rejects.toThrow()
      await expect(payload.find({ collection, user: editor, overrideAccess: false })).rejects.toThrow()
      await expect(payload.create({ collection: SLOTS, data: { officer: editor.id, startsAt: new Date(Date.now() + HOUR_MS).toISOString(), startsAt_tz: OFFICE_TIME_ZONE, minutes: '30', mode: 'video', languages: ['zh'] }, user: editor, overrideAccess: false })).rejects.toThrow()
      expect((await payload.find({ collection, user: otherOfficer, overrideAccess: false })).totalDocs).toBeGreaterThan(0)
    }

    const { docs: slots } = await payload.find({ collection: SLOTS, context: keyOf(enquiry), overrideAccess: false, limit: 100 })
    expect(slots.map(({ id }) => id)).toContain(future.id)
    expect(slots.map(({ id }) => id)).not.toContain(past.id)
    const { docs: theirs } = await payload.find({ collection: BOOKINGS, context: keyOf(enquiry), overrideAccess: false })
    expect(theirs).toHaveLength(0)
    const { docs: own } = await payload.find({ collection: BOOKINGS, context: keyOf(other), overrideAccess: false })
    expect(own).toHaveLength(1)

    // A key books for its own enquiry only, and cancels nothing of another's.
    const spare = await createSlot(officer)
    await expect(payload.create({ collection: BOOKINGS, data: { enquiry: other.id, slot: spare.id, status: 'booked' }, context: keyOf(enquiry), overrideAccess: false })).rejects.toThrow()
    const cancelled = await payload.update({ collection: BOOKINGS, where: { enquiry: { equals: other.id } }, data: { status: 'cancelled' }, context: keyOf(enquiry), overrideAccess: false })
    expect(cancelled.docs).toHaveLength(0)
    expect((await stored(future.id)).booked).toBe(true)
    expect(await book(enquiry, spare, investorKeyFor(other.reference!))).toMatchObject({ isDone: false, reason: 'unavailable' })
    expect(await book(enquiry, past)).toMatchObject({ isDone: false, reason: 'gone' })
    const closed = await createEnquiry('ja', 'won')
    expect(await book(closed, spare)).toMatchObject({ isDone: false, reason: 'closed' })
    expect((await stored(spare.id)).booked).toBe(false)
  })

  it('lets exactly one of many simultaneous bookings of a slot stand; the others are told it was just taken and can book another', async () => {
    const slot = await createSlot(officer)
    const racers = await Promise.all(Array.from({ length: 8 }, () => createEnquiry()))
    const results = await Promise.all(racers.map((enquiry) => book(enquiry, slot)))

    const winners = results.filter((result) => result.isDone)
    expect(winners).toHaveLength(1)
    for (const result of results.filter((outcome) => !outcome.isDone)) {
      expect(result).toEqual({ isDone: false, reason: 'taken', error: 'この日時はたった今ほかの方が予約されました。別の日時をお選びください。' })
    }
    // Nor does its officer move or delete it under the investor.
    await expect(payload.update({ collection: SLOTS, id: slot.id, data: { startsAt: new Date(Date.now() + 9 * 24 * HOUR_MS).toISOString() }, user: officer, overrideAccess: false })).rejects.toThrow(/会谈预约/)
    await expect(payload.delete({ collection: SLOTS, id: slot.id, user: officer, overrideAccess: false })).rejects.toThrow(/会谈预约/)
    const standing = await payload.find({ collection: BOOKINGS, where: { slot: { equals: slot.id } }, depth: 0 })
    expect(standing.docs).toHaveLength(1)
    expect((await stored(slot.id)).booked).toBe(true)
    // The losers' transactions left nothing behind: no e-mail, and they book another slot at once.
    const loser = racers[results.findIndex((result) => !result.isDone)]
    expect(await mail(loser, 'meeting-booked')).toHaveLength(0)
    expect(await book(loser, await createSlot(officer))).toEqual({ isDone: true })
    // One standing meeting per enquiry.
    expect(await book(loser, await createSlot(officer))).toMatchObject({ isDone: false, reason: 'already' })
  })

  it('e-mails both sides an invitation in UTC, and a cancellation with the same UID; cancelling frees the slot', async () => {
    const startsAt = new Date(Math.ceil((Date.now() + 5 * 24 * HOUR_MS) / HOUR_MS) * HOUR_MS).toISOString()
    const slot = await createSlot(officer, { startsAt, minutes: '90' })
    const enquiry = await createEnquiry('ja')
    expect(await book(enquiry, slot)).toEqual({ isDone: true })

    const booked = await mail(enquiry, 'meeting-booked')
    expect(booked.map(({ to }) => to).sort()).toEqual([enquiry.email, officer.email].sort())
    const toInvestor = booked.find(({ to }) => to === enquiry.email)!
    const toOfficer = booked.find(({ to }) => to === officer.email)!
    expect(toInvestor.subject).toContain('面談のご予約を承りました')
    expect(toOfficer.subject).toContain('면담 예약')
    // The page's link is in the investor's message as the outbox's mark; its key is nowhere staff can read.
    expect(toInvestor.text).toContain(`/ja/enquiries/${enquiry.reference}?key=${SECRET_MARK}`)
    const key = investorKeyFor(enquiry.reference!)
    for (const message of booked) expect(JSON.stringify(message)).not.toContain(key)

    const invitation = icsLines(toInvestor.attachments![0].content)
    expect(toInvestor.attachments![0].contentType).toMatch(/^text\/calendar/)
    expect(invitation.get('METHOD')).toBe('REQUEST')
    expect(invitation.get('DTSTART')).toBe(icsUtc(startsAt))
    expect(invitation.get('DURATION')).toBe('PT90M')
    expect(invitation.get('UID')).toMatch(/^meeting-\d+@/)
    expect(invitation.get('ATTENDEE')).toContain(`mailto:${enquiry.email}`)
    expect(invitation.get('ORGANIZER')).toContain('青島市市北区投資促進局')
    expect(icsLines(toOfficer.attachments![0].content).get('UID')).toBe(invitation.get('UID'))

    expect(await cancel(enquiry)).toEqual({ isDone: true })
    expect((await stored(slot.id)).booked).toBe(false)
    const cancelledMail = await mail(enquiry, 'meeting-cancelled')
    expect(cancelledMail.map(({ to }) => to).sort()).toEqual([enquiry.email, officer.email].sort())
    const cancellation = icsLines(cancelledMail.find(({ to }) => to === officer.email)!.attachments![0].content)
    expect(cancellation.get('METHOD')).toBe('CANCEL')
    expect(cancellation.get('UID')).toBe(invitation.get('UID'))
    expect(cancellation.get('STATUS')).toBe('CANCELLED')
    expect(await cancel(enquiry)).toMatchObject({ isDone: false, reason: 'gone' })

    // The freed slot is someone else's to book.
    const next = await createEnquiry('en')
    expect(await book(next, slot)).toEqual({ isDone: true })
  })

  it('lets the officer whose slot it is cancel a booking in the admin, not a colleague; an admin any: the investor is told in their language', async () => {
    const slot = await createSlot(officer)
    const enquiry = await createEnquiry('ko')
    expect(await book(enquiry, slot)).toEqual({ isDone: true })
    const { docs } = await payload.find({ collection: BOOKINGS, where: { enquiry: { equals: enquiry.id } }, depth: 0 })
    // What the admin's "Cancel meeting" button sends (components/admin/CancelMeetingButton.tsx).
    const cancelAs = (user: User, id = docs[0].id) => payload.update({ collection: BOOKINGS, id, data: { status: 'cancelled' }, user, overrideAccess: false })
    await expect(cancelAs(otherOfficer)).rejects.toThrow()
    await expect(cancelAs(editor)).rejects.toThrow()
    expect((await payload.findByID({ collection: BOOKINGS, id: docs[0].id, depth: 0 })).status).toBe('booked')
    expect(await mail(enquiry, 'meeting-cancelled')).toEqual([])

    const cancelled = await cancelAs(officer)
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'officer', activeSlot: null })
    expect((await stored(slot.id)).booked).toBe(false)
    const reopened = await payload.update({ collection: BOOKINGS, id: docs[0].id, data: { status: 'booked' }, user: officer, overrideAccess: false })
    expect(reopened.status).toBe('cancelled')
    const cancellations = await mail(enquiry, 'meeting-cancelled')
    expect(cancellations.map(({ to }) => to).sort()).toEqual([enquiry.email, officer.email].sort())
    for (const { attachments } of cancellations) expect(attachments?.[0]?.content).toContain('METHOD:CANCEL')

    // An admin cancels a meeting in any officer's slot.
    const otherSlot = await createSlot(otherOfficer)
    const otherEnquiry = await createEnquiry('en')
    expect(await book(otherEnquiry, otherSlot)).toEqual({ isDone: true })
    const [otherBooking] = (await payload.find({ collection: BOOKINGS, where: { enquiry: { equals: otherEnquiry.id } }, depth: 0 })).docs
    await expect(cancelAs(officer, otherBooking.id)).rejects.toThrow()
    await expect(cancelAs(admin, otherBooking.id)).resolves.toMatchObject({ status: 'cancelled', cancelledBy: 'officer' })
    const [toInvestor] = (await mail(enquiry, 'meeting-cancelled')).filter(({ to }) => to === enquiry.email)
    expect(toInvestor.subject).toBe(`면담이 취소되었습니다(접수 번호 ${enquiry.reference})`)
    expect(toInvestor.text).toContain('담당관의 사정으로')
  })
})

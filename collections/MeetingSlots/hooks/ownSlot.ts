import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import { hasRole } from '../../../access/roles'
import { type AdminLabel, inLanguage } from '../../../lib/i18n/label'
import type { MeetingSlot } from '../../../payload-types'
import { COLLECTION_SLUGS } from '../../slugs'

/**
 * A slot belongs to the officer who publishes it: only an admin may name another officer (the field's
 * access drops anyone else's choice, and this fills in the author). The server's own writes keep theirs.
 */
export const ownSlot: CollectionBeforeChangeHook<MeetingSlot> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.booked && req.user) {
    const moved = (['startsAt', 'minutes', 'mode'] as const).some((field) => field in data && data[field] !== undefined && String(data[field]) !== String(originalDoc[field]))
    if (moved) throw bookedRefusal(req)
  }
  if (operation !== 'create' || !req.user || hasRole(req.user, 'admin')) return data
  return { ...data, officer: req.user.id }
}

const BOOKED_SLOT: AdminLabel = {
  zh: '该时段已被投资者预约。如需更改或删除，请先在“会谈预约”中取消该预约，系统会通知投资者。',
  en: 'An investor has booked this slot. To change or delete it, first cancel the booking in “Meeting bookings”: the investor is told.',
  ja: 'この枠は投資家が予約済みです。変更・削除するには、先に「面談予約」で予約をキャンセルしてください。投資家に通知されます。',
  ko: '투자자가 이미 예약한 시간입니다. 변경하거나 삭제하려면 먼저 ‘면담 예약’에서 예약을 취소하세요. 투자자에게 알려집니다.',
}

function bookedRefusal(req: PayloadRequest) {
  return new APIError(inLanguage(BOOKED_SLOT, req.i18n?.language), 400, undefined, true)
}

/** A booked slot is not moved or deleted under the investor: the booking is cancelled first, which tells them. */
export const keepBookedSlot: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const slot = await req.payload.findByID({ collection: COLLECTION_SLUGS.meetingSlots, id, depth: 0, req, disableErrors: true })
  if (slot?.booked) throw bookedRefusal(req)
}

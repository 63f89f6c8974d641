import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { serverWrittenField } from '../../access/isStaff'
import { canCreateMeetingBookings, canReadMeetingBookings, canUpdateMeetingBookings } from '../../access/meetings'
import { hasRole } from '../../access/roles'
import { BOOKING_STATUSES } from '../../lib/constants/options'
import { BOOKING_STATUS_LABELS, REPLY_SENDER_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import type { AdminLabel } from '../../lib/i18n/label'
import { ENQUIRY_GROUP } from '../Enquiries'
import { COLLECTION_SLUGS } from '../slugs'
import { announceBooking, freeSlotOfDeleted } from './hooks/announceBooking'
import { holdSlot } from './hooks/holdSlot'

/** What the server alone writes, and officers read. */
const serverWritten = { read: isOfficerOrAdminField, create: serverWrittenField, update: serverWrittenField }

/**
 * A meeting an investor booked in an officer's slot. Two columns make double booking impossible whatever
 * the timing: `activeSlot` and `activeEnquiry` are unique, set while the booking stands and emptied when it
 * is cancelled (PostgreSQL lets any number of NULLs share a unique column), so of two bookings racing for
 * one slot the database keeps one. `slot` and `enquiry` stay as the record of what was booked.
 * Cancelling (either side) frees the slot and tells both sides, with the calendar's cancellation.
 */
export const MeetingBookings: CollectionConfig = {
  slug: COLLECTION_SLUGS.meetingBookings,
  labels: {
    singular: { zh: '会谈预约', en: 'Meeting booking', ja: '面談予約', ko: '면담 예약' } satisfies AdminLabel,
    plural: { zh: '会谈预约', en: 'Meeting bookings', ja: '面談予約', ko: '면담 예약' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'id',
    defaultColumns: ['slot', 'enquiry', 'status', 'createdAt'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
    description: {
      zh: '投资者在咨询专属页面上预约的会谈。如需取消，请打开预约并点击“取消会谈”，系统会通知投资者。',
      en: 'Meetings investors booked on their enquiry’s page. To cancel one, open it and choose “Cancel meeting”: the investor is told by e-mail.',
      ja: '投資家がお問い合わせの専用ページで予約した面談です。キャンセルする場合は、予約を開いて「面談をキャンセルする」を選んでください。投資家にメールで通知されます。',
      ko: '투자자가 문의 전용 페이지에서 예약한 면담입니다. 취소하려면 예약을 열고 ‘면담 취소’를 누르세요. 투자자에게 이메일로 알려집니다.',
    } satisfies AdminLabel,
  },
  defaultSort: '-createdAt',
  access: {
    read: canReadMeetingBookings,
    create: canCreateMeetingBookings,
    update: canUpdateMeetingBookings,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [holdSlot],
    afterChange: [announceBooking],
    afterDelete: [freeSlotOfDeleted],
  },
  fields: [
    {
      name: 'slot',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.meetingSlots,
      required: true,
      index: true,
      label: { zh: '会谈时段', en: 'Slot', ja: '面談枠', ko: '면담 시간' } satisfies AdminLabel,
      access: { read: () => true, update: () => false },
    },
    {
      name: 'enquiry',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.enquiries,
      required: true,
      index: true,
      label: { zh: '咨询', en: 'Enquiry', ja: 'お問い合わせ', ko: '문의' } satisfies AdminLabel,
      access: { read: () => true, update: () => false },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: BOOKING_STATUSES[0],
      index: true,
      options: selectOptions(BOOKING_STATUS_LABELS),
      label: { zh: '状态', en: 'Status', ja: 'ステータス', ko: '상태' } satisfies AdminLabel,
      // Whatever a request says, a booking is made booked and can only be cancelled (hooks/holdSlot.ts),
      // in the admin with the button below.
      access: { read: () => true, create: () => true, update: () => true },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'cancelMeeting',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/CancelMeetingButton#CancelMeetingButton' } },
    },
    {
      name: 'activeSlot',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.meetingSlots,
      unique: true,
      access: serverWritten,
      admin: { hidden: true },
    },
    {
      name: 'activeEnquiry',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.enquiries,
      unique: true,
      access: serverWritten,
      admin: { hidden: true },
    },
    {
      name: 'cancelledAt',
      type: 'date',
      label: { zh: '取消时间', en: 'Cancelled', ja: 'キャンセル日時', ko: '취소 시각' } satisfies AdminLabel,
      access: serverWritten,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'cancelledBy',
      type: 'select',
      // The two sides of a meeting: the officer (in the admin) and the investor (on their page).
      options: selectOptions({ officer: REPLY_SENDER_LABELS.officer, investor: REPLY_SENDER_LABELS.investor }),
      label: { zh: '取消方', en: 'Cancelled by', ja: 'キャンセルした側', ko: '취소한 쪽' } satisfies AdminLabel,
      access: serverWritten,
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}

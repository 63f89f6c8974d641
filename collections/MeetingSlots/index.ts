import type { CollectionConfig } from 'payload'

import { isAdminField } from '../../access/isAdmin'
import { isOfficerOrAdmin, isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { canChangeMeetingSlots, canReadMeetingSlots } from '../../access/meetings'
import { hasRole } from '../../access/roles'
import { serverWrittenField } from '../../access/isStaff'
import { MEETING_MODES } from '../../lib/constants/options'
import { MEETING_LENGTH_LABELS, MEETING_MODE_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import { OFFICE_TIME_ZONE } from '../../lib/dates/businessDays'
import type { AdminLabel } from '../../lib/i18n/label'
import { LOCALES } from '../../lib/i18n/locales'
import { ENQUIRY_GROUP } from '../Enquiries'
import { COLLECTION_SLUGS } from '../slugs'
import { keepBookedSlot, ownSlot } from './hooks/ownSlot'

/**
 * A time an officer offers for a meeting with an investor. Officers publish their own; an investor picks
 * one on their enquiry's private page, which books it (collections/MeetingBookings). Staff only: the
 * public reads none, and an investor's page only the free slots still to come.
 */
export const MeetingSlots: CollectionConfig = {
  slug: COLLECTION_SLUGS.meetingSlots,
  labels: {
    singular: { zh: '会谈时段', en: 'Meeting slot', ja: '面談枠', ko: '면담 시간' } satisfies AdminLabel,
    plural: { zh: '可预约会谈时段', en: 'Meeting slots', ja: '面談枠', ko: '면담 가능 시간' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'startsAt',
    defaultColumns: ['startsAt', 'minutes', 'mode', 'languages', 'officer', 'booked'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
    description: {
      zh: '发布您可以与投资者会谈的时间。投资者在其咨询专属页面上选择空闲时段，双方都会收到附带日历邀请的邮件。',
      en: 'Offer times when you can meet investors. An investor picks a free one on their enquiry’s page, and both of you receive an e-mail with a calendar invitation.',
      ja: '投資家と面談できる日時を登録してください。投資家はお問い合わせの専用ページで空いている枠を選び、双方にカレンダーの招待状付きのメールが届きます。',
      ko: '투자자와 면담할 수 있는 시간을 등록하세요. 투자자가 문의 전용 페이지에서 빈 시간을 고르면 양쪽 모두 캘린더 초대장이 첨부된 이메일을 받습니다.',
    } satisfies AdminLabel,
  },
  defaultSort: 'startsAt',
  access: {
    read: canReadMeetingSlots,
    create: isOfficerOrAdmin,
    update: canChangeMeetingSlots,
    delete: canChangeMeetingSlots,
  },
  hooks: { beforeChange: [ownSlot], beforeDelete: [keepBookedSlot] },
  fields: [
    {
      name: 'officer',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      required: true,
      index: true,
      // Whoever creates it, unless an admin names another officer (hooks/ownSlot.ts).
      defaultValue: ({ user }) => (user && 'roles' in user ? user.id : undefined),
      label: { zh: '投资专员', en: 'Officer', ja: '担当者', ko: '담당자' } satisfies AdminLabel,
      access: { read: isOfficerOrAdminField, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      timezone: { defaultTimezone: OFFICE_TIME_ZONE, supportedTimezones: [{ label: 'UTC+8 (Asia/Shanghai)', value: OFFICE_TIME_ZONE }], required: true },
      label: { zh: '开始时间', en: 'Starts', ja: '開始日時', ko: '시작 시각' } satisfies AdminLabel,
      access: { read: () => true, create: isOfficerOrAdminField, update: isOfficerOrAdminField },
      admin: {
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 },
        description: {
          zh: '北京时间。投资者在页面上看到的是其所在时区的时间。',
          en: 'China Standard Time (UTC+8). Investors see it in their own time zone.',
          ja: '中国標準時（UTC+8）で入力します。投資家には、それぞれの現地時間で表示されます。',
          ko: '중국 표준시(UTC+8)로 입력합니다. 투자자에게는 각자의 현지 시간으로 표시됩니다.',
        } satisfies AdminLabel,
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'minutes',
          type: 'select',
          required: true,
          defaultValue: '60',
          options: selectOptions(MEETING_LENGTH_LABELS),
          label: { zh: '时长', en: 'Length', ja: '所要時間', ko: '소요 시간' } satisfies AdminLabel,
          access: { read: () => true, create: isOfficerOrAdminField, update: isOfficerOrAdminField },
        },
        {
          name: 'mode',
          type: 'select',
          required: true,
          defaultValue: MEETING_MODES[0],
          options: selectOptions(MEETING_MODE_LABELS),
          label: { zh: '会谈方式', en: 'Held by', ja: '面談方法', ko: '면담 방식' } satisfies AdminLabel,
          access: { read: () => true, create: isOfficerOrAdminField, update: isOfficerOrAdminField },
        },
      ],
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      required: true,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      label: { zh: '会谈语言', en: 'Languages spoken', ja: '使用言語', ko: '사용 언어' } satisfies AdminLabel,
      access: { read: () => true, create: isOfficerOrAdminField, update: isOfficerOrAdminField },
      admin: {
        description: {
          zh: '会谈中可以使用的语言，投资者会在选择时段时看到。',
          en: 'The languages the meeting can be held in, shown to the investor choosing a time.',
          ja: '面談で使える言語です。投資家が日時を選ぶ際に表示されます。',
          ko: '면담에서 쓸 수 있는 언어로, 투자자가 시간을 고를 때 표시됩니다.',
        } satisfies AdminLabel,
      },
    },
    {
      // Set while a booking holds the slot, cleared when it is cancelled (collections/MeetingBookings): what
      // the investor's page reads to offer only free slots. The booking's unique column is what forbids a second.
      name: 'booked',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { zh: '已被预约', en: 'Booked', ja: '予約済み', ko: '예약됨' } satisfies AdminLabel,
      access: { read: () => true, create: serverWrittenField, update: serverWrittenField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}

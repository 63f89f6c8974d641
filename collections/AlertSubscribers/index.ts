import type { CollectionAfterDeleteHook, CollectionConfig, EmailFieldValidation } from 'payload'

import { isOfficerOrAdmin, isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { hasRole } from '../../access/roles'
import { forgetAlertDeliveries } from '../../lib/alerts/deliveriesTable'
import { alertSubscriptionSchema } from '../../lib/alerts/subscriptionSchema'
import { ALERT_SUBSCRIBER_STATUSES } from '../../lib/constants/options'
import { ALERT_FREQUENCY_LABELS, ALERT_SUBSCRIBER_STATUS_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import type { AdminLabel } from '../../lib/i18n/label'
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES, LOCALES } from '../../lib/i18n/locales'
import { MESSAGES } from '../../lib/i18n/messages'
import { translatorFor } from '../../lib/i18n/translator'
import { ALERT_SECTIONS } from '../../lib/sections'
import { ENQUIRY_GROUP } from '../Enquiries'
import { COLLECTION_SLUGS } from '../slugs'
import { exportSubscribersCsv } from './endpoints/exportCsv'

/** The same rule for the address as the form's (lib/alerts/subscriptionSchema.ts), in the admin's language. */
const emailRule: EmailFieldValidation = async (value, { req }) => {
  const parsed = alertSubscriptionSchema.shape.email.safeParse(value ?? '')
  if (parsed.success) return true
  const language = req.i18n?.language
  const t = await translatorFor(isLocale(language) ? language : DEFAULT_LOCALE)
  const key = parsed.error.issues[0]?.message
  return t(`alerts.errors.${key === 'required' || key === 'tooLong' ? key : 'email'}`)
}

/** Written by the server alone (the form, the links, the alert jobs); officers and admins read it. */
const serverWritten = { create: () => false, update: () => false, read: isOfficerOrAdminField }

const removeDeliveries: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await forgetAlertDeliveries({ payload: req.payload, req, subscriberId: Number(doc.id) })
  return doc
}

/**
 * Readers who asked for e-mail alerts of new content (`/{locale}/alerts`). Personal data: only officers
 * and admins read, export (CSV) and delete it, and never over GraphQL; nobody writes it by hand, so what
 * it holds is what the reader chose and confirmed. A subscription is sent to only once its address is
 * confirmed through the e-mailed link; unsubscribing deletes it.
 */
export const AlertSubscribers: CollectionConfig = {
  slug: COLLECTION_SLUGS.alertSubscribers,
  labels: {
    singular: { zh: '订阅者', en: 'Alert subscriber', ja: '配信登録者', ko: '알림 구독자' } satisfies AdminLabel,
    plural: { zh: '内容订阅', en: 'Alert subscribers', ja: '新着配信の登録者', ko: '알림 구독자' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'kinds', 'frequency', 'confirmedAt', 'createdAt'],
    listSearchableFields: ['email'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
    components: { beforeListTable: ['/components/admin/AlertSubscriberListActions#AlertSubscriberListActions'] },
  },
  // Never in the GraphQL schema: staff read it in the admin and its REST API, nobody else anywhere.
  graphQL: false,
  defaultSort: '-createdAt',
  access: {
    read: isOfficerOrAdmin,
    create: () => false,
    update: () => false,
    delete: isOfficerOrAdmin,
  },
  endpoints: [exportSubscribersCsv],
  hooks: { afterDelete: [removeDeliveries] },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, validate: emailRule, access: serverWritten, label: { zh: '邮箱', en: 'E-mail', ja: 'メールアドレス', ko: '이메일' } satisfies AdminLabel },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: LOCALES.map(({ code, label }) => ({ value: code, label })),
      access: serverWritten,
      label: { zh: '语言', en: 'Language', ja: '言語', ko: '언어' } satisfies AdminLabel,
    },
    {
      name: 'kinds',
      type: 'select',
      hasMany: true,
      required: true,
      options: ALERT_SECTIONS.map((section) => ({ value: section, label: Object.fromEntries(LOCALE_CODES.map((locale) => [locale, MESSAGES[locale].nav[section]])) })),
      access: serverWritten,
      label: { zh: '订阅内容', en: 'Follows', ja: '配信内容', ko: '구독 항목' } satisfies AdminLabel,
    },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.industries,
      hasMany: true,
      access: serverWritten,
      label: { zh: '关注产业（空为全部）', en: 'Industries (none: all)', ja: '産業（空欄はすべて）', ko: '산업(비어 있으면 전체)' } satisfies AdminLabel,
    },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      options: selectOptions(ALERT_FREQUENCY_LABELS),
      access: serverWritten,
      label: { zh: '频率', en: 'Frequency', ja: '頻度', ko: '빈도' } satisfies AdminLabel,
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: ALERT_SUBSCRIBER_STATUSES[0],
      options: selectOptions(ALERT_SUBSCRIBER_STATUS_LABELS),
      access: serverWritten,
      label: { zh: '状态', en: 'Status', ja: 'ステータス', ko: '상태' } satisfies AdminLabel,
      admin: { position: 'sidebar' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      access: serverWritten,
      label: { zh: '确认时间', en: 'Confirmed', ja: '確認日時', ko: '확인 시각' } satisfies AdminLabel,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'privacyNoticeVersion',
      type: 'text',
      access: serverWritten,
      label: { zh: '同意的隐私声明版本', en: 'Privacy notice accepted', ja: '同意したプライバシー通知の版', ko: '동의한 개인정보 처리방침 버전' } satisfies AdminLabel,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // When a weekly subscriber's next digest is due; the hourly job sends it then, if anything is new.
      name: 'digestDueAt',
      type: 'date',
      index: true,
      access: serverWritten,
      label: { zh: '下次周报', en: 'Next digest', ja: '次回のまとめ', ko: '다음 주간 모음' } satisfies AdminLabel,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // What a confirmed subscriber asked for again: it replaces their choices only once the new link is followed.
      name: 'pendingChoices',
      type: 'json',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      // The SHA-256 of the confirmation link's secret (lib/alerts/links.ts): no account reads it, admins included.
      name: 'confirmationHash',
      type: 'text',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      name: 'confirmationExpiresAt',
      type: 'date',
      index: true,
      access: serverWritten,
      label: { zh: '确认链接有效期至', en: 'Confirmation link expires', ja: '確認リンクの有効期限', ko: '확인 링크 만료' } satisfies AdminLabel,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}

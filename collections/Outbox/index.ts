import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isOfficerOrAdmin, isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { hasRole } from '../../access/roles'
import { OUTBOX_STATUSES } from '../../lib/constants/options'
import { OUTBOX_KIND_LABELS, OUTBOX_STATUS_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import type { AdminLabel } from '../../lib/i18n/label'
import { ENQUIRY_GROUP } from '../Enquiries'
import { COLLECTION_SLUGS } from '../slugs'
import { retryNow } from './endpoints/retryNow'

/**
 * Every e-mail the portal sends is written here first, in the transaction of the change that caused it,
 * and delivered by the `sendOutbox` job. Staff see what went out and what is still waiting; only the
 * server writes messages, so nobody can use the portal to send mail of their own.
 */
export const Outbox: CollectionConfig = {
  slug: COLLECTION_SLUGS.outbox,
  labels: {
    singular: { zh: '外发邮件', en: 'Outgoing e-mail', ja: '送信メール', ko: '발송 메일' } satisfies AdminLabel,
    plural: { zh: '发件箱', en: 'Outbox', ja: '送信トレイ', ko: '보낼 편지함' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'kind', 'status', 'attempts', 'nextAttemptAt', 'sentAt', 'createdAt'],
    listSearchableFields: ['to', 'subject'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
  },
  defaultSort: '-createdAt',
  access: {
    read: isOfficerOrAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  endpoints: [retryNow],
  fields: [
    { name: 'to', type: 'email', required: true, index: true, label: { zh: '收件人', en: 'To', ja: '宛先', ko: '받는 사람' } satisfies AdminLabel },
    { name: 'subject', type: 'text', required: true, label: { zh: '主题', en: 'Subject', ja: '件名', ko: '제목' } satisfies AdminLabel },
    { name: 'text', type: 'textarea', required: true, label: { zh: '正文', en: 'Text', ja: '本文', ko: '본문' } satisfies AdminLabel },
    { name: 'html', type: 'textarea', label: { zh: 'HTML 正文', en: 'HTML', ja: 'HTML 本文', ko: 'HTML 본문' } satisfies AdminLabel },
    {
      // Files sent with the message, such as a meeting's calendar invitation (.ics). Written by the server only.
      name: 'attachments',
      type: 'array',
      label: { zh: '附件', en: 'Attachments', ja: '添付ファイル', ko: '첨부 파일' } satisfies AdminLabel,
      labels: {
        singular: { zh: '附件', en: 'Attachment', ja: '添付ファイル', ko: '첨부 파일' } satisfies AdminLabel,
        plural: { zh: '附件', en: 'Attachments', ja: '添付ファイル', ko: '첨부 파일' } satisfies AdminLabel,
      },
      access: { read: isOfficerOrAdminField, create: () => false, update: () => false },
      admin: { readOnly: true },
      fields: [
        { name: 'filename', type: 'text', required: true, label: { zh: '文件名', en: 'File name', ja: 'ファイル名', ko: '파일 이름' } satisfies AdminLabel },
        { name: 'contentType', type: 'text', required: true, label: { zh: '类型', en: 'Content type', ja: 'ファイル形式', ko: '파일 형식' } satisfies AdminLabel },
        { name: 'content', type: 'textarea', required: true, label: { zh: '内容', en: 'Content', ja: '内容', ko: '내용' } satisfies AdminLabel },
      ],
    },
    {
      name: 'retry',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/admin/OutboxRetryButton#OutboxRetryButton' } },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: OUTBOX_STATUSES[0],
      index: true,
      options: selectOptions(OUTBOX_STATUS_LABELS),
      label: { zh: '状态', en: 'Status', ja: 'ステータス', ko: '상태' } satisfies AdminLabel,
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: selectOptions(OUTBOX_KIND_LABELS),
      label: { zh: '类别', en: 'Kind', ja: '種類', ko: '종류' } satisfies AdminLabel,
      admin: { position: 'sidebar' },
    },
    {
      name: 'enquiry',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.enquiries,
      index: true,
      label: { zh: '相关咨询', en: 'Enquiry', ja: '関連するお問い合わせ', ko: '관련 문의' } satisfies AdminLabel,
      admin: { position: 'sidebar' },
    },
    {
      name: 'attempts',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { zh: '尝试次数', en: 'Attempts', ja: '試行回数', ko: '시도 횟수' } satisfies AdminLabel,
      admin: { position: 'sidebar' },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { zh: '下次尝试', en: 'Next attempt', ja: '次回の試行', ko: '다음 시도' } satisfies AdminLabel,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: { zh: '发送时间', en: 'Sent', ja: '送信日時', ko: '발송 시각' } satisfies AdminLabel,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // A reset token the message carries, sealed (lib/email/sealedSecret.ts); the text shows a mark in its
      // place. No account reads or writes it, admins included: only the server, to send, then it is cleared.
      name: 'sealedSecret',
      type: 'text',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    },
    {
      // An alert's one-click unsubscribe address (RFC 8058), the mark in place of its key: sent as the
      // `List-Unsubscribe` header with `List-Unsubscribe-Post`, so mail clients offer "Unsubscribe" themselves.
      name: 'listUnsubscribe',
      type: 'text',
      access: { create: () => false, update: () => false },
      label: { zh: '退订地址', en: 'Unsubscribe address', ja: '配信停止のアドレス', ko: '구독 해지 주소' } satisfies AdminLabel,
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'lastError', type: 'textarea', label: { zh: '最近错误', en: 'Last error', ja: '直近のエラー', ko: '최근 오류' } satisfies AdminLabel, admin: { position: 'sidebar' } },
  ],
}

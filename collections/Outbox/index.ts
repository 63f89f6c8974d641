import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isOfficerOrAdmin } from '../../access/isOfficerOrAdmin'
import { hasRole } from '../../access/roles'
import { OUTBOX_STATUSES } from '../../lib/constants/options'
import { OUTBOX_KIND_LABELS, OUTBOX_STATUS_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import { label } from '../../lib/i18n/label'
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
    singular: label('外发邮件', 'Outgoing e-mail', '送信メール', '발송 메일'),
    plural: label('发件箱', 'Outbox', '送信トレイ', '보낼 편지함'),
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
    { name: 'to', type: 'email', required: true, index: true, label: label('收件人', 'To', '宛先', '받는 사람') },
    { name: 'subject', type: 'text', required: true, label: label('主题', 'Subject', '件名', '제목') },
    { name: 'text', type: 'textarea', required: true, label: label('正文', 'Text', '本文', '본문') },
    { name: 'html', type: 'textarea', label: label('HTML 正文', 'HTML', 'HTML 本文', 'HTML 본문') },
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
      label: label('状态', 'Status', 'ステータス', '상태'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: selectOptions(OUTBOX_KIND_LABELS),
      label: label('类别', 'Kind', '種類', '종류'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'enquiry',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.enquiries,
      index: true,
      label: label('相关咨询', 'Enquiry', '関連するお問い合わせ', '관련 문의'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'attempts',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: label('尝试次数', 'Attempts', '試行回数', '시도 횟수'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'nextAttemptAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: label('下次尝试', 'Next attempt', '次回の試行', '다음 시도'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: label('发送时间', 'Sent', '送信日時', '발송 시각'),
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
    { name: 'lastError', type: 'textarea', label: label('最近错误', 'Last error', '直近のエラー', '최근 오류'), admin: { position: 'sidebar' } },
  ],
}

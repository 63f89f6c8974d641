import type { CollectionConfig } from 'payload'

import { canCreateEnquiries, canReadEnquiries } from '../../access/enquiries'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isOfficerOrAdmin, isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { hasRole } from '../../access/roles'
import { ENQUIRY_STATUSES } from '../../lib/constants/options'
import { ENQUIRY_STATUS_LABELS, ENQUIRY_TYPE_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import { label } from '../../lib/i18n/label'
import { LOCALES } from '../../lib/i18n/locales'
import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS } from '../slugs'
import { exportCsv } from './endpoints/exportCsv'
import { retryIntake } from './endpoints/retryIntake'
import { assignPartner } from './hooks/assignPartner'
import { assignReference } from './hooks/assignReference'
import { notifyAssignee } from './hooks/notifyAssignee'
import { notifyNewEnquiry } from './hooks/notifyNewEnquiry'
import { protectNotes } from './hooks/protectNotes'
import { recordStatusChange } from './hooks/recordStatusChange'
import { setReplyDeadline } from './hooks/setReplyDeadline'
import { submissionRule } from './submissionRules'

export const ENQUIRY_GROUP = label('投资咨询', 'Enquiries', 'お問い合わせ', '문의')

/** Fields only an admin may change once the enquiry exists; officers work status, assignee, notes and due date. */
const adminOnlyUpdate = { update: isAdminField }

/** Written by the server's hooks alone, read by the officers. */
const serverWritten = { create: () => false, update: () => false, read: isOfficerOrAdminField }

/**
 * An investor's or partner's enquiry. Its schema and access live here; the form, the references, the
 * e-mails and the officers' pipeline are the enquiry workflow's.
 */
export const Enquiries: CollectionConfig = {
  slug: COLLECTION_SLUGS.enquiries,
  labels: {
    singular: label('咨询', 'Enquiry', 'お問い合わせ', '문의'),
    plural: label('投资咨询', 'Enquiries', 'お問い合わせ', '문의'),
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'type', 'subject', 'country', 'status', 'assignee', 'dueAt', 'age'],
    listSearchableFields: ['reference', 'name', 'organisation', 'email'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
    components: { beforeListTable: ['/components/admin/EnquiryListActions#EnquiryListActions'] },
  },
  defaultSort: 'dueAt',
  access: {
    read: canReadEnquiries,
    create: canCreateEnquiries,
    update: isOfficerOrAdmin,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [assignReference, assignPartner, setReplyDeadline, recordStatusChange, protectNotes],
    afterChange: [notifyNewEnquiry, notifyAssignee],
  },
  endpoints: [exportCsv, retryIntake],
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: label('编号', 'Reference', '受付番号', '접수 번호'),
      access: adminOnlyUpdate,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, defaultValue: 'general', index: true, options: selectOptions(ENQUIRY_TYPE_LABELS), label: label('类型', 'Type', '種類', '유형'), access: adminOnlyUpdate },
        { name: 'subject', type: 'relationship', relationTo: [...CONTENT_COLLECTION_SLUGS], label: label('咨询对象', 'About', '対象', '문의 대상'), access: adminOnlyUpdate },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, validate: submissionRule('name'), label: label('姓名', 'Name', '氏名', '이름'), access: adminOnlyUpdate },
        { name: 'organisation', type: 'text', validate: submissionRule('organisation'), label: label('机构', 'Organisation', '所属', '소속'), access: adminOnlyUpdate },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', required: true, index: true, validate: submissionRule('email'), label: label('邮箱', 'Email', 'メール', '이메일'), access: adminOnlyUpdate },
        { name: 'phone', type: 'text', validate: submissionRule('phone'), label: label('电话', 'Phone', '電話', '전화'), access: adminOnlyUpdate },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'text', maxLength: 2, index: true, label: label('国家/地区', 'Country', '国・地域', '국가·지역'), access: adminOnlyUpdate },
        {
          name: 'locale',
          type: 'select',
          options: LOCALES.map(({ code, label: name }) => ({ value: code, label: name })),
          label: label('语言', 'Language', '言語', '언어'),
          access: adminOnlyUpdate,
        },
      ],
    },
    { name: 'message', type: 'textarea', required: true, validate: submissionRule('message'), label: label('咨询内容', 'Message', '内容', '문의 내용'), access: adminOnlyUpdate },
    {
      type: 'row',
      fields: [
        { name: 'consent', type: 'checkbox', required: true, label: label('同意隐私声明', 'Accepted the privacy notice', 'プライバシーポリシーに同意', '개인정보 처리방침 동의'), access: adminOnlyUpdate },
        { name: 'privacyNoticeVersion', type: 'text', label: label('隐私声明版本', 'Privacy notice version', 'ポリシーの版', '방침 버전'), access: adminOnlyUpdate },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: ENQUIRY_STATUSES[0],
      index: true,
      options: selectOptions(ENQUIRY_STATUS_LABELS),
      label: label('状态', 'Status', 'ステータス', '상태'),
      access: { create: isAdminField, update: isOfficerOrAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      index: true,
      label: label('负责人', 'Assignee', '担当者', '담당자'),
      access: { create: isAdminField, read: isOfficerOrAdminField, update: isOfficerOrAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      label: label('答复期限', 'Reply due', '回答期限', '답변 기한'),
      access: { create: isAdminField, update: isOfficerOrAdminField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        components: { Cell: '/components/admin/DueAtCell#DueAtCell' },
      },
    },
    {
      name: 'firstRespondedAt',
      type: 'date',
      label: label('首次响应', 'First response', '初回対応', '첫 응답'),
      access: serverWritten,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'age',
      type: 'ui',
      label: label('已等待', 'Waiting', '経過', '경과'),
      admin: { components: { Cell: '/components/admin/EnquiryAgeCell#EnquiryAgeCell' } },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.partners,
      index: true,
      label: label('提交伙伴', 'Submitted by partner', '提出パートナー', '제출 파트너'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      type: 'array',
      label: label('内部备注', 'Internal notes', '社内メモ', '내부 메모'),
      access: { create: isAdminField, read: isOfficerOrAdminField, update: isOfficerOrAdminField },
      fields: [
        { name: 'body', type: 'textarea', required: true, label: label('内容', 'Note', 'メモ', '메모') },
        { name: 'author', type: 'relationship', relationTo: COLLECTION_SLUGS.users, label: label('作者', 'Author', '作成者', '작성자'), admin: { readOnly: true } },
        { name: 'createdAt', type: 'date', label: label('时间', 'Written', '日時', '작성 시각'), admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'statusHistory',
      type: 'array',
      label: label('状态记录', 'Status history', 'ステータス履歴', '상태 기록'),
      access: serverWritten,
      admin: { readOnly: true, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, options: selectOptions(ENQUIRY_STATUS_LABELS), label: label('状态', 'Status', 'ステータス', '상태') },
            { name: 'changedBy', type: 'relationship', relationTo: COLLECTION_SLUGS.users, label: label('操作人', 'By', '変更者', '변경자') },
            { name: 'changedAt', type: 'date', required: true, label: label('时间', 'When', '日時', '시각'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
  ],
}

import type { CollectionConfig, Field } from 'payload'

import { canCreateEnquiries, canInvestorAnswer, canReadEnquiries, canReadInvestorAnswer, canUpdateEnquiries } from '../../access/enquiries'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { hasRole } from '../../access/roles'
import { ENQUIRY_STATUSES } from '../../lib/constants/options'
import { ENQUIRY_STATUS_LABELS, ENQUIRY_TYPE_LABELS, SATISFACTION_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import type { AdminLabel } from '../../lib/i18n/label'
import { LOCALES } from '../../lib/i18n/locales'
import { COLLECTION_SLUGS, CONTENT_COLLECTION_SLUGS } from '../slugs'
import { assignees } from './endpoints/assignees'
import { exportCsv } from './endpoints/exportCsv'
import { reportCsv } from './endpoints/reportCsv'
import { retryIntake } from './endpoints/retryIntake'
import { assignPartner } from './hooks/assignPartner'
import { assignReference } from './hooks/assignReference'
import { notifyAssignee } from './hooks/notifyAssignee'
import { notifyNewEnquiry } from './hooks/notifyNewEnquiry'
import { protectNotes } from './hooks/protectNotes'
import { recordStatusChange } from './hooks/recordStatusChange'
import { setReplyDeadline } from './hooks/setReplyDeadline'
import { submissionRule } from './submissionRules'

export const ENQUIRY_GROUP = { zh: '投资咨询', en: 'Enquiries', ja: 'お問い合わせ', ko: '문의' } satisfies AdminLabel

/** Fields only an admin may change once the enquiry exists; officers work status, assignee, notes and due date. */
const adminOnlyUpdate = { update: isAdminField }

/** What the investor sent: set when the enquiry is made, never changed after by anyone (corrections are notes). */
const investorWritten = { update: () => false }

/** Written by the server's hooks alone, read by the officers. */
const serverWritten = { create: () => false, update: () => false, read: isOfficerOrAdminField }

/** A moment the server records (a first reply, a closing, an e-mail sent): staff read it, nobody types it. */
function serverStamp(name: string, label: AdminLabel, extra: { index?: boolean; sidebar?: boolean } = {}): Field {
  return {
    name,
    type: 'date',
    ...(extra.index ? { index: true } : {}),
    label,
    access: serverWritten,
    admin: { ...(extra.sidebar ? { position: 'sidebar' as const } : {}), readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  }
}

/**
 * An investor's or partner's enquiry. Its schema and access live here; the form, the references, the
 * e-mails and the officers' pipeline are the enquiry workflow's.
 */
export const Enquiries: CollectionConfig = {
  slug: COLLECTION_SLUGS.enquiries,
  labels: {
    singular: { zh: '咨询', en: 'Enquiry', ja: 'お問い合わせ', ko: '문의' } satisfies AdminLabel,
    plural: { zh: '投资咨询', en: 'Enquiries', ja: 'お問い合わせ', ko: '문의' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'name', 'message', 'locale', 'type', 'subject', 'country', 'status', 'assignee', 'dueAt', 'age'],
    listSearchableFields: ['reference', 'name', 'organisation', 'email'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
    components: { beforeListTable: ['/components/admin/EnquiryListActions#EnquiryListActions'] },
  },
  defaultSort: 'dueAt',
  access: {
    read: canReadEnquiries,
    create: canCreateEnquiries,
    update: canUpdateEnquiries,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [assignReference, assignPartner, setReplyDeadline, recordStatusChange, protectNotes],
    afterChange: [notifyNewEnquiry, notifyAssignee],
  },
  endpoints: [exportCsv, reportCsv, assignees, retryIntake],
  fields: [
    {
      // First on the enquiry's page: who wrote, the thread, and the reply box (components/admin/EnquiryConversation.tsx).
      name: 'conversation',
      type: 'ui',
      label: { zh: '往来记录', en: 'Conversation', ja: 'やり取り', ko: '주고받은 내용' } satisfies AdminLabel,
      admin: { components: { Field: '/components/admin/EnquiryConversation#EnquiryConversation' } },
    },
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '编号', en: 'Reference', ja: '受付番号', ko: '접수 번호' } satisfies AdminLabel,
      access: adminOnlyUpdate,
      admin: { readOnly: true },
    },
    {
      type: 'collapsible',
      label: { zh: '投资者提交的内容', en: 'As the investor sent it', ja: '投資家からの送信内容', ko: '투자자가 보낸 내용' } satisfies AdminLabel,
      admin: {
        initCollapsed: true,
        description: {
          zh: '投资者填写的内容任何人不可修改；如需更正，请写在内部备注中。',
          en: 'Nobody changes what the investor wrote: put corrections in the internal notes.',
          ja: '投資家が記入した内容は誰も変更できません。訂正は社内メモに書いてください。',
          ko: '투자자가 작성한 내용은 누구도 고칠 수 없습니다. 정정할 내용은 내부 메모에 적어 주세요.',
        } satisfies AdminLabel,
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'select', required: true, defaultValue: 'general', index: true, options: selectOptions(ENQUIRY_TYPE_LABELS), label: { zh: '类型', en: 'Type', ja: '種類', ko: '유형' } satisfies AdminLabel, access: investorWritten },
            {
              name: 'subject',
              type: 'relationship',
              relationTo: [...CONTENT_COLLECTION_SLUGS],
              label: { zh: '咨询对象', en: 'About', ja: '対象', ko: '문의 대상' } satisfies AdminLabel,
              access: investorWritten,
              admin: { components: { Cell: '/components/admin/SubjectCell#SubjectCell' } },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, validate: submissionRule('name'), label: { zh: '姓名', en: 'Name', ja: '氏名', ko: '이름' } satisfies AdminLabel, access: investorWritten },
            { name: 'organisation', type: 'text', validate: submissionRule('organisation'), label: { zh: '机构', en: 'Organisation', ja: '所属', ko: '소속' } satisfies AdminLabel, access: investorWritten },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', required: true, index: true, validate: submissionRule('email'), label: { zh: '邮箱', en: 'Email', ja: 'メール', ko: '이메일' } satisfies AdminLabel, access: investorWritten },
            { name: 'phone', type: 'text', validate: submissionRule('phone'), label: { zh: '电话', en: 'Phone', ja: '電話', ko: '전화' } satisfies AdminLabel, access: investorWritten },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'country',
              type: 'text',
              maxLength: 2,
              index: true,
              label: { zh: '国家/地区', en: 'Country', ja: '国・地域', ko: '국가·지역' } satisfies AdminLabel,
              access: investorWritten,
              admin: { components: { Cell: '/components/admin/CountryCell#CountryCell' } },
            },
            {
              name: 'locale',
              type: 'select',
              options: LOCALES.map(({ code, label: name }) => ({ value: code, label: name })),
              label: { zh: '语言', en: 'Language', ja: '言語', ko: '언어' } satisfies AdminLabel,
              access: investorWritten,
            },
          ],
        },
        {
          name: 'message',
          type: 'textarea',
          required: true,
          validate: submissionRule('message'),
          label: { zh: '咨询内容', en: 'Message', ja: '内容', ko: '문의 내용' } satisfies AdminLabel,
          access: investorWritten,
          admin: { components: { Cell: '/components/admin/MessageCell#MessageCell' } },
        },
        {
          type: 'row',
          fields: [
            { name: 'consent', type: 'checkbox', required: true, label: { zh: '同意隐私声明', en: 'Accepted the privacy notice', ja: 'プライバシーポリシーに同意', ko: '개인정보 처리방침 동의' } satisfies AdminLabel, access: investorWritten },
            { name: 'privacyNoticeVersion', type: 'text', label: { zh: '隐私声明版本', en: 'Privacy notice version', ja: 'ポリシーの版', ko: '방침 버전' } satisfies AdminLabel, access: investorWritten },
          ],
        },
      ],
    },
    {
      // The thread after the first message, oldest first: officers' answers and the investor's replies.
      name: 'replies',
      type: 'join',
      collection: COLLECTION_SLUGS.enquiryReplies,
      on: 'enquiry',
      defaultSort: 'createdAt',
      defaultLimit: 50,
      label: { zh: '答复', en: 'Replies', ja: '回答', ko: '답변' } satisfies AdminLabel,
      access: { read: isOfficerOrAdminField },
      // The admin shows the thread, and writes a reply, in the conversation view above.
      admin: { hidden: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: ENQUIRY_STATUSES[0],
      index: true,
      options: selectOptions(ENQUIRY_STATUS_LABELS),
      label: { zh: '状态', en: 'Status', ja: 'ステータス', ko: '상태' } satisfies AdminLabel,
      access: { create: isAdminField, update: isOfficerOrAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      index: true,
      label: { zh: '负责人', en: 'Assignee', ja: '担当者', ko: '담당자' } satisfies AdminLabel,
      access: { create: isAdminField, read: isOfficerOrAdminField, update: isOfficerOrAdminField },
      admin: { position: 'sidebar', components: { Field: '/components/admin/AssigneeField#AssigneeField' } },
    },
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      label: { zh: '答复期限', en: 'Reply due', ja: '回答期限', ko: '답변 기한' } satisfies AdminLabel,
      access: { create: isAdminField, update: isOfficerOrAdminField },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        components: { Cell: '/components/admin/DueAtCell#DueAtCell' },
      },
    },
    serverStamp('firstRespondedAt', { zh: '首次响应', en: 'First response', ja: '初回対応', ko: '첫 응답' }, { sidebar: true }),
    {
      type: 'collapsible',
      label: { zh: '结案与回访', en: 'Closing and follow-up', ja: '完了とフォローアップ', ko: '종결과 후속 안내' } satisfies AdminLabel,
      admin: { position: 'sidebar', initCollapsed: true },
      fields: [
        serverStamp('closedAt', { zh: '结案时间', en: 'Closed', ja: '完了日時', ko: '종결 시각' }, { index: true }),
        serverStamp('followUpSentAt', { zh: '回访邮件', en: 'Follow-up e-mail', ja: 'フォローアップのメール', ko: '후속 안내 메일' }),
        {
          name: 'satisfaction',
          type: 'select',
          index: true,
          options: selectOptions(SATISFACTION_LABELS),
          label: { zh: '投资者评价', en: "Investor's answer", ja: '投資家の評価', ko: '투자자 평가' } satisfies AdminLabel,
          access: { create: () => false, update: canInvestorAnswer, read: canReadInvestorAnswer },
          admin: { readOnly: true },
        },
        serverStamp('satisfactionAt', { zh: '评价时间', en: 'Answered', ja: '評価日時', ko: '평가 시각' }),
      ],
    },
    {
      // Stamped by the reminders job (lib/enquiries/reminders.ts) when it writes each e-mail, so none is sent twice.
      type: 'collapsible',
      label: { zh: '提醒与督办', en: 'Reminders', ja: 'リマインダー', ko: '알림' } satisfies AdminLabel,
      admin: { position: 'sidebar', initCollapsed: true },
      fields: [
        serverStamp('dueReminderSentAt', { zh: '到期提醒（负责人）', en: 'Due reminder to the assignee', ja: '期限前の通知（担当者）', ko: '기한 알림(담당자)' }),
        serverStamp('unassignedAlertSentAt', { zh: '未分派提醒（全体专员）', en: 'Unassigned alert to all officers', ja: '担当者未定の通知（全担当官）', ko: '미배정 알림(전체 담당관)' }),
        serverStamp('overdueAlertSentAt', { zh: '超期督办（管理员）', en: 'Overdue alert to the admins', ja: '期限超過の通知（管理者）', ko: '기한 초과 알림(관리자)' }),
      ],
    },
    {
      name: 'age',
      type: 'ui',
      label: { zh: '已等待', en: 'Waiting', ja: '経過', ko: '경과' } satisfies AdminLabel,
      admin: { components: { Cell: '/components/admin/EnquiryAgeCell#EnquiryAgeCell' } },
    },
    {
      name: 'partner',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.partners,
      index: true,
      label: { zh: '提交伙伴', en: 'Submitted by partner', ja: '提出パートナー', ko: '제출 파트너' } satisfies AdminLabel,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'notes',
      type: 'array',
      label: { zh: '内部备注', en: 'Internal notes', ja: '社内メモ', ko: '내부 메모' } satisfies AdminLabel,
      access: { create: isAdminField, read: isOfficerOrAdminField, update: isOfficerOrAdminField },
      fields: [
        { name: 'body', type: 'textarea', required: true, label: { zh: '内容', en: 'Note', ja: 'メモ', ko: '메모' } satisfies AdminLabel },
        { name: 'author', type: 'relationship', relationTo: COLLECTION_SLUGS.users, label: { zh: '作者', en: 'Author', ja: '作成者', ko: '작성자' } satisfies AdminLabel, admin: { readOnly: true } },
        { name: 'createdAt', type: 'date', label: { zh: '时间', en: 'Written', ja: '日時', ko: '작성 시각' } satisfies AdminLabel, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'statusHistory',
      type: 'array',
      label: { zh: '状态记录', en: 'Status history', ja: 'ステータス履歴', ko: '상태 기록' } satisfies AdminLabel,
      access: serverWritten,
      admin: { readOnly: true, initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, options: selectOptions(ENQUIRY_STATUS_LABELS), label: { zh: '状态', en: 'Status', ja: 'ステータス', ko: '상태' } satisfies AdminLabel },
            { name: 'changedBy', type: 'relationship', relationTo: COLLECTION_SLUGS.users, label: { zh: '操作人', en: 'By', ja: '変更者', ko: '변경자' } satisfies AdminLabel },
            { name: 'changedAt', type: 'date', required: true, label: { zh: '时间', en: 'When', ja: '日時', ko: '시각' } satisfies AdminLabel, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
      ],
    },
  ],
}

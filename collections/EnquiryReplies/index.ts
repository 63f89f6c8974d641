import type { CollectionConfig } from 'payload'

import { canCreateEnquiryReplies, canReadEnquiryReplies } from '../../access/enquiries'
import { isAdmin } from '../../access/isAdmin'
import { isOfficerOrAdminField } from '../../access/isOfficerOrAdmin'
import { hasRole } from '../../access/roles'
import { REPLY_SENDER_LABELS, selectOptions } from '../../lib/constants/optionLabels'
import type { AdminLabel } from '../../lib/i18n/label'
import { ENQUIRY_GROUP } from '../Enquiries'
import { submissionRule } from '../Enquiries/submissionRules'
import { COLLECTION_SLUGS } from '../slugs'
import { sendReply } from './hooks/sendReply'
import { signReply } from './hooks/signReply'

/**
 * The enquiry's thread after its first message. An officer's answer is written in the admin from the
 * enquiry (its "Replies" list), kept with who wrote it and when, and sent through the outbox in the
 * investor's language with the reference in its subject. The investor answers back from the enquiry's
 * private page; the assigned officer hears of it. A reply once written is a record: nobody edits it.
 */
export const EnquiryReplies: CollectionConfig = {
  slug: COLLECTION_SLUGS.enquiryReplies,
  labels: {
    singular: { zh: '答复', en: 'Reply', ja: '回答', ko: '답변' } satisfies AdminLabel,
    plural: { zh: '答复', en: 'Replies', ja: '回答', ko: '답변' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'body',
    defaultColumns: ['enquiry', 'from', 'body', 'author', 'createdAt'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
  },
  defaultSort: 'createdAt',
  access: {
    read: canReadEnquiryReplies,
    create: canCreateEnquiryReplies,
    update: () => false,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [signReply],
    afterChange: [sendReply],
  },
  fields: [
    {
      name: 'enquiry',
      // The thread's owner; the investor's page reads a reply through it (access/enquiries.ts).
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.enquiries,
      required: true,
      index: true,
      label: { zh: '咨询', en: 'Enquiry', ja: 'お問い合わせ', ko: '문의' } satisfies AdminLabel,
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      validate: submissionRule('message'),
      label: { zh: '答复内容', en: 'Reply', ja: '回答内容', ko: '답변 내용' } satisfies AdminLabel,
      admin: {
        rows: 12,
        description: {
          zh: '用投资者的语言书写。发送后不能修改，投资者会在邮件和咨询页面中看到。',
          en: 'Write in the investor’s language. Once sent it cannot be changed; the investor reads it by email and on the enquiry’s page.',
          ja: '投資家の言語で書いてください。送信後は変更できません。投資家はメールとお問い合わせページで読みます。',
          ko: '투자자의 언어로 작성하세요. 보낸 뒤에는 고칠 수 없으며, 투자자는 이메일과 문의 페이지에서 읽습니다.',
        } satisfies AdminLabel,
      },
    },
    {
      name: 'from',
      type: 'select',
      // Always set by signReply; not required in the API's types, since no caller's value counts.
      defaultValue: 'officer',
      options: selectOptions(REPLY_SENDER_LABELS),
      label: { zh: '发送方', en: 'From', ja: '送信者', ko: '보낸 쪽' } satisfies AdminLabel,
      // Set by the server from who sends it (hooks/signReply.ts).
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      label: { zh: '答复人', en: 'Written by', ja: '回答者', ko: '작성자' } satisfies AdminLabel,
      // Set by the server to whoever sends it: nobody sends as another officer.
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'senderName',
      type: 'text',
      label: { zh: '答复人姓名', en: 'Sender’s name', ja: '回答者の氏名', ko: '작성자 이름' } satisfies AdminLabel,
      // The officer's name when they sent it, kept by the server (hooks/signReply.ts): their colleagues
      // read no other officer's account, yet see on the thread who answered. Staff alone read it.
      access: { read: isOfficerOrAdminField, create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

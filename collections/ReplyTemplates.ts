import type { CollectionConfig, TextareaFieldValidation } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isOfficerOrAdmin, isOfficerOrAdminField } from '../access/isOfficerOrAdmin'
import { hasRole } from '../access/roles'
import { ENQUIRY_TYPE_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { placeholderGuide, unknownPlaceholders } from '../lib/enquiries/replyTemplates'
import { type AdminLabel, inLanguage } from '../lib/i18n/label'
import { LOCALE_CODES, LOCALES } from '../lib/i18n/locales'
import { ENQUIRY_GROUP } from './Enquiries'
import { COLLECTION_SLUGS } from './slugs'

const UNKNOWN = {
  zh: '以下占位符无法识别，请改正或删除：',
  en: 'These placeholders are not known; correct or remove them: ',
  ja: '次のプレースホルダーは使えません。修正するか削除してください：',
  ko: '다음 자리표시자는 쓸 수 없습니다. 고치거나 지워 주세요: ',
} satisfies AdminLabel

const PLACEHOLDERS_HELP = {
  zh: '可用的占位符（选用模板时自动填入）：',
  en: 'Placeholders you can use (filled in when an officer picks the template): ',
  ja: '使えるプレースホルダー（テンプレートを選ぶと自動で入ります）：',
  ko: '쓸 수 있는 자리표시자(템플릿을 고르면 자동으로 채워집니다): ',
} satisfies AdminLabel

/** A template's body may use only the placeholders the reply box knows how to fill. */
const knownPlaceholdersOnly: TextareaFieldValidation = (value, { req }) => {
  const unknown = unknownPlaceholders(value ?? '')
  if (unknown.length === 0) return true
  const language = req.i18n?.language
  const separator = language === 'zh' || language === 'ja' ? '、' : ', '
  return inLanguage(UNKNOWN, language) + unknown.map((name) => `{{${name}}}`).join(separator)
}

const staffOnly = { read: isOfficerOrAdminField, create: isOfficerOrAdminField, update: isOfficerOrAdminField }

/**
 * The answers officers start from: per enquiry type and language, with the bureau's business case, and
 * placeholders the reply box fills for the enquiry at hand (lib/enquiries/replyTemplates.ts). Staff-only:
 * officers and admins read and write them; nobody else, over any API.
 */
export const ReplyTemplates: CollectionConfig = {
  slug: COLLECTION_SLUGS.replyTemplates,
  labels: {
    singular: { zh: '答复模板', en: 'Reply template', ja: '回答テンプレート', ko: '답변 템플릿' } satisfies AdminLabel,
    plural: { zh: '答复模板', en: 'Reply templates', ja: '回答テンプレート', ko: '답변 템플릿' } satisfies AdminLabel,
  },
  admin: {
    group: ENQUIRY_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'language', 'industry', 'updatedAt'],
    listSearchableFields: ['title', 'body'],
    hidden: ({ user }) => !(hasRole(user, 'admin') || hasRole(user, 'officer')),
  },
  defaultSort: 'title',
  access: {
    read: isOfficerOrAdmin,
    create: isOfficerOrAdmin,
    update: isOfficerOrAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { zh: '模板名称', en: 'Title', ja: 'テンプレート名', ko: '템플릿 이름' } satisfies AdminLabel,
      access: staffOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          index: true,
          options: selectOptions(ENQUIRY_TYPE_LABELS),
          label: { zh: '咨询类型', en: 'Enquiry type', ja: 'お問い合わせの種類', ko: '문의 유형' } satisfies AdminLabel,
          access: staffOnly,
        },
        {
          name: 'language',
          type: 'select',
          required: true,
          index: true,
          options: LOCALES.map(({ code, label }) => ({ value: code, label })),
          label: { zh: '模板语言', en: 'Written in', ja: 'テンプレートの言語', ko: '작성 언어' } satisfies AdminLabel,
          access: staffOnly,
        },
        {
          name: 'industry',
          type: 'relationship',
          relationTo: COLLECTION_SLUGS.industries,
          label: { zh: '产业（选填）', en: 'Industry (optional)', ja: '産業（任意）', ko: '산업(선택)' } satisfies AdminLabel,
          access: staffOnly,
        },
      ],
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      validate: knownPlaceholdersOnly,
      label: { zh: '正文', en: 'Text', ja: '本文', ko: '본문' } satisfies AdminLabel,
      access: staffOnly,
      admin: {
        rows: 14,
        description: Object.fromEntries(LOCALE_CODES.map((code) => [code, PLACEHOLDERS_HELP[code] + placeholderGuide(code)])) as AdminLabel,
      },
    },
  ],
}

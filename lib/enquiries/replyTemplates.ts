import type { Payload, PayloadRequest } from 'payload'

import { COLLECTION_SLUGS } from '../../collections/slugs'
import { ENQUIRY_TYPE_LABELS } from '../constants/optionLabels'
import { isLocale, type Locale } from '../i18n/locales'
import { type AdminLabel, inLanguage } from '../i18n/label'
import type { Enquiry, ReplyTemplate, User } from '../../payload-types'

/**
 * The placeholders a reply template may use, written `{{name}}` in its body, and what each stands for
 * (shown to whoever writes a template). Filled on the server when an officer picks the template.
 */
export const PLACEHOLDERS = {
  investorName: { zh: '投资者姓名', en: "the investor's name", ja: '投資家の氏名', ko: '투자자 이름' },
  subjectTitle: { zh: '咨询对象的名称（模板语言）', en: 'the title of what the enquiry is about, in the template’s language', ja: 'お問い合わせ対象の名称（テンプレートの言語）', ko: '문의 대상의 이름(템플릿 언어)' },
  reference: { zh: '咨询编号', en: 'the enquiry’s reference', ja: '受付番号', ko: '접수 번호' },
  officerName: { zh: '答复人姓名', en: 'your name', ja: '回答者の氏名', ko: '답변자 이름' },
  officerSignature: { zh: '答复人签名（模板语言）', en: 'your signature, in the template’s language', ja: '回答者の署名（テンプレートの言語）', ko: '답변자 서명(템플릿 언어)' },
} as const satisfies Record<string, AdminLabel>

export type Placeholder = keyof typeof PLACEHOLDERS

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g

function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDERS, name)
}

/** The placeholders of `body` that are not ours (`{{investorname}}`, `{{ company }}`), each once, in order. */
export function unknownPlaceholders(body: string): string[] {
  const unknown = [...body.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]).filter((name) => !isPlaceholder(name))
  return [...new Set(unknown)]
}

/** `body` with each placeholder replaced by its value; one without a value becomes empty text. */
export function fillPlaceholders(body: string, values: Partial<Record<Placeholder, string | null | undefined>>): string {
  return body.replace(PLACEHOLDER_PATTERN, (_, name: string) => (isPlaceholder(name) ? (values[name] ?? '') : ''))
}

/** The placeholder list as a template's writer reads it, in the admin's language. */
export function placeholderGuide(language: string | undefined): string {
  return Object.entries(PLACEHOLDERS)
    .map(([name, label]) => `{{${name}}} ${inLanguage(label, language)}`)
    .join(' · ')
}

type SubjectRef = { relationTo: string; value: number | { id: number } }

/**
 * The title of what the enquiry is about in `language`, read with the officer's own access; the enquiry
 * type's name when it is about nothing in particular.
 */
async function subjectTitle(req: PayloadRequest, enquiry: Enquiry, language: Locale): Promise<string> {
  const subject = enquiry.subject as SubjectRef | null | undefined
  const id = typeof subject?.value === 'object' ? subject.value.id : subject?.value
  if (subject && typeof id === 'number') {
    const doc = (await req.payload.findByID({
      collection: subject.relationTo as typeof COLLECTION_SLUGS.industries,
      id,
      locale: language,
      depth: 0,
      draft: true,
      select: { title: true },
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })) as { title?: string | null } | null
    if (doc?.title) return doc.title
  }
  return ENQUIRY_TYPE_LABELS[enquiry.type][language]
}

/** The officer's signature in `language` (their name where they have written none). */
async function officerSignature(payload: Payload, officer: User, language: Locale): Promise<string> {
  const own = await payload.findByID({ collection: COLLECTION_SLUGS.users, id: officer.id, locale: language, depth: 0, user: officer, overrideAccess: false, disableErrors: true })
  return own?.signature || officer.name || ''
}

export type TemplateChoice = { id: number; title: string; language: Locale; type: Enquiry['type']; fits: boolean; body: string }

/**
 * The reply templates an officer may start an answer to `enquiry` from, each filled for it on the server:
 * first those of the enquiry's type in the investor's language, then the rest of the investor's
 * language, then the others. Read with the officer's own access.
 */
export async function templatesForEnquiry(req: PayloadRequest, enquiry: Enquiry, officer: User): Promise<TemplateChoice[]> {
  const { docs } = await req.payload.find({
    collection: COLLECTION_SLUGS.replyTemplates,
    depth: 0,
    limit: 200,
    pagination: false,
    sort: 'title',
    user: officer,
    overrideAccess: false,
  })
  const investorLanguage = isLocale(enquiry.locale) ? enquiry.locale : null
  const rank = (template: ReplyTemplate) => (template.language === investorLanguage ? 0 : 2) + (template.type === enquiry.type ? 0 : 1)
  const ordered = [...docs].sort((a, b) => rank(a) - rank(b))
  const perLanguage = new Map<Locale, Promise<{ subjectTitle: string; officerSignature: string }>>()
  const valuesIn = (language: Locale) => {
    let values = perLanguage.get(language)
    if (!values) {
      values = Promise.all([subjectTitle(req, enquiry, language), officerSignature(req.payload, officer, language)]).then(([title, signature]) => ({ subjectTitle: title, officerSignature: signature }))
      perLanguage.set(language, values)
    }
    return values
  }
  return Promise.all(
    ordered.map(async (template) => ({
      id: template.id,
      title: template.title,
      language: template.language,
      type: template.type,
      fits: rank(template) === 0,
      body: fillPlaceholders(template.body, {
        investorName: enquiry.name,
        reference: enquiry.reference,
        officerName: officer.name,
        ...(await valuesIn(template.language)),
      }),
    })),
  )
}

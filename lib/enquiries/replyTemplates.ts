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

const idOf = (value: unknown): number | null => (typeof value === 'number' ? value : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' ? (value as { id: number }).id : null)

/**
 * The industries what the enquiry is about belongs to: the industry itself, or those its document names in
 * its relationships to industries (a project's industry, a fund's focus, a policy's industries), read with
 * the officer's own access. None when it is about nothing in particular.
 */
async function subjectIndustries(req: PayloadRequest, enquiry: Enquiry): Promise<Set<number>> {
  const subject = enquiry.subject as SubjectRef | null | undefined
  const id = subject ? idOf(subject.value) : null
  if (!subject || id === null) return new Set()
  if (subject.relationTo === COLLECTION_SLUGS.industries) return new Set([id])
  const collection = req.payload.collections[subject.relationTo as typeof COLLECTION_SLUGS.projects]
  const fields = (collection?.config.flattenedFields ?? [])
    .filter((field) => field.type === 'relationship' && field.relationTo === COLLECTION_SLUGS.industries)
    .map((field) => field.name)
  if (fields.length === 0) return new Set()
  const doc = (await req.payload.findByID({
    collection: collection.config.slug as typeof COLLECTION_SLUGS.projects,
    id,
    depth: 0,
    draft: true,
    select: Object.fromEntries(fields.map((name) => [name, true])),
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
  })) as Record<string, unknown> | null
  const values = fields.flatMap((name) => [doc?.[name] ?? []].flat())
  return new Set(values.map(idOf).filter((value): value is number => value !== null))
}

/** The officer's signature in `language` (their name where they have written none). */
async function officerSignature(payload: Payload, officer: User, language: Locale): Promise<string> {
  const own = await payload.findByID({ collection: COLLECTION_SLUGS.users, id: officer.id, locale: language, depth: 0, user: officer, overrideAccess: false, disableErrors: true })
  return own?.signature || officer.name || ''
}

export type TemplateChoice = { id: number; title: string; language: Locale; type: Enquiry['type']; fits: boolean; body: string }

/**
 * The reply templates an officer may start an answer to `enquiry` from, each filled for it on the server,
 * the most relevant first: in the investor's language, of the enquiry's type and for the industry of what
 * it is about; then of its type; then the rest of the investor's language (those for its industry first);
 * then the others. Read with the officer's own access.
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
  const industries = await subjectIndustries(req, enquiry)
  const rank = (template: ReplyTemplate) => {
    const industry = idOf(template.industry)
    return (template.language === investorLanguage ? 0 : 4) + (template.type === enquiry.type ? 0 : 2) + (industry !== null && industries.has(industry) ? 0 : 1)
  }
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
      fits: rank(template) < 2,
      body: fillPlaceholders(template.body, {
        investorName: enquiry.name,
        reference: enquiry.reference,
        officerName: officer.name,
        ...(await valuesIn(template.language)),
      }),
    })),
  )
}

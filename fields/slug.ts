import type { CollectionSlug, Field, FieldHook } from 'payload'

import type { AdminLabel } from '../lib/i18n/label'
import { isValidSlug, slugify } from '../lib/slugify'

type LocalizedTitle = string | Record<string, string | null | undefined> | null | undefined

/** The title to derive a slug from: English when given, else Chinese (the default locale), else any. */
function sourceTitle(title: LocalizedTitle): string | undefined {
  if (!title) return undefined
  if (typeof title === 'string') return title
  return title.en || title.zh || Object.values(title).find(Boolean) || undefined
}

async function isSlugTaken(args: { collection: CollectionSlug; slug: string; req: Parameters<FieldHook>[0]['req'] }) {
  const { totalDocs } = await args.req.payload.count({
    collection: args.collection,
    where: { slug: { equals: args.slug } },
    req: args.req,
  })
  return totalDocs > 0
}

/**
 * An empty slug is made from the title and made unique with a numbered suffix: on create, on the first
 * save that has a title (autosave creates the draft before anything is typed), or when staff clear it.
 * A slug that staff type themselves is kept as typed: a clash is the unique index's error on the field.
 */
const generateSlug: FieldHook = async ({ value, data, originalDoc, req, collection, siblingData }) => {
  if (typeof value === 'string' && value.trim()) return value.trim()
  if (value === undefined && originalDoc?.slug) return originalDoc.slug
  if (!collection) return value
  const title = sourceTitle((siblingData?.title ?? data?.title) as LocalizedTitle)
  const base = title ? slugify(title) : ''
  if (!base) return value
  for (let suffix = 1; ; suffix++) {
    const candidate = suffix === 1 ? base : `${base}-${suffix}`
    const isTaken = await isSlugTaken({ collection: collection.slug as CollectionSlug, slug: candidate, req })
    if (!isTaken) return candidate
  }
}

// Always set once the hook has run: from the title when left empty, so only a bad typed slug lands here.
const INVALID_SLUG = {
  zh: '请填写网址标识：只能使用小写字母、数字和单个连字符。',
  en: 'Enter a slug of lowercase letters, digits and single hyphens.',
  ja: 'スラッグを入力してください（半角英小文字・数字と単一のハイフンのみ）。',
  ko: '슬러그를 입력하세요(영문 소문자, 숫자, 하이픈 하나씩만 사용).',
} satisfies AdminLabel

function invalidSlugMessage(language: string): string {
  return INVALID_SLUG[language as keyof typeof INVALID_SLUG] ?? INVALID_SLUG.en
}

export function slugField(): Field {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { zh: '网址标识', en: 'Slug', ja: 'スラッグ', ko: '슬러그' } satisfies AdminLabel,
    admin: {
      position: 'sidebar',
      description: {
        zh: '用于网址，各语言共用；留空则按标题自动生成（中文标题转为拼音）。',
        en: 'Used in the URL, shared by all languages. Leave empty to make it from the title (Chinese titles become pinyin).',
        ja: 'URLに使われ、全言語で共通です。空欄にするとタイトルから自動生成します（中国語のタイトルはピンインに変換）。',
        ko: 'URL에 쓰이며 모든 언어에서 공통입니다. 비워 두면 제목으로 자동 생성됩니다(중국어 제목은 병음으로 변환).',
      } satisfies AdminLabel,
    },
    hooks: { beforeValidate: [generateSlug] },
    validate: (value: unknown, { req }: { req: { i18n: { language: string } } }) =>
      (typeof value === 'string' && isValidSlug(value)) || invalidSlugMessage(req.i18n.language),
  }
}

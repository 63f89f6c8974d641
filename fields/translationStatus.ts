import type { CollectionBeforeChangeHook, CollectionSlug, Field, FlattenedField, GlobalBeforeChangeHook, PayloadRequest } from 'payload'

import type { AdminLabel } from '../lib/i18n/label'
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../lib/i18n/locales'
import { collectTexts, computeTranslationState, localizedTextSelect, type Texts } from '../lib/translation/state'
import { CONFIRM_TRANSLATION_CONTEXT, type ConfirmTranslationContext, translationStateField } from './translationState'

/** The texts a reader needs in their language; a locale missing any of them falls back to Chinese. */
export const TRANSLATED_FIELDS = ['title', 'summary', 'body'] as const

/**
 * The locales in which the document's title, summary and body are all written (the portal knows from it
 * what fell back), and its complement, the locales still to translate (staff list "needs translation into
 * Japanese" as `missingLocales` contains `ja`).
 */
export function translationStatusFields(): Field[] {
  return [
    translatedLocalesField(),
    missingLocalesField(),
    translationStateField(),
    translationCheckField(),
  ]
}

/** In the sidebar of a translation: whether it is current, with "still correct" and "copy the Chinese" (components/admin/TranslationCheck.tsx). */
export function translationCheckField(): Field {
  return { name: 'translationCheck', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/admin/TranslationCheck#TranslationCheck' } } }
}

function missingLocalesField(): Field {
  return {
    name: 'missingLocales',
    type: 'select',
    hasMany: true,
    index: true,
    options: LOCALE_CODES.map((code) => ({ value: code, label: code.toUpperCase() })),
    label: { zh: '待翻译语言', en: 'Still to translate', ja: '未翻訳の言語', ko: '번역할 언어' } satisfies AdminLabel,
    admin: { position: 'sidebar', readOnly: true },
  }
}

function translatedLocalesField(): Field {
  return {
    name: 'translatedLocales',
    type: 'select',
    hasMany: true,
    index: true,
    options: LOCALE_CODES.map((code) => ({ value: code, label: code.toUpperCase() })),
    label: { zh: '已翻译语言', en: 'Translated into', ja: '翻訳済みの言語', ko: '번역된 언어' } satisfies AdminLabel,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        zh: '标题、摘要和正文均已填写的语言；保存时自动更新。',
        en: 'Languages with title, summary and body all written; updated on save.',
        ja: 'タイトル・概要・本文がすべて入力済みの言語です。保存時に自動更新されます。',
        ko: '제목, 요약, 본문이 모두 입력된 언어입니다. 저장할 때 자동으로 갱신됩니다.',
      } satisfies AdminLabel,
    },
  }
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (!value || typeof value !== 'object') return false
  return JSON.stringify(value).match(/"text":"\s*[^"\s]/) !== null
}

type StoredDoc = Record<string, unknown>

/** The stored document in every locale. A Local API call given `req` sets `req.locale`: put it back after. */
async function readAllLocales(args: { req: PayloadRequest; collection: CollectionSlug; id: number | string; select: Record<string, true> }) {
  const { locale, fallbackLocale } = args.req
  try {
    return (await args.req.payload.findByID({
      collection: args.collection,
      id: args.id,
      locale: 'all',
      draft: true,
      depth: 0,
      req: args.req,
      select: args.select,
    })) as unknown as StoredDoc
  } finally {
    args.req.locale = locale
    args.req.fallbackLocale = fallbackLocale
  }
}

const inLocale = (locale: Locale) => (value: unknown) => (value as Record<string, unknown> | null | undefined)?.[locale]

/**
 * Per target locale, whether each localized text is current with the Chinese it was translated from, after
 * this save (`translationState`, see lib/translation/state.ts): for a content document and a global alike.
 */
function translationStateAfterSave(args: { data: Partial<StoredDoc>; stored: StoredDoc | undefined; req: PayloadRequest; fields: FlattenedField[]; context: Record<string, unknown> }) {
  const { data, stored, req, fields } = args
  const isAllLocales = req.locale === 'all'
  /** A top-level field's value in `locale` after this save: from `data` where it holds that locale, else as stored. */
  const fromData = (name: string, locale: Locale) => name in data && (isAllLocales || locale === req.locale)
  const textsIn = (locale: Locale): Texts => {
    const out: Texts = new Map()
    for (const field of fields) {
      if (!('name' in field)) continue
      const useData = fromData(field.name, locale)
      collectTexts([field], useData ? data : stored, useData && !isAllLocales ? (value) => value : inLocale(locale), '', out)
    }
    return out
  }
  const translationState = computeTranslationState({
    fields,
    textsIn,
    before: stored,
    savingLocale: req.locale ?? DEFAULT_LOCALE,
    confirm: args.context[CONFIRM_TRANSLATION_CONTEXT] as ConfirmTranslationContext | undefined,
  })
  const textIn = (field: (typeof TRANSLATED_FIELDS)[number], locale: Locale): unknown =>
    fromData(field, locale) ? (isAllLocales ? inLocale(locale)(data[field]) : data[field]) : inLocale(locale)(stored?.[field])
  return { translationState, textIn }
}

/**
 * On every save of a content document, with one read of what is stored: the locales a reader has the texts
 * in (`translatedLocales`, `missingLocales`), and per target locale whether each localized text is current
 * with the Chinese it was translated from (`translationState`, see lib/translation/state.ts).
 */
export const computeTranslationStatus: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection, context }) => {
  const stored = originalDoc?.id === undefined ? undefined : await readAllLocales({ req, collection: collection.slug, id: originalDoc.id, select: localizedTextSelect(collection.flattenedFields) })
  const { translationState, textIn } = translationStateAfterSave({ data, stored, req, fields: collection.flattenedFields, context })
  const translated = LOCALE_CODES.filter((locale) => TRANSLATED_FIELDS.every((field) => hasText(textIn(field, locale))))
  return {
    ...data,
    translatedLocales: translated,
    missingLocales: LOCALE_CODES.filter((locale) => !translated.includes(locale)),
    translationState,
  }
}

/** The same record for a global the portal shows (globals/publishedGlobal.ts): whether each translation is current. */
export const computeGlobalTranslationState: GlobalBeforeChangeHook = async ({ data, req, global, context }) => {
  const { locale, fallbackLocale } = req
  let stored: StoredDoc | undefined
  try {
    stored = (await req.payload.findGlobal({ slug: global.slug, locale: 'all', draft: true, depth: 0, req, select: localizedTextSelect(global.flattenedFields) })) as unknown as StoredDoc
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
  const { translationState } = translationStateAfterSave({ data, stored, req, fields: global.flattenedFields, context })
  return { ...data, translationState }
}

import type { Endpoint, Field, FlattenedField, PayloadRequest } from 'payload'

import { isStaffField, serverWrittenField } from '../access/isStaff'
import { hasRole, isStaffUser } from '../access/roles'
import type { ContentCollectionSlug, PortalGlobalSlug } from '../collections/slugs'
import { type AdminLabel, inLanguage } from '../lib/i18n/label'
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales'
import { describeSource } from '../lib/translation/sideBySide'
import { localizedTextSelect, TARGET_LOCALES, TRANSLATION_STATES, type TargetLocale, type TranslationState } from '../lib/translation/state'

export const TRANSLATION_STATE_LABELS = {
  current: { zh: '已是最新', en: 'Up to date', ja: '最新', ko: '최신' },
  outdated: { zh: '原文已改', en: 'Source changed', ja: '原文が更新済み', ko: '원문 변경됨' },
  missing: { zh: '未译完', en: 'Not fully translated', ja: '未翻訳あり', ko: '미번역 있음' },
} satisfies Record<TranslationState, AdminLabel>

const STAFF_READ_ONLY = { read: isStaffField, create: serverWrittenField, update: serverWrittenField }

/**
 * Per target locale, whether its translation is current with the Chinese source, outdated (the source changed
 * since) or missing, as `translationState.en` etc.: plain columns, so a list filters and the dashboard counts
 * with an ordinary `where`. `details` keeps, per locale, the hash of the source each field was translated from,
 * the outdated and missing fields, and who last confirmed the locale. Staff read it; only the server writes it.
 */
export function translationStateField(): Field {
  return {
    name: 'translationState',
    type: 'group',
    access: STAFF_READ_ONLY,
    label: { zh: '译文状态', en: 'Translation status', ja: '翻訳の状況', ko: '번역 상태' } satisfies AdminLabel,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        zh: '与中文原文对照：中文修改后，未随之更新的译文标为“原文已改”。保存时自动更新。',
        en: 'Checked against the Chinese source: when the Chinese changes, a translation not updated since shows “Source changed”. Updated on save.',
        ja: '中国語の原文と照合します。原文の変更後に更新されていない翻訳は「原文が更新済み」と表示されます。保存時に自動更新されます。',
        ko: '중국어 원문과 대조합니다. 원문이 바뀐 뒤 고치지 않은 번역은 ‘원문 변경됨’으로 표시됩니다. 저장할 때 자동으로 갱신됩니다.',
      } satisfies AdminLabel,
    },
    fields: [
      ...TARGET_LOCALES.map(
        (code): Field => ({
          name: code,
          type: 'select',
          index: true,
          access: STAFF_READ_ONLY,
          options: TRANSLATION_STATES.map((state) => ({ value: state, label: TRANSLATION_STATE_LABELS[state] })),
          label: LOCALES.find((locale) => locale.code === code)?.label ?? code,
          admin: { readOnly: true },
        }),
      ),
      { name: 'details', type: 'json', access: STAFF_READ_ONLY, admin: { hidden: true } },
    ],
  }
}

/** The context key by which the endpoint below asks the save hook to confirm a locale. */
export const CONFIRM_TRANSLATION_CONTEXT = 'confirmTranslation'
export type ConfirmTranslationContext = { locale: TargetLocale; by: number | string | null }

const isTargetLocale = (value: unknown): value is TargetLocale => TARGET_LOCALES.includes(value as TargetLocale)

const NOT_A_TARGET_LOCALE = {
  zh: `语言须为以下之一：${TARGET_LOCALES.join('、')}。`,
  en: `The language must be one of ${TARGET_LOCALES.join(', ')}.`,
  ja: `言語は ${TARGET_LOCALES.join('、')} のいずれかを指定してください。`,
  ko: `언어는 ${TARGET_LOCALES.join(', ')} 중 하나여야 합니다.`,
} satisfies AdminLabel

const notATargetLocale = (language: string) => Response.json({ message: inLanguage(NOT_A_TARGET_LOCALE, language) }, { status: 400 })

type ConfirmTarget = {
  /** The latest version in the locale (draft or published), or null when there is none to confirm. */
  read: (locale: TargetLocale) => Promise<{ _status?: string | null } | null>
  /** Saves it unchanged with the confirmation in `context`: published again in this locale alone, or as a draft. */
  save: (args: { locale: TargetLocale; isPublished: boolean; context: Record<string, unknown> }) => Promise<unknown>
}

/** The core of both confirm endpoints: editors and admins only, a target locale, the save that records it. */
async function confirmResponse(req: PayloadRequest, target: ConfirmTarget): Promise<Response> {
  if (!(hasRole(req.user, 'admin') || hasRole(req.user, 'editor'))) {
    return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
  }
  const locale = req.routeParams?.locale
  if (!isTargetLocale(locale)) return notATargetLocale(req.i18n.language)
  const latest = await target.read(locale)
  if (!latest) return Response.json({ message: req.t('error:notFound') }, { status: 404 })
  // Its status in this language: publishing is per language (collections/hooks/localePublishing.ts).
  const isPublished = latest._status === 'published'
  const context: ConfirmTranslationContext = { locale, by: req.user?.id ?? null }
  const saved = await target.save({ locale, isPublished, context: { [CONFIRM_TRANSLATION_CONTEXT]: context } })
  return Response.json({ locale, state: (saved as { translationState?: Record<string, unknown> }).translationState?.[locale] ?? null })
}

/**
 * `POST /api/<collection>/:id/translation/:locale/confirm`, for editors and admins: the translation into
 * `locale` still says what the Chinese says, though the Chinese changed. Records who and when, and makes
 * the locale's translated fields current without touching their text. The document is saved as it is
 * (a draft stays a draft, a published document is published again unchanged, in this language alone:
 * "still correct" in English publishes no other language's draft).
 */
export function confirmTranslationEndpoint(collection: ContentCollectionSlug): Endpoint {
  return {
    path: '/:id/translation/:locale/confirm',
    method: 'post',
    handler: (req) => {
      const id = Number(req.routeParams?.id)
      return confirmResponse(req, {
        read: (locale) =>
          Number.isSafeInteger(id)
            ? req.payload.findByID({ collection, id, locale, draft: true, depth: 0, select: { _status: true }, req, overrideAccess: false, disableErrors: true })
            : Promise.resolve(null),
        save: ({ locale, isPublished, context }) =>
          req.payload.update({
            collection,
            id,
            locale,
            data: isPublished ? { _status: 'published' } : {},
            ...(isPublished ? { publishSpecificLocale: locale } : {}),
            draft: !isPublished,
            depth: 0,
            req,
            overrideAccess: false,
            context,
          }),
      })
    },
  }
}

/** `POST /api/globals/<global>/translation/:locale/confirm`: the same for a global the portal shows. */
export function globalConfirmTranslationEndpoint(global: PortalGlobalSlug): Endpoint {
  return {
    path: '/translation/:locale/confirm',
    method: 'post',
    handler: (req) =>
      confirmResponse(req, {
        read: (locale) => req.payload.findGlobal({ slug: global, locale, draft: true, depth: 0, select: { _status: true }, req, overrideAccess: false }),
        save: ({ locale, isPublished, context }) =>
          req.payload.updateGlobal({
            slug: global,
            locale,
            data: isPublished ? { _status: 'published' } : {},
            draft: !isPublished,
            depth: 0,
            req,
            overrideAccess: false,
            context,
          }),
      }),
  }
}

/** The zh texts of a document or global (read by `readInZh`) beside its translation into the route's locale. */
async function sourceResponse(req: PayloadRequest, fields: FlattenedField[], readInZh: (select: Record<string, true>) => Promise<unknown>): Promise<Response> {
  if (!isStaffUser(req.user)) return Response.json({ message: req.t('error:unauthorized') }, { status: 403 })
  const locale = req.routeParams?.locale
  if (!isTargetLocale(locale)) return notATargetLocale(req.i18n.language)
  const doc = await readInZh(localizedTextSelect(fields))
  if (!doc) return Response.json({ message: req.t('error:notFound') }, { status: 404 })
  return Response.json(describeSource({ fields, doc: doc as Record<string, unknown>, locale }), { headers: { 'cache-control': 'no-store' } })
}

/**
 * `GET /api/<collection>/:id/translation/:locale/source`, for staff: the document's zh texts (latest draft) beside
 * its translation into `locale`, each with what changed in the zh since the text the translation was made from
 * (lib/translation/sideBySide.ts). The edit screen of a translation shows it beside each field.
 */
export function translationSourceEndpoint(collection: ContentCollectionSlug): Endpoint {
  return {
    path: '/:id/translation/:locale/source',
    method: 'get',
    handler: (req) => {
      const id = Number(req.routeParams?.id)
      return sourceResponse(req, req.payload.collections[collection].config.flattenedFields, (select) =>
        Number.isSafeInteger(id)
          ? req.payload.findByID({ collection, id, locale: DEFAULT_LOCALE, draft: true, depth: 0, select, req, overrideAccess: false, disableErrors: true })
          : Promise.resolve(null),
      )
    },
  }
}

/** `GET /api/globals/<global>/translation/:locale/source`, for staff: the same for a global the portal shows. */
export function globalTranslationSourceEndpoint(slug: PortalGlobalSlug): Endpoint {
  return {
    path: '/translation/:locale/source',
    method: 'get',
    handler: (req) => {
      const global = req.payload.globals.config.find((config) => config.slug === slug)
      if (!global) return Promise.resolve(Response.json({ message: req.t('error:notFound') }, { status: 404 }))
      return sourceResponse(req, global.flattenedFields, (select) =>
        req.payload.findGlobal({ slug, locale: DEFAULT_LOCALE, draft: true, depth: 0, select, req, overrideAccess: false }),
      )
    },
  }
}

import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, isLocale, type Locale } from '../../lib/i18n/locales'

/**
 * Which locales of the portal a write changes: none (a draft), one (publishing or unpublishing one
 * locale), or all of them (the Chinese, which every other locale falls back to, or every locale at once).
 */
export type PublicationScope =
  | { kind: 'none' }
  | { kind: 'all' }
  /** One locale; `isStatusChanged` once known (after the change): whether it was published or unpublished, not just republished. */
  | { kind: 'locale'; locale: Locale; before: PublishedState; isStatusChanged?: boolean }

/** What the public could read of the document before a change to one locale. */
type PublishedState = { shared: string | null; status: string | null }

const SCOPE_CONTEXT = 'localePublishing.scope'

type WriteArgs = {
  id?: number | string
  data?: Record<string, unknown>
  draft?: boolean
  publishAllLocales?: boolean
  unpublishAllLocales?: boolean
  publishSpecificLocale?: string
  req: PayloadRequest
}

/**
 * With `localizeStatus`, each locale of a content document is published on its own (Payload's
 * `publishSpecificLocale`: the admin's "Publish in English", a scheduled publish of one locale). A write
 * that names no locale keeps what it always meant here: `_status: 'published'` publishes every locale and
 * `_status: 'draft'` (not as a draft) unpublishes every locale, as the seed, the REST clients and Payload's
 * scheduled publish of "all locales" expect; Payload's own default would publish or unpublish only the
 * request's locale. Records for the refresh after the change (`publicationScopeOf`) which locales it touches.
 */
export const publishEveryLocaleUnlessOneIsNamed: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const write = args as WriteArgs
  const status = write.data?._status
  const isNamed = write.publishSpecificLocale !== undefined || write.publishAllLocales !== undefined || write.unpublishAllLocales !== undefined
  const next: WriteArgs = { ...write }
  if (!isNamed && !write.draft && status === 'published') next.publishAllLocales = true
  if (!isNamed && !write.draft && status === 'draft' && operation === 'update') next.unpublishAllLocales = true

  const scope = await scopeOf(next, collection.slug, req)
  if (write.id !== undefined) scopes(req).set(`${collection.slug}:${String(write.id)}`, scope)
  return next as typeof args
}

async function scopeOf(write: WriteArgs, collection: string, req: PayloadRequest): Promise<PublicationScope> {
  if (write.draft && write.data?._status !== 'published') return { kind: 'none' }
  if (write.publishAllLocales || write.unpublishAllLocales) return { kind: 'all' }
  const locale = write.publishSpecificLocale ?? req.locale
  if (!isLocale(locale) || locale === DEFAULT_LOCALE || write.id === undefined) return { kind: 'all' }
  return { kind: 'locale', locale, before: await publishedState(req, collection, write.id, locale) }
}

function scopes(req: PayloadRequest): Map<string, PublicationScope> {
  const context = req.context as Record<string, unknown>
  context[SCOPE_CONTEXT] ??= new Map<string, PublicationScope>()
  return context[SCOPE_CONTEXT] as Map<string, PublicationScope>
}

/**
 * What a change just saved touched on the portal, when it was an update: one locale only when it
 * published or unpublished a locale other than Chinese and left what every locale shows (the fields that
 * are not translated, the Chinese texts the others fall back to) as it was; else every locale, or none
 * for a draft. Undefined for a write this hook did not see (a create).
 */
export async function publicationScopeOf(req: PayloadRequest, collection: string, id: number | string): Promise<PublicationScope | undefined> {
  const scope = scopes(req).get(`${collection}:${String(id)}`)
  if (scope?.kind !== 'locale') return scope
  const after = await publishedState(req, collection, id, scope.locale)
  return after.shared === scope.before.shared ? { ...scope, isStatusChanged: after.status !== scope.before.status } : { kind: 'all' }
}

/** Whether a write recorded here changed anything public at all (undefined when this hook did not see it). */
export function changesPublicState(req: PayloadRequest, collection: string, id: number | string): boolean | undefined {
  const scope = scopes(req).get(`${collection}:${String(id)}`)
  return scope === undefined ? undefined : scope.kind !== 'none'
}

/** Kept by the server on every save, read by staff only, or changed by a translation alone: not what a reader of another locale sees. */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt', 'translatedLocales', 'missingLocales', 'translationState'])

/**
 * The published document as a reader of Chinese sees it, less the bookkeeping (what every locale shares or
 * falls back to), and the status of `locale`.
 */
async function publishedState(req: PayloadRequest, collection: string, id: number | string, locale: Locale): Promise<PublishedState> {
  const read = (inLocale: Locale) =>
    req.payload.findByID({ collection: collection as CollectionSlug, id, locale: inLocale, fallbackLocale: false, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })
  const { locale: requestLocale, fallbackLocale } = req
  try {
    const [chinese, own] = [await read(DEFAULT_LOCALE), await read(locale)]
    return {
      shared: chinese ? JSON.stringify(Object.entries(chinese).filter(([key]) => !BOOKKEEPING.has(key))) : null,
      status: ((own as { _status?: string } | null)?._status as string | undefined) ?? null,
    }
  } finally {
    // A Local API call given `req` sets its locale: the operation under way keeps its own.
    req.locale = requestLocale
    req.fallbackLocale = fallbackLocale
  }
}

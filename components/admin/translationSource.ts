'use client'

import { useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { plainText } from '@/lib/translation/plainText'
import type { SourceField, TranslationSource } from '@/lib/translation/sideBySide'

/** One request per saved version of a document and locale, shared by all its fields; the last few kept. */
const requests = new Map<string, Promise<TranslationSource | null>>()
const REQUESTS_KEPT = 8

function request(url: string): Promise<TranslationSource | null> {
  let pending = requests.get(url)
  if (!pending) {
    pending = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<TranslationSource>) : null))
      .catch(() => null)
    requests.set(url, pending)
    if (requests.size > REQUESTS_KEPT) requests.delete(requests.keys().next().value!)
  }
  return pending
}

/**
 * In the edit screen of a translation, the document's zh texts and what changed in them since the
 * translation (GET …/translation/:locale/source); asked again when a save (autosave too) changed the
 * document. Undefined while it loads, null in zh, in a document not yet saved, or when the server refused.
 */
export function useTranslationSource(): TranslationSource | null | undefined {
  const { id, collectionSlug, globalSlug, data } = useDocumentInfo()
  const { code } = useLocale()
  const of = globalSlug ? `/api/globals/${globalSlug}` : id && collectionSlug ? `/api/${collectionSlug}/${id}` : null
  const url = of && code !== DEFAULT_LOCALE ? `${of}/translation/${code}/source?version=${encodeURIComponent(String(data?.updatedAt ?? ''))}` : null
  const [loaded, setLoaded] = useState<{ url: string; source: TranslationSource | null }>()
  useEffect(() => {
    if (!url) return
    let isCurrent = true
    void request(url).then((source) => {
      if (isCurrent) setLoaded({ url, source })
    })
    return () => {
      isCurrent = false
    }
  }, [url])
  if (!url) return null
  // While a newer version loads, the last one stays on screen rather than blinking away.
  return loaded?.source ?? (loaded ? null : undefined)
}

type Form = ReturnType<typeof useForm>

/**
 * Puts the zh value of each field at `paths` into the form, as if the editor had typed it; the editor then
 * translates and saves. A rich text takes it as its new starting value, which is what makes the editor show it.
 */
export function copySourceIntoForm(form: Form, source: TranslationSource, paths: string[]): number {
  const fields = form.getFields()
  let copied = 0
  for (const path of paths) {
    const field = source.fields[path]
    if (!field || !(path in fields)) continue
    const value = structuredClone(field.value)
    form.dispatchFields({ type: 'UPDATE', path, value, ...(typeof value === 'object' && value !== null ? { initialValue: value } : {}) })
    copied++
  }
  if (copied > 0) form.setModified(true)
  return copied
}

/** The fields still to translate: the translation is empty, or the zh changed since it was written. */
export function pathsToTranslate(form: Form, source: TranslationSource): string[] {
  const fields = form.getFields()
  return Object.entries(source.fields)
    .filter(([path, field]: [string, SourceField]) => path in fields && (!plainText(fields[path]?.value) || field.since === 'changed' || field.since === 'unrecorded'))
    .map(([path]) => path)
}

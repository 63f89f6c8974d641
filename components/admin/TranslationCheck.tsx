'use client'

import { getTranslation } from '@payloadcms/translations'
import { toast, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

const OUTDATED = {
  zh: '翻译之后，中文原文有改动：',
  en: 'The Chinese changed after this translation was written: ',
  ja: '翻訳した後に中国語の原文が変わりました：',
  ko: '번역한 뒤 중국어 원문이 바뀌었습니다: ',
} satisfies AdminLabel
const MISSING = { zh: '尚未翻译：', en: 'Not yet translated: ', ja: '未翻訳の項目：', ko: '아직 번역하지 않은 항목: ' } satisfies AdminLabel
const STILL_CORRECT = { zh: '译文仍然准确', en: 'Translation still correct', ja: '翻訳はこのままで正しい', ko: '번역은 그대로 정확함' } satisfies AdminLabel
const CONFIRMED = { zh: '已记录：译文仍然准确。', en: 'Recorded: the translation is still correct.', ja: '翻訳はこのままで正しいと記録しました。', ko: '번역이 그대로 정확하다고 기록했습니다.' } satisfies AdminLabel
const FAILED = { zh: '未能记录，请稍后再试。', en: 'Could not record it; please try again.', ja: '記録できませんでした。もう一度お試しください。', ko: '기록하지 못했습니다. 다시 시도해 주세요.' } satisfies AdminLabel

type Detail = { outdated: string[]; missing: string[] }
type ClientFieldLike = { name?: string; label?: unknown; fields?: ClientFieldLike[]; tabs?: ClientFieldLike[] }

/** The label of the field at `path` (`contact.name`), looking through rows, collapsibles and tabs. */
function findField(fields: ClientFieldLike[], [name, ...rest]: string[]): ClientFieldLike | undefined {
  for (const field of fields) {
    if (field.name === name) return rest.length ? findField(field.fields ?? field.tabs ?? [], rest) : field
    if (!field.name) {
      const found = findField([...(field.fields ?? []), ...(field.tabs ?? [])], [name, ...rest])
      if (found) return found
    }
  }
  return undefined
}

/**
 * In a content document's sidebar, in a language other than Chinese: which fields fell behind the Chinese
 * or are not translated yet, and a button by which an editor records that the translation still holds.
 */
export function TranslationCheck() {
  const { id, collectionSlug, data } = useDocumentInfo()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  const router = useRouter()
  const [isBusy, setIsBusy] = useState(false)
  const state = data?.translationState as (Record<string, unknown> & { details?: Record<string, Detail> }) | undefined
  const detail = state?.details?.[code]
  if (!id || !collectionSlug || code === DEFAULT_LOCALE || !detail) return null
  if (detail.outdated.length === 0 && detail.missing.length === 0) return null

  const fields = (getEntityConfig({ collectionSlug })?.fields ?? []) as ClientFieldLike[]
  const labelOf = (path: string) => {
    const label = findField(fields, path.split('.'))?.label
    return label ? getTranslation(label as Record<string, string>, i18n) : path
  }
  const separator = i18n.language === 'zh' || i18n.language === 'ja' ? '、' : ', '
  const confirm = async () => {
    setIsBusy(true)
    const response = await fetch(`/api/${collectionSlug}/${id}/translation/${code}/confirm`, { method: 'POST', credentials: 'include' })
    setIsBusy(false)
    if (response.ok) {
      toast.success(inLanguage(CONFIRMED, i18n.language))
      router.refresh()
    } else {
      toast.error(inLanguage(FAILED, i18n.language))
    }
  }
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {detail.outdated.length > 0 && (
        <>
          <p style={{ margin: '0 0 0.5rem' }}>
            {inLanguage(OUTDATED, i18n.language)}
            {detail.outdated.map(labelOf).join(separator)}
          </p>
          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0 0 0.75rem' }} disabled={isBusy} onClick={confirm}>
            {inLanguage(STILL_CORRECT, i18n.language)}
          </button>
        </>
      )}
      {detail.missing.length > 0 && (
        <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>
          {inLanguage(MISSING, i18n.language)}
          {detail.missing.map(labelOf).join(separator)}
        </p>
      )}
    </div>
  )
}

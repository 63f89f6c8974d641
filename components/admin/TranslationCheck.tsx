'use client'

import { getTranslation } from '@payloadcms/translations'
import { toast, useConfig, useDocumentInfo, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { copySourceIntoForm, pathsToTranslate, useTranslationSource } from './translationSource'

const OUTDATED = {
  zh: '翻译之后，中文原文有改动：',
  en: 'The Chinese changed after this translation was written: ',
  ja: '翻訳した後に中国語の原文が変わりました：',
  ko: '번역한 뒤 중국어 원문이 바뀌었습니다: ',
} satisfies AdminLabel
const MISSING = { zh: '尚未翻译：', en: 'Not yet translated: ', ja: '未翻訳の項目：', ko: '아직 번역하지 않은 항목: ' } satisfies AdminLabel
const CURRENT = {
  zh: '译文与中文原文一致，已是最新。',
  en: 'Up to date with the Chinese.',
  ja: '中国語の原文に対して最新の翻訳です。',
  ko: '중국어 원문 기준으로 최신 번역입니다.',
} satisfies AdminLabel
const STILL_CORRECT = { zh: '译文仍然准确', en: 'Translation still correct', ja: '翻訳はこのままで正しい', ko: '번역은 그대로 정확함' } satisfies AdminLabel
const CONFIRMED = { zh: '已记录：译文仍然准确。', en: 'Recorded: the translation is still correct.', ja: '翻訳はこのままで正しいと記録しました。', ko: '번역이 그대로 정확하다고 기록했습니다.' } satisfies AdminLabel
const COPY_ALL = {
  zh: '将中文原文填入待译字段',
  en: 'Copy the Chinese into fields to translate',
  ja: '未翻訳・要更新の項目に原文をコピー',
  ko: '번역할 항목에 중국어 원문 복사',
} satisfies AdminLabel
const COPIED = {
  zh: '已填入中文原文，请译好后保存。',
  en: 'The Chinese is copied in: translate it, then save.',
  ja: '中国語の原文をコピーしました。翻訳してから保存してください。',
  ko: '중국어 원문을 복사했습니다. 번역한 뒤 저장하세요.',
} satisfies AdminLabel
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
 * In the sidebar of a content document or a global, in a language other than Chinese: that the translation is up to date, or
 * which fields fell behind the Chinese or are not translated yet, a button by which an editor records that the translation still holds, and one
 * that copies the Chinese into every field still to translate (into the form: the editor then saves).
 */
export function TranslationCheck() {
  const { id, collectionSlug, globalSlug, data } = useDocumentInfo()
  const { code } = useLocale()
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  const router = useRouter()
  const [isBusy, setIsBusy] = useState(false)
  const form = useForm()
  const source = useTranslationSource()
  const state = data?.translationState as (Record<string, unknown> & { details?: Record<string, Detail> }) | undefined
  const detail = state?.details?.[code]
  // A content document once created, or a global the portal shows (globals/publishedGlobal.ts).
  const endpoint = collectionSlug && id ? `/api/${collectionSlug}/${id}/translation` : globalSlug ? `/api/globals/${globalSlug}/translation` : null
  if (!endpoint || code === DEFAULT_LOCALE || !detail) return null
  if (detail.outdated.length === 0 && detail.missing.length === 0) {
    return (
      <p className="field-type" style={{ margin: '0 0 var(--base)', color: 'var(--theme-success-750)' }}>
        {inLanguage(CURRENT, i18n.language)}
      </p>
    )
  }

  const fields = ((collectionSlug ? getEntityConfig({ collectionSlug }) : getEntityConfig({ globalSlug }))?.fields ?? []) as ClientFieldLike[]
  const labelOf = (path: string) => {
    const label = findField(fields, path.split('.'))?.label
    return label ? getTranslation(label as Record<string, string>, i18n) : path
  }
  const separator = i18n.language === 'zh' || i18n.language === 'ja' ? '、' : ', '
  const confirm = async () => {
    setIsBusy(true)
    const response = await fetch(`${endpoint}/${code}/confirm`, { method: 'POST', credentials: 'include' })
    setIsBusy(false)
    if (response.ok) {
      toast.success(inLanguage(CONFIRMED, i18n.language))
      router.refresh()
    } else {
      toast.error(inLanguage(FAILED, i18n.language))
    }
  }
  const copyAll = () => {
    if (source && copySourceIntoForm(form, source, pathsToTranslate(form, source)) > 0) toast.success(inLanguage(COPIED, i18n.language))
  }
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      {detail.outdated.length > 0 && (
        <>
          <p style={{ margin: '0 0 0.5rem' }}>
            {inLanguage(OUTDATED, i18n.language)}
            {detail.outdated.map(labelOf).join(separator)}
          </p>
          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0 0.5rem 0.75rem 0' }} disabled={isBusy} onClick={confirm}>
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
      {source && (
        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0.75rem 0 0' }} onClick={copyAll}>
          {inLanguage(COPY_ALL, i18n.language)}
        </button>
      )}
    </div>
  )
}

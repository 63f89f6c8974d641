'use client'

import { FieldDescription, useForm, useTranslation } from '@payloadcms/ui'
import type { FieldDescriptionClientProps, StaticDescription } from 'payload'

import { type AdminLabel, inLanguage } from '@/lib/i18n/label'
import type { SourceField } from '@/lib/translation/sideBySide'
import { copySourceIntoForm, useTranslationSource } from './translationSource'
import './TranslationSource.css'

const SOURCE = { zh: '中文原文', en: 'Chinese source', ja: '中国語の原文', ko: '중국어 원문' } satisfies AdminLabel
const CHANGED = { zh: '翻译后有改动', en: 'Changed since translation', ja: '翻訳後に変更あり', ko: '번역 후 변경됨' } satisfies AdminLabel
const LEGEND = {
  zh: '有底色的是新增的文字，带删除线的是删去的文字。',
  en: 'Highlighted: added. Struck through: removed.',
  ja: '背景色付きは追加、取り消し線は削除された部分です。',
  ko: '배경색 표시는 추가, 취소선은 삭제된 부분입니다.',
} satisfies AdminLabel
const UNRECORDED = {
  zh: '翻译之后中文有改动，但当时的原文未留存，无法标出改动之处。',
  en: 'The Chinese changed after this translation; the earlier text was not kept, so the changes cannot be marked.',
  ja: '翻訳後に中国語が変更されましたが、当時の原文が残っていないため、変更箇所は表示できません。',
  ko: '번역 후 중국어가 바뀌었지만 당시 원문이 남아 있지 않아 바뀐 부분을 표시할 수 없습니다.',
} satisfies AdminLabel
const COPY = { zh: '复制原文', en: 'Copy from Chinese', ja: '原文をコピー', ko: '원문 복사' } satisfies AdminLabel

function SourceText({ field }: { field: SourceField }) {
  if (!field.changes) return <>{field.text}</>
  return (
    <>
      {field.changes.map((change, index) =>
        change.added ? <ins key={index}>{change.value}</ins> : change.removed ? <del key={index}>{change.value}</del> : <span key={index}>{change.value}</span>,
      )}
    </>
  )
}

/**
 * A localized text's Description slot (fields/translationSource.ts): in the edit screen of a translation, the
 * zh source beside the field, read-only, with what changed since the translation marked, and a button that
 * copies it into the field; then the field's own description.
 */
export function TranslationSourceDescription({ field, path }: FieldDescriptionClientProps) {
  const { i18n } = useTranslation()
  const form = useForm()
  const source = useTranslationSource()
  const sourceField = source?.fields[path]
  const description = (field.admin as { description?: StaticDescription } | undefined)?.description
  const isChanged = sourceField?.since === 'changed' || sourceField?.since === 'unrecorded'
  return (
    <>
      {sourceField && (
        <section className={`translation-source${isChanged ? ' translation-source--changed' : ''}`} lang="zh" aria-label={inLanguage(SOURCE, i18n.language)}>
          <div className="translation-source__head" lang={i18n.language}>
            <span>
              {inLanguage(SOURCE, i18n.language)}
              {isChanged && <strong className="translation-source__badge">{inLanguage(CHANGED, i18n.language)}</strong>}
            </span>
            <button type="button" className="translation-source__copy" onClick={() => source && copySourceIntoForm(form, source, [path])}>
              {inLanguage(COPY, i18n.language)}
            </button>
          </div>
          <p className="translation-source__text">
            <SourceText field={sourceField} />
          </p>
          {sourceField.since === 'changed' && (
            <p className="translation-source__note" lang={i18n.language}>
              {inLanguage(LEGEND, i18n.language)}
            </p>
          )}
          {sourceField.since === 'unrecorded' && (
            <p className="translation-source__note" lang={i18n.language}>
              {inLanguage(UNRECORDED, i18n.language)}
            </p>
          )}
        </section>
      )}
      <FieldDescription description={description} path={path} />
    </>
  )
}

'use client'

import {
  FieldLabel,
  TextareaInput,
  TextInput,
  useConfig,
  useDocumentInfo,
  useDocumentTitle,
  useField,
  useForm,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import { reduceToSerializableFields } from '@payloadcms/ui/shared'
import type { TextFieldClientProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useCallback } from 'react'

import { adminLocale, inLanguage } from '@/lib/i18n/label'
import { META_LENGTHS, type MetaField, metaLengthVerdict, metaTextWidth } from '@/lib/seo/metaLength'
import { TranslationSourceDescription } from '../TranslationSource'
import { AUTO_GENERATE, metaLengthCount, metaLengthTip, VERDICT_COLOURS, VERDICT_LABELS } from './metaLengthText'

type Props = TextFieldClientProps & { metaField: MetaField; hasGenerateFn?: boolean }

/**
 * The SEO plugin's meta title and description fields, measured by width (lib/seo/metaLength.ts) instead
 * of by character count: the same input, "auto-generate" link and verdict pill, in the admin's language.
 * The plugin's link to Google's advice is left out: the editors it is for cannot open it. In a translation,
 * the zh source follows, as under every other localized text (fields/translationSource.ts).
 */
export function MetaLengthField({ field, metaField, hasGenerateFn = false, readOnly }: Props) {
  const { label, localized, required } = field
  const { i18n } = useTranslation()
  const language = adminLocale(i18n.language)
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { customComponents: { AfterInput, BeforeInput, Label } = {}, errorMessage, path, setValue, showError, value } = useField<string>()
  const locale = useLocale()
  const { getData } = useForm()
  const docInfo = useDocumentInfo()
  const { title } = useDocumentTitle()

  const generate = useCallback(async () => {
    const response = await fetch(formatAdminURL({ apiRoute: api, path: `/plugin-seo/generate-${metaField}` }), {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: docInfo.id,
        collectionSlug: docInfo.collectionSlug,
        doc: getData(),
        docPermissions: docInfo.docPermissions,
        globalSlug: docInfo.globalSlug,
        hasPublishPermission: docInfo.hasPublishPermission,
        hasSavePermission: docInfo.hasSavePermission,
        initialData: docInfo.initialData,
        initialState: reduceToSerializableFields(docInfo.initialState ?? {}),
        locale: typeof locale === 'object' ? locale?.code : locale,
        title,
      }),
    })
    if (!response.ok) return
    const { result } = (await response.json()) as { result?: string }
    setValue(result || '')
  }, [api, metaField, docInfo, getData, locale, title, setValue])

  const text = value ?? ''
  const characters = Array.from(text).length
  const width = metaTextWidth(text)
  const verdict = metaLengthVerdict(text, metaField)
  const { minLength, maxLength } = META_LENGTHS[metaField]
  const filled = verdict === 'missing' ? 0 : width < minLength ? width / minLength : Math.min(1, (width - minLength) / (maxLength - minLength))
  const inputProps = { AfterInput, BeforeInput, Error: errorMessage, onChange: setValue, path, readOnly, required, showError, style: { marginBottom: 0 }, value: text }

  return (
    <div style={{ marginBottom: 20 }} data-testid={`meta-${metaField}`}>
      <div style={{ marginBottom: 5 }}>
        <div className="plugin-seo__field">
          {Label ?? <FieldLabel label={label} localized={localized} path={path} required={required} />}
          {hasGenerateFn && (
            <>
              {'  —  '}
              <button
                type="button"
                disabled={readOnly}
                onClick={() => void generate()}
                style={{ background: 'none', border: 'none', color: 'currentcolor', cursor: 'pointer', padding: 0, textDecoration: 'underline' }}
              >
                {inLanguage(AUTO_GENERATE, language)}
              </button>
            </>
          )}
        </div>
        <div style={{ color: 'var(--theme-elevation-500)' }}>{metaLengthTip(metaField, language)}</div>
      </div>
      <div style={{ marginBottom: 10 }}>
        {metaField === 'title' ? <TextInput {...inputProps} /> : <TextareaInput {...inputProps} />}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10, width: '100%' }}>
        <span
          data-testid={`meta-${metaField}-verdict`}
          data-verdict={verdict}
          style={{ flexShrink: 0, borderRadius: 2, padding: '2px 6px', lineHeight: 1.3, fontSize: 12, background: VERDICT_COLOURS[verdict], color: '#fff' }}
        >
          {inLanguage(VERDICT_LABELS[verdict], language)}
        </span>
        <small style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>{metaLengthCount(metaField, language, characters, width)}</small>
        <div style={{ position: 'relative', height: 2, width: '100%', background: 'var(--theme-elevation-100)' }}>
          <div style={{ position: 'absolute', inset: 0, width: `${filled * 100}%`, background: VERDICT_COLOURS[verdict] }} />
        </div>
      </div>
      <TranslationSourceDescription field={field} path={path} />
    </div>
  )
}

'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { adminLocale } from '@/lib/i18n/label'
import { metaLengthVerdict } from '@/lib/seo/metaLength'
import { metaChecksPassing } from './metaLengthText'

const asText = (value: unknown) => (typeof value === 'string' ? value : '')

/** The SEO group's summary line, counting title and description as MetaLengthField measures them, and an image. */
export function MetaOverview() {
  const { i18n } = useTranslation()
  const title = useFormFields(([fields]) => fields['meta.title']?.value)
  const description = useFormFields(([fields]) => fields['meta.description']?.value)
  const image = useFormFields(([fields]) => fields['meta.image']?.value)
  const checks = [metaLengthVerdict(asText(title), 'title') === 'good', metaLengthVerdict(asText(description), 'description') === 'good', Boolean(image)]
  return (
    <div style={{ marginBottom: 20 }} data-testid="meta-overview">
      {metaChecksPassing(adminLocale(i18n.language), checks.filter(Boolean).length, checks.length)}
    </div>
  )
}

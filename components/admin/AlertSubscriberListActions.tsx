'use client'

import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const EXPORT_CSV = { zh: '导出 CSV', en: 'Export CSV', ja: 'CSV を書き出す', ko: 'CSV 내보내기' } satisfies AdminLabel

/** Above the subscribers list: the CSV of the list exactly as it is filtered and sorted now. */
export function AlertSubscriberListActions() {
  const { i18n } = useTranslation()
  const searchParams = useSearchParams()
  const exportQuery = new URLSearchParams([...searchParams.entries()].filter(([key]) => key === 'sort' || key.startsWith('where')))
  return (
    <div style={{ display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/${COLLECTION_SLUGS.alertSubscribers}/export.csv?${exportQuery.toString()}`} download>
        {inLanguage(EXPORT_CSV, i18n.language)}
      </a>
    </div>
  )
}

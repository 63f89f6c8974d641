'use client'

import { useTranslation } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'

import { COLLECTION_SLUGS } from '@/collections/slugs'
import { overdueListUrl } from '@/lib/enquiries/overdue'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const SHOW_OVERDUE = { zh: '只看逾期', en: 'Overdue only', ja: '期限超過のみ', ko: '기한 초과만' } satisfies AdminLabel
const EXPORT_CSV = { zh: '导出 CSV', en: 'Export CSV', ja: 'CSV を書き出す', ko: 'CSV 내보내기' } satisfies AdminLabel

/**
 * Above the enquiries list: the overdue preset (as of the click) and the CSV of the list exactly as it is
 * filtered and sorted now.
 */
export function EnquiryListActions() {
  const { i18n } = useTranslation()
  const router = useRouter()
  const searchParams = useSearchParams()
  const exportQuery = new URLSearchParams([...searchParams.entries()].filter(([key]) => key === 'sort' || key.startsWith('where')))
  return (
    <div style={{ display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => router.push(overdueListUrl(new Date()))}>
        {inLanguage(SHOW_OVERDUE, i18n.language)}
      </button>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/${COLLECTION_SLUGS.enquiries}/export.csv?${exportQuery.toString()}`} download>
        {inLanguage(EXPORT_CSV, i18n.language)}
      </a>
    </div>
  )
}

'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useState } from 'react'

import { isOverdue } from '@/lib/enquiries/overdue'
import { type AdminLabel, inLanguage } from '@/lib/i18n/label'

const OVERDUE = { zh: '已逾期', en: 'Overdue', ja: '期限超過', ko: '기한 초과' } satisfies AdminLabel

/** The reply deadline in the enquiries list; an overdue one stands out in red with a word, not colour alone. */
export function DueAtCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const [now] = useState(() => new Date())
  if (!cellData) return null
  const dueAt = new Date(cellData as string)
  const formatted = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(dueAt)
  if (!isOverdue({ dueAt: dueAt.toISOString(), status: rowData.status as string }, now)) return <span>{formatted}</span>
  return (
    <span data-overdue="true" style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>
      {formatted} · {inLanguage(OVERDUE, i18n.language)}
    </span>
  )
}

'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useState } from 'react'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/** How long ago the enquiry arrived, in the admin's language: "3 days ago", "3日前". */
export function EnquiryAgeCell({ rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const [now] = useState(() => Date.now())
  if (typeof rowData.createdAt !== 'string') return null
  const ageMs = now - new Date(rowData.createdAt).getTime()
  const format = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' })
  const text = ageMs >= DAY_MS ? format.format(-Math.floor(ageMs / DAY_MS), 'day') : format.format(-Math.floor(ageMs / HOUR_MS), 'hour')
  return <span title={new Date(rowData.createdAt).toLocaleString(i18n.language)}>{text}</span>
}

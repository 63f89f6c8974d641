import { getNextRequestI18n } from '@payloadcms/next/utilities'
import { generatePageMetadata } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import type { SanitizedConfig } from 'payload'

import { ENQUIRY_REPORT_PATH } from '../enquiries/report'
import { reportText } from '../enquiries/reportText'
import { adminLocale } from '../i18n/label'
import type { Locale } from '../i18n/locales'
import { PUBLISHING_SCHEDULE_PATH } from '../jobs/publishingSchedule'
import { scheduleText } from '../jobs/scheduleText'
import { findBureauName } from '../seo/siteName'

/** Payload titles its own views in the admin's language; custom views it calls "Payload". */
const CUSTOM_VIEW_TITLES: Record<string, (language: Locale) => string> = {
  [ENQUIRY_REPORT_PATH]: (language) => reportText('title', language),
  [PUBLISHING_SCHEDULE_PATH]: (language) => scheduleText('title', language),
}

type Args = {
  config: Promise<SanitizedConfig>
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

/**
 * An admin page's metadata: Payload's, with the tab title ending in the bureau's name in the admin's
 * language ("ダッシュボード | 市北投資ガイド") instead of "- Payload", which `admin.meta.titleSuffix` can
 * only give in one language. The config is copied for this request, never changed.
 */
export async function adminPageMetadata({ config: configPromise, params, searchParams }: Args): Promise<Metadata> {
  const config = await configPromise
  const language = adminLocale((await getNextRequestI18n({ config })).language)
  const titleSuffix = `| ${await findBureauName(language)}`
  const branded: SanitizedConfig = { ...config, admin: { ...config.admin, meta: { ...config.admin.meta, titleSuffix } } }
  const metadata = await generatePageMetadata({ config: Promise.resolve(branded), params, searchParams })
  const customTitle = CUSTOM_VIEW_TITLES[`/${((await params).segments ?? []).join('/')}`]
  if (!customTitle) return metadata
  const title = `${customTitle(language)} ${titleSuffix}`
  return { ...metadata, title, openGraph: { ...metadata.openGraph, title } }
}

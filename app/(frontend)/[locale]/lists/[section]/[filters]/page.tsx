import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SectionList, sectionListMetadata } from '@/components/pages/SectionListPage'
import { isLocale } from '@/lib/i18n/locales'
import { listParamsOf } from '@/lib/lists/cachedListPath'
import { isSection } from '@/lib/sections'

type Props = { params: Promise<{ locale: string; section: string; filters: string }> }

/** Rendered on first request, then served from the page cache until staff publish (see lib/lists/cachedListPath.ts). */
export function generateStaticParams() {
  return []
}

async function resolve(params: Props['params']) {
  const { locale, section, filters } = await params
  if (!isLocale(locale) || !isSection(section)) notFound()
  return { locale, section, searchParams: listParamsOf(filters) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, searchParams } = await resolve(params)
  return sectionListMetadata(locale, section, searchParams)
}

export default async function CachedListPage({ params }: Props) {
  const { locale, section, searchParams } = await resolve(params)
  return <SectionList locale={locale} section={section} searchParams={searchParams} />
}

import type { Metadata } from 'next'

import { resolveListRoute, SectionList, sectionListMetadata } from '@/components/pages/SectionListPage'
import { listParamsOf } from '@/lib/lists/listParams'

type Props = { params: Promise<{ locale: string; section: string; filters: string }> }

/** Rendered on first request, then served from the page cache until staff publish (see lib/lists/listRoutes.mjs). */
export function generateStaticParams() {
  return []
}

async function resolve(params: Props['params']) {
  const { locale, section, filters } = await resolveListRoute(params)
  return { locale, section, searchParams: listParamsOf(filters) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, searchParams } = await resolve(params)
  return sectionListMetadata(locale, section, searchParams)
}

export default async function CachedListPage({ params }: Props) {
  const { locale, section, searchParams } = await resolve(params)
  return <SectionList locale={locale} section={section} searchParams={searchParams} isCachedCombination />
}

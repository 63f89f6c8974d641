import type { Metadata } from 'next'

import { resolveListRoute, SectionList, sectionListMetadata } from '@/components/pages/SectionListPage'
import type { SearchParams } from '@/lib/sections/filters'

type Props = { params: Promise<{ locale: string; section: string }>; searchParams: Promise<SearchParams> }

// Lists filtered by what a visitor typed (`q`, amounts), which the rewrites send here: rendered per
// request and cached neither as pages nor as data (see lib/lists/listRoutes.mjs).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, section } = await resolveListRoute(params)
  return sectionListMetadata(locale, section, await searchParams)
}

export default async function TypedListPage({ params, searchParams }: Props) {
  const { locale, section } = await resolveListRoute(params)
  return <SectionList locale={locale} section={section} searchParams={await searchParams} />
}

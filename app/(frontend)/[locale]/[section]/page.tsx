import type { Metadata } from 'next'

import { resolveListRoute, SectionList, sectionListMetadata } from '@/components/pages/SectionListPage'

type Props = { params: Promise<{ locale: string; section: string }> }

/**
 * Every section's list without filters (`/{locale}/projects`…), one route for all the registry's sections
 * (lib/sections): rendered on its first visit, then served from the page cache until staff publish.
 * Filtered lists reach the internal routes by rewrites (lib/lists/listRoutes.mjs).
 */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await resolveListRoute(params)
  return sectionListMetadata(locale, section, {})
}

export default async function SectionListRoute({ params }: Props) {
  const { locale, section } = await resolveListRoute(params)
  return <SectionList locale={locale} section={section} searchParams={{}} />
}

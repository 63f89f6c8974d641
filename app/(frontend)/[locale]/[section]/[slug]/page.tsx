import type { Metadata } from 'next'

import { sectionDocumentPage } from '@/components/pages/DocumentPage'

type Props = { params: Promise<{ locale: string; section: string; slug: string }> }

/**
 * Every section's detail page (`/{locale}/projects/{slug}`…), one route for all the registry's sections:
 * rendered on its first visit, then served from the page cache until staff publish.
 */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, params: documentParams } = await sectionDocumentPage(params)
  return page.generateMetadata({ params: documentParams })
}

export default async function SectionDocumentRoute({ params }: Props) {
  const { page, params: documentParams } = await sectionDocumentPage(params)
  const { Page } = page
  return <Page params={documentParams} />
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { sectionDocumentPage } from '@/components/pages/DocumentPage'
import { RMB_ONLY } from '@/lib/currency/currencyRoutes.mjs'
import { isReaderCurrency } from '@/lib/currency/readerCurrencies'

type Props = { params: Promise<{ locale: string; currency: string; section: string; slug: string }> }

/**
 * A detail page in the currency a reader chose without JavaScript (`?currency=EUR`, by the rewrite of
 * lib/currency/currencyRoutes.mjs): rendered on its first request, then served from the page cache until
 * staff publish, one page per currency of the portal's list; any other code is not found.
 */
export function generateStaticParams() {
  return []
}

async function pageOf(params: Props['params']) {
  const { currency } = await params
  if (!(currency === RMB_ONLY || isReaderCurrency(currency))) notFound()
  return sectionDocumentPage(params, currency)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, params: documentParams } = await pageOf(params)
  return page.generateMetadata({ params: documentParams })
}

export default async function DocumentInCurrencyPage({ params }: Props) {
  const { page, params: documentParams } = await pageOf(params)
  const { Page } = page
  return <Page params={documentParams} />
}

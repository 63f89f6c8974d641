import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { HomePage, homeMetadata } from '@/components/home/HomePage'
import { isLocale } from '@/lib/i18n/locales'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? homeMetadata(locale) : {}
}

export default async function Page({ params }: Props) {
  const { locale } = await params
  // A request such as /favicon.ico reaches this route too; the layout answers 404, and so does the page.
  if (!isLocale(locale)) notFound()
  return <HomePage locale={locale} />
}

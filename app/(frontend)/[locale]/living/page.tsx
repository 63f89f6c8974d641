import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EnquiryBand } from '@/components/enquiry/EnquiryBand'
import { KeyFigures } from '@/components/KeyFigures'
import { findBureauContact } from '@/lib/data/bureauContact'
import { findLiving } from '@/lib/data/living'
import { formatDate } from '@/lib/format/numbers'
import { isLocale } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'living' }), findSiteName(locale)])
  return pageMetadata({ locale, path: '/living', title: t('title'), description: t('description'), siteName })
}

/**
 * What an investor's staff ask before they move: schools and childcare, hospitals, culture and sport, jobs.
 * Each topic is the bureau's text with its figures (year and source shown), as staff publish it in the
 * admin; a topic staff have not written is simply not there.
 */
export default async function LivingPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const [t, tDetail, living, bureau] = await Promise.all([
    getTranslations({ locale, namespace: 'living' }),
    getTranslations({ locale, namespace: 'detail' }),
    findLiving(locale),
    findBureauContact(locale),
  ])
  return (
    <div className="pb-8">
      <article className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-sea-900 sm:text-4xl">{t('title')}</h1>
        <p className="mt-4 text-lg leading-relaxed text-ink-muted">{living.intro ?? t('lead')}</p>
        {living.updatedAt ? (
          <p className="mt-2 text-sm text-ink-muted" data-updated>
            {tDetail('updatedOn', { date: formatDate(living.updatedAt, locale) })}
          </p>
        ) : null}
        {living.topics.length === 0 ? <p className="mt-8 text-ink-muted">{t('empty')}</p> : null}
        <div className="mt-10 space-y-12">
          {living.topics.map((topic) => (
            <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="space-y-4">
              <h2 id={`topic-${topic.id}`} className="text-2xl font-bold leading-snug tracking-tight text-sea-900">
                {topic.heading}
              </h2>
              {topic.body ? <p className="max-w-3xl text-base leading-relaxed text-ink">{topic.body}</p> : null}
              <KeyFigures figures={topic.figures} locale={locale} />
            </section>
          ))}
        </div>
      </article>
      <EnquiryBand bureau={bureau} locale={locale} />
    </div>
  )
}

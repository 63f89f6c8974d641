import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { findReplyBusinessDays, findSite, type SiteSummary } from '@/lib/data/site'
import { PRIVACY_NOTICE_VERSION } from '@/lib/enquiries/privacyNotice'
import { formatDate } from '@/lib/format/numbers'
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'
import { BureauContactLines } from './BureauContactLines'

/** The four pages that say who runs the portal and how to reach them, each under `/{locale}/{page}`. */
export const BUREAU_PAGES = ['about', 'contact', 'privacy', 'accessibility'] as const
export type BureauPage = (typeof BUREAU_PAGES)[number]

type Props = { params: Promise<{ locale: string }> }
type Section = { title: string; body: string[] }

/** The name the bureau's pages use: the bureau's own where staff entered it, else the portal's. */
export function bureauNameOf(site: SiteSummary, siteName: string): string {
  return site.bureauName ?? siteName
}

const headingClass = 'text-3xl font-bold leading-tight tracking-tight text-sea-900 sm:text-4xl'
const linkClass = 'font-semibold text-sea-700 underline underline-offset-2 hover:text-sea-900'

function Frame({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <article className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className={headingClass}>{title}</h1>
      {lead}
      <div className="mt-8 space-y-8 text-base leading-relaxed text-ink">{children}</div>
    </article>
  )
}

function Sections({ sections, values }: { sections: Section[]; values: Record<string, string> }) {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
  return sections.map((section) => (
    <section key={section.title}>
      <h2 className="text-xl font-semibold leading-snug text-sea-900">{section.title}</h2>
      {section.body.map((paragraph) => (
        <p key={paragraph} className="mt-2">
          {fill(paragraph)}
        </p>
      ))}
    </section>
  ))
}

/** `generateMetadata` and the page component of one bureau page. */
export function bureauPage(page: BureauPage) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale } = await params
    if (!isLocale(locale)) return {}
    const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: `bureau.${page}` }), findSiteName(locale)])
    return pageMetadata({ locale, path: `/${page}`, title: t('metaTitle'), description: t('description'), siteName })
  }

  async function Page({ params }: Props) {
    const { locale } = await params
    if (!isLocale(locale)) notFound()
    setRequestLocale(locale)
    const [site, siteName, days, t] = await Promise.all([findSite(locale), findSiteName(locale), findReplyBusinessDays(), getTranslations({ locale, namespace: 'bureau' })])
    const context = { locale, site, name: bureauNameOf(site, siteName), district: site.district ?? t('districtFallback'), days }
    if (page === 'about') return <About {...context} />
    if (page === 'contact') return <Contact {...context} />
    if (page === 'privacy') return <Privacy {...context} />
    return <Accessibility {...context} />
  }

  return { generateMetadata, Page }
}

type Context = { locale: Locale; site: SiteSummary; name: string; district: string; days: number }

async function About({ locale, site, name, district, days }: Context) {
  const t = await getTranslations({ locale, namespace: 'bureau.about' })
  return (
    <Frame title={t('title')} lead={<p className="mt-4 text-lg leading-relaxed text-ink-muted">{t('intro', { name, district })}</p>}>
      <section>
        <h2 className="text-xl font-semibold leading-snug text-sea-900">{t('whatTitle')}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {(t.raw('what') as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-semibold leading-snug text-sea-900">{t('promiseTitle')}</h2>
        <p className="mt-2">{t('promise', { days })}</p>
      </section>
      {site.footerNote ? (
        <section>
          <h2 className="text-xl font-semibold leading-snug text-sea-900">{t('sourcesTitle')}</h2>
          <p className="mt-2">{site.footerNote}</p>
        </section>
      ) : null}
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <a href={`/${locale}/contact`} className={linkClass}>
          {t('contactLink')}
        </a>
        <a href={`/${locale}/enquire`} className={linkClass}>
          {t('enquireLink')}
        </a>
      </p>
    </Frame>
  )
}

async function Contact({ locale, site, name, days }: Context) {
  const t = await getTranslations({ locale, namespace: 'bureau.contact' })
  const hasDetails = Boolean(site.address || site.contact.phone || site.contact.email || site.officeHours || site.mapUrl)
  return (
    <Frame title={t('title')} lead={<p className="mt-4 text-lg leading-relaxed text-ink-muted">{t('intro')}</p>}>
      <section aria-labelledby="contact-form" className="rounded-lg bg-sea-50 p-5">
        <h2 id="contact-form" className="text-xl font-semibold leading-snug text-sea-900">
          {t('formTitle')}
        </h2>
        <p className="mt-2">{t('formText')}</p>
        <p className="mt-2 font-semibold">{t('promise', { days })}</p>
        <a href={`/${locale}/enquire`} className="mt-4 inline-block rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900">
          {t('formLink')}
        </a>
      </section>
      <section aria-labelledby="contact-details">
        <h2 id="contact-details" className="text-xl font-semibold leading-snug text-sea-900">
          {t('detailsTitle')}
        </h2>
        <p className="mt-2 font-semibold">{name}</p>
        {hasDetails ? <BureauContactLines site={site} locale={locale} className="mt-2 space-y-1" /> : <p className="mt-2 text-ink-muted">{t('noDetails')}</p>}
      </section>
    </Frame>
  )
}

async function Privacy({ locale, name, district }: Context) {
  const t = await getTranslations({ locale, namespace: 'bureau.privacy' })
  const version = formatDate(PRIVACY_NOTICE_VERSION, locale)
  return (
    <Frame
      title={t('title')}
      lead={
        <p className="mt-3 text-sm text-ink-muted">
          <time dateTime={PRIVACY_NOTICE_VERSION}>{t('version', { date: version })}</time>
        </p>
      }
    >
      <Sections sections={t.raw('sections') as Section[]} values={{ name, district }} />
      <p className="text-ink-muted">{t('changes')}</p>
    </Frame>
  )
}

async function Accessibility({ locale }: Context) {
  const t = await getTranslations({ locale, namespace: 'bureau.accessibility' })
  return (
    <Frame title={t('title')}>
      <Sections sections={t.raw('sections') as Section[]} values={{}} />
      <p>
        <a href={`/${locale}/enquire`} className={linkClass}>
          {t('reportLink')}
        </a>
      </p>
    </Frame>
  )
}

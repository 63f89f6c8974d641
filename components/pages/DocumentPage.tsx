import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { FigureCharts } from '@/components/charts/FigureCharts'
import { CurrencyPanel } from '@/components/currency/CurrencyPanel'
import { EnquiryCard } from '@/components/detail/EnquiryCard'
import { RelatedCards } from '@/components/detail/RelatedCards'
import { FallbackNotice } from '@/components/FallbackNotice'
import { KeyFigures } from '@/components/KeyFigures'
import { formatDate } from '@/lib/format/numbers'
import { hasMarkedConversion } from '@/lib/currency/marked'
import { PortalRichText } from '@/components/PortalRichText'
import { ShortlistToggle } from '@/components/shortlist/ShortlistToggle'
import { Unbroken } from '@/components/Unbroken'
import { JsonLd } from '@/components/seo/JsonLd'
import { findBureauContact, reachableContact } from '@/lib/data/bureauContact'
import { findDocumentBySlug, imageSummary } from '@/lib/data/content'
import { type CurrencyChoice, findPageRate } from '@/lib/data/exchangeRate'
import type { WithFallback } from '@/lib/data/localizedDocument'
import { findRelatedGroups } from '@/lib/data/related'
import { findPublishedLocales } from '@/lib/data/sitemap'
import { enquiryHref } from '@/lib/enquiries/link'
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales'
import { imageProps } from '@/lib/media/imageProps'
import { isSection, type Section, type SectionDocument, SECTIONS } from '@/lib/sections'
import type { Translate } from '@/lib/sections/types'
import { documentMetadata, documentNewsArticle } from '@/lib/seo/documentSeo'
import { findSiteName } from '@/lib/seo/siteName'

type Props = { params: Promise<{ locale: string; slug: string }> }

async function load<S extends Section>(params: Props['params'], section: S) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const doc: WithFallback<SectionDocument<S>> | null = await findDocumentBySlug({ collection: SECTIONS[section].collection, slug, locale })
  if (!doc) notFound()
  return { locale, doc }
}

/**
 * The detail page of one section's documents (`/{locale}/projects/{slug}`…), its amounts in the locale's
 * default currency, or in the one a reader chose without JavaScript (`?currency=EUR`, lib/currency/currencyRoutes.mjs).
 */
export function documentPage<S extends Section>(section: S, currency: CurrencyChoice | null = null) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const { locale, doc } = await load(params, section)
    const [siteName, publishedLocales] = await Promise.all([findSiteName(locale), findPublishedLocales(SECTIONS[section].collection, doc.slug ?? '')])
    return documentMetadata({ doc, section, locale, siteName, publishedLocales })
  }
  async function Page({ params }: Props) {
    const { locale, doc } = await load(params, section)
    const newsArticle = section === 'news' ? documentNewsArticle({ doc, section, locale, siteName: await findSiteName(locale) }) : null
    return (
      <>
        {newsArticle ? <JsonLd data={newsArticle} /> : null}
        <DocumentView locale={locale} section={section} doc={doc} currency={currency} />
      </>
    )
  }
  return { Page, generateMetadata }
}

/**
 * The detail page of the section a route names (`[section]` in its path), with the params it reads;
 * not found for a segment that names no section.
 */
export async function sectionDocumentPage<P extends { locale: string; section: string; slug: string }>(params: Promise<P>, currency: CurrencyChoice | null = null) {
  const { section, locale, slug } = await params
  if (!isSection(section)) notFound()
  return { page: documentPage(section, currency), params: Promise.resolve({ locale, slug }) }
}

type DocumentViewProps<S extends Section> = { locale: Locale; section: S; doc: WithFallback<SectionDocument<S>>; currency: CurrencyChoice | null }

async function DocumentView<S extends Section>({ locale, section, doc: sectionDoc, currency }: DocumentViewProps<S>) {
  setRequestLocale(locale)
  const t = await getTranslations({ locale })
  const [related, bureau, pageRate] = await Promise.all([findRelatedGroups(section, sectionDoc, locale), findBureauContact(locale), findPageRate(locale, currency)])
  const translate: Translate = (key, values) => t(key, values)
  const facts = SECTIONS[section].facts(sectionDoc, { locale, t: translate, rate: pageRate })
  // The parts of the page below are the same for every section; each shows what its document has.
  const doc: WithFallback<SectionDocument> = sectionDoc
  const hero = imageSummary(doc.heroImage, 'hero')
  const langOf = (field: string) => (doc.fallbackFields.includes(field) ? DEFAULT_LOCALE : undefined)
  const name: Section = section
  // A project that already operates offers to tell more about it, not terms and incentives.
  const isOperating = 'stage' in doc && doc.stage === 'operating'
  const enquireHref = enquiryHref(locale, { section, slug: doc.slug ?? '' })
  // The rate's source and the reader's choice of currency stand under the first amounts in yuan: the facts', or the key figures'.
  const hasYuanFacts = facts.some((fact) => hasMarkedConversion(fact.value))
  const hasYuanFigures = 'keyFigures' in doc && Boolean(doc.keyFigures?.some((figure) => figure.currency === 'CNY'))

  return (
    <article className="pb-10">
      <div className="relative isolate overflow-hidden bg-sea-900">
        {/* At 30% even a white photograph keeps the light texts above it at 4.5:1 or better on the sea blue. */}
        {hero ? (
          // eslint-disable-next-line @next/next/no-img-element -- server-rendered on purpose (lib/media/imageProps.ts)
          <img
            {...imageProps(
              { src: hero.url, alt: hero.alt, fill: true, sizes: '100vw', loading: 'eager', fetchPriority: 'high', className: '-z-10 object-cover opacity-30' },
              hero.width,
            )}
            alt={hero.alt}
          />
        ) : null}
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          <a href={`/${locale}/${section}`} className="-my-2 inline-block py-2 text-sm font-medium text-sea-100 hover:text-white">
            ← {t('detail.backTo', { name, section: t(`sections.${name}.title`) })}
          </a>
          <h1 lang={langOf('title')} className="mt-4 max-w-4xl text-3xl font-bold tracking-tight text-white sm:text-5xl">
            {doc.title}
          </h1>
          {doc.summary ? (
            <p lang={langOf('summary')} className="mt-5 max-w-3xl text-lg leading-relaxed text-sea-50">
              {doc.summary}
            </p>
          ) : null}
          {doc.publishedAt ? (
            <p className="mt-4 text-sm text-sea-100">{t('detail.updatedOn', { date: formatDate(doc.publishedAt, locale) })}</p>
          ) : null}
          <a
            href={enquireHref}
            className="mt-8 inline-flex min-h-12 items-center justify-center rounded-full bg-white px-6 py-3 text-base font-semibold text-sea-900 shadow-sm transition hover:bg-sea-50 focus-visible:outline-white"
          >
            {t(section === 'projects' ? 'pages.enquireAboutProject' : 'pages.enquireAbout')} →
          </a>
          <a
            href={`/${locale}/${section}/${doc.slug ?? ''}/factsheet.pdf`}
            type="application/pdf"
            className="mt-3 inline-flex min-h-12 items-center gap-1.5 rounded-full border border-white px-6 py-3 text-base font-semibold text-white transition hover:bg-white/10 focus-visible:outline-white sm:mt-8 sm:ml-3"
            data-factsheet-link
          >
            {t('factsheet.download')}
          </a>
          <ShortlistToggle
            locale={locale}
            section={section}
            slug={doc.slug ?? ''}
            title={doc.title}
            isTitleFallback={doc.fallbackFields.includes('title')}
            className="mt-3 inline-flex min-h-12 items-center gap-1.5 rounded-full border border-white sm:mt-8 sm:ml-3 px-6 py-3 text-base font-semibold text-white transition hover:bg-white/10 focus-visible:outline-white aria-pressed:bg-white aria-pressed:text-sea-900"
          />
        </div>
      </div>

      {/* On a phone the key facts come first; on a wide screen they stand beside the text. */}
      <div className="mx-auto grid max-w-6xl gap-8 px-4 pt-10 sm:px-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_auto_1fr] lg:gap-x-10 lg:gap-y-6">
        {facts.length > 0 ? (
          <section className="self-start rounded-xl border border-line bg-sand p-5 lg:col-start-2 lg:row-start-1">
            <h2 className="text-lg font-bold text-sea-900">{t('facts.title')}</h2>
            <dl className="mt-3 space-y-3 text-sm">
              {facts.map((fact) => (
                <div key={fact.labelKey}>
                  <dt className="text-ink-muted">{t(fact.labelKey)}</dt>
                  <dd className="font-medium text-ink">
                    {fact.href ? (
                      <a href={fact.href} className="text-sea-700 underline">
                        <Unbroken text={fact.value} />
                      </a>
                    ) : (
                      <Unbroken text={fact.value} />
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            {pageRate && hasYuanFacts ? <CurrencyPanel locale={locale} pageRate={pageRate} className="mt-4" /> : null}
          </section>
        ) : null}
        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-span-3 lg:row-start-1">
          {doc.fallbackFields.length > 0 ? <FallbackNotice locale={locale} /> : null}
          {'keyFigures' in doc && doc.keyFigures?.length ? (
            <section aria-labelledby="key-figures-title" className="space-y-4">
              <h2 id="key-figures-title" className="text-2xl font-bold text-sea-900">
                {t('facts.keyFigures')}
              </h2>
              <KeyFigures figures={doc.keyFigures} locale={locale} currency={currency} />
              {pageRate && hasYuanFigures && !hasYuanFacts ? <CurrencyPanel locale={locale} pageRate={pageRate} className="max-w-sm" /> : null}
              <FigureCharts figures={doc.keyFigures} locale={locale} />
            </section>
          ) : null}
          <PortalRichText data={doc.body} lang={langOf('body')} />
          {'advantages' in doc && doc.advantages?.length ? (
            <section className="space-y-3">
              <h2 className="text-2xl font-bold text-sea-900">{t('facts.advantages')}</h2>
              <ul className="list-disc space-y-1 pl-6">
                {doc.advantages.map((advantage, index) => (
                  <li key={advantage.id ?? index}>{advantage.text}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {'keyEnterprises' in doc && doc.keyEnterprises?.length ? (
            <section className="space-y-3">
              <h2 className="text-2xl font-bold text-sea-900">{t('facts.keyEnterprises')}</h2>
              <ul className="grid gap-3 sm:grid-cols-2">
                {doc.keyEnterprises.map((enterprise, index) => (
                  <li key={enterprise.id ?? index} className="rounded-lg border border-line p-4">
                    <p className="font-semibold text-ink">{enterprise.name}</p>
                    {enterprise.note ? <p className="mt-1 text-sm text-ink-muted">{enterprise.note}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {'eligibility' in doc && doc.eligibility ? (
            <section className="space-y-2">
              <h2 className="text-xl font-bold text-sea-900">{t('facts.eligibility')}</h2>
              <p className="whitespace-pre-line">{doc.eligibility}</p>
            </section>
          ) : null}
          {'howToApply' in doc && doc.howToApply ? (
            <section className="space-y-2">
              <h2 className="text-xl font-bold text-sea-900">{t('facts.howToApply')}</h2>
              <p className="whitespace-pre-line">{doc.howToApply}</p>
            </section>
          ) : null}
        </div>

        <EnquiryCard
          className="self-start lg:col-start-2 lg:row-start-2"
          href={enquireHref}
          locale={locale}
          contact={reachableContact('contact' in doc ? doc.contact : null)}
          bureau={bureau}
          isOperating={isOperating}
          isProject={section === 'projects'}
        />
      </div>

      <div className="mx-auto mt-12 max-w-6xl space-y-12 px-4 sm:px-6">
        {related.map((group) => (
          <RelatedCards key={group.titleKey} titleKey={group.titleKey} cards={group.cards} locale={locale} currency={currency} />
        ))}
      </div>
    </article>
  )
}

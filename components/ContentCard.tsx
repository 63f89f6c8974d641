import { getTranslations } from 'next-intl/server'

import { ShortlistToggle } from '@/components/shortlist/ShortlistToggle'
import { Unbroken } from '@/components/Unbroken'
import { optionLabel } from '@/lib/constants/optionLabels'
import type { Card } from '@/lib/data/cards'
import { type CurrencyChoice, findPageRate } from '@/lib/data/exchangeRate'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { imageProps } from '@/lib/media/imageProps'
import { cardFactsOf, type Section, SECTIONS } from '@/lib/sections'

type Props = {
  card: Card
  section: Section
  locale: Locale
  /** 2 where the cards sit right under the page's title (a list page), 3 under a section heading. */
  headingLevel?: 2 | 3
  /** The currency the page's amounts are in, where the address names one; the locale's default otherwise. */
  currency?: CurrencyChoice | null
}

/**
 * One item of a list, all one link: picture, badge (stage, type, category), title, the facts that decide a
 * click (amount, area, date: the section's `card` in lib/sections) and summary, and the "Shortlist" button
 * of a section compared.
 */
export async function ContentCard({ card, section, locale, headingLevel = 3, currency = null }: Props) {
  const [t, rate] = await Promise.all([getTranslations({ locale }), findPageRate(locale, currency)])
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const lang = card.isFallback ? DEFAULT_LOCALE : undefined
  const badgeLabels = SECTIONS[section].badge?.labels
  const badge = badgeLabels ? optionLabel(badgeLabels, card.badge, locale) : null
  const facts = cardFactsOf(section, card.fields, { locale, t: (key, values) => t(key, values), rate })
  // Its classes are in globals.css (`.card…`): a list repeats it a dozen times.
  return (
    <li className="card">
      {card.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- server-rendered on purpose (lib/media/imageProps.ts)
        <img
          {...imageProps(
            {
              src: card.image.url,
              alt: '',
              width: card.image.width ?? 768,
              height: card.image.height ?? 512,
              sizes: '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw',
              className: 'card-image',
            },
            card.image.width,
          )}
          alt=""
        />
      ) : (
        <div aria-hidden="true" className="card-placeholder" />
      )}
      <div className="card-body">
        {badge ? <p className="card-badge">{badge}</p> : null}
        <Heading lang={lang} className="card-title">
          <a href={`/${locale}/${section}/${card.slug}`} className="card-link">
            {card.title}
          </a>
        </Heading>
        {facts.length > 0 ? (
          <dl className="card-facts" data-card-facts>
            {facts.map((fact) => (
              <div key={fact.labelKey} className="card-fact">
                <dt className="card-fact-label">{t(fact.labelKey)}</dt>
                <dd className="card-fact-value">
                  <Unbroken text={fact.value} />
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
        {card.summary ? (
          <p lang={lang} className="card-summary">
            {card.summary}
          </p>
        ) : null}
        <ShortlistToggle locale={locale} section={section} slug={card.slug} title={card.title} isTitleFallback={card.isFallback} className="card-shortlist" />
      </div>
    </li>
  )
}

import { ShortlistToggle } from '@/components/shortlist/ShortlistToggle'
import type { Card } from '@/lib/data/cards'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { imageProps } from '@/lib/media/imageProps'
import type { Section } from '@/lib/sections'

type Props = {
  card: Card
  section: Section
  locale: Locale
  badge?: string | null
  /** 2 where the cards sit right under the page's title (a list page), 3 under a section heading. */
  headingLevel?: 2 | 3
}

/** One item of a list: picture, badge, title and summary, all one link, and the "Shortlist" button of a section compared. */
export function ContentCard({ card, section, locale, badge, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const lang = card.isFallback ? DEFAULT_LOCALE : undefined
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

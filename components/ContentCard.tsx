import type { Card } from '@/lib/data/cards'
import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { imageProps } from '@/lib/media/imageProps'

type Props = {
  card: Card
  href: string
  badge?: string | null
  /** 2 where the cards sit right under the page's title (a list page), 3 under a section heading. */
  headingLevel?: 2 | 3
}

/** One item of a list: picture, badge, title and summary, all one link. */
export function ContentCard({ card, href, badge, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const lang = card.isFallback ? DEFAULT_LOCALE : undefined
  // The title's link covers the whole card, so the keyboard focus ring goes round the card.
  return (
    <li className="group relative flex flex-col overflow-hidden rounded-xl border border-line bg-paper shadow-sm transition hover:shadow-md has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-sea-500">
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
              className: 'aspect-[3/2] w-full object-cover',
            },
            card.image.width,
          )}
          alt=""
        />
      ) : (
        <div aria-hidden="true" className="aspect-[3/2] w-full bg-gradient-to-br from-sea-100 to-sea-200" />
      )}
      <div className="flex flex-1 flex-col gap-2 p-5">
        {badge ? <p className="text-xs font-semibold tracking-wide text-sea-600 uppercase">{badge}</p> : null}
        <Heading lang={lang} className="text-lg leading-snug font-semibold text-sea-900">
          <a href={href} className="after:absolute after:inset-0 focus-visible:outline-none">
            {card.title}
          </a>
        </Heading>
        {card.summary ? (
          <p lang={lang} className="line-clamp-3 text-sm leading-relaxed text-ink-muted">
            {card.summary}
          </p>
        ) : null}
      </div>
    </li>
  )
}

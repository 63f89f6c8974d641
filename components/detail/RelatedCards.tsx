import { getTranslations } from 'next-intl/server'

import { ContentCard } from '@/components/ContentCard'
import type { Card } from '@/lib/data/cards'
import type { CurrencyChoice } from '@/lib/data/exchangeRate'
import type { Locale } from '@/lib/i18n/locales'
import type { MessageKey } from '@/lib/i18n/messages'
import type { Section } from '@/lib/sections'

type Props = { titleKey: MessageKey; cards: { card: Card; section: Section }[]; locale: Locale; currency?: CurrencyChoice | null }

export async function RelatedCards({ titleKey, cards, locale, currency = null }: Props) {
  if (cards.length === 0) return null
  const t = await getTranslations({ locale })
  return (
    <section className="space-y-4">
      <h2 className="text-2xl font-bold text-sea-900">{t(titleKey)}</h2>
      <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map(({ card, section }) => (
          <ContentCard key={`${section}-${card.id}`} card={card} section={section} locale={locale} currency={currency} />
        ))}
      </ul>
    </section>
  )
}

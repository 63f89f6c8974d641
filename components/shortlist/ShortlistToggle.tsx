import { getTranslations } from 'next-intl/server'

import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import type { Section } from '@/lib/sections'
import { compareHref, isComparable, itemKey } from '@/lib/sections/compare'
import { ShortlistButton } from './ShortlistButton'

type Props = { locale: Locale; section: Section; slug: string; title: string; isTitleFallback?: boolean; className: string }

/** The "Shortlist" button of a document whose section the registry marks comparable; nothing for the others. */
export async function ShortlistToggle({ locale, section, slug, title, isTitleFallback = false, className }: Props) {
  if (!isComparable(section)) return null
  const t = await getTranslations({ locale, namespace: 'shortlist' })
  const key = itemKey({ section, slug })
  return (
    <ShortlistButton
      itemKey={key}
      title={title}
      titleLang={isTitleFallback ? DEFAULT_LOCALE : undefined}
      pageLang={locale}
      label={t('add')}
      compareLabel={t('compareOne')}
      compareHref={compareHref(locale, [key])}
      className={className}
    />
  )
}

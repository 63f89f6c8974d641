import { createTranslator } from 'next-intl'

import type { Locale } from './locales'

/** Messages in `locale` outside a page render (server actions' services, e-mails, tests). */
export async function translatorFor(locale: Locale) {
  const messages = (await import(`../../messages/${locale}.json`)).default
  return createTranslator({ locale, messages })
}

import { createTranslator } from 'next-intl'

import type { Locale } from './locales'
import { MESSAGES } from './messages'

/** Messages in `locale` outside a page render (server actions' services, e-mails, tests). */
export async function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale] })
}

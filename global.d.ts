import type { Locale } from './lib/i18n/locales'
import type { Messages } from './lib/i18n/messages'

// next-intl checks every message key and locale against these: a key missing from the messages fails the typecheck.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}

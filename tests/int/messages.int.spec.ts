import { describe, expect, it } from 'vitest'

import { DEFAULT_LOCALE, LOCALE_CODES } from '@/lib/i18n/locales'
import { MESSAGES } from '@/lib/i18n/messages'

/** Every message's key, `group.name`, of one messages file. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('the messages files', () => {
  it('hold the same keys in every locale, so that no page shows a key instead of its text', () => {
    const expected = keysOf(MESSAGES[DEFAULT_LOCALE]).sort()
    for (const locale of LOCALE_CODES) {
      expect(keysOf(MESSAGES[locale]).sort(), locale).toEqual(expected)
    }
  })
})

/**
 * Building an Intl formatter takes tens of microseconds, using one about one, and a page formats a
 * figure or a name per card. They never change, so one per locale and options serves the process. The
 * options are the few the portal writes and the currencies of its content: the map stays small.
 */
const formatters = new Map<string, unknown>()

function formatter<T>(key: string, create: () => T): T {
  if (!formatters.has(key)) formatters.set(key, create())
  return formatters.get(key) as T
}

export function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return formatter(`number ${intlLocale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocale, options))
}

export function dateFormat(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatter(`date ${intlLocale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale, options))
}

/** Countries and regions by their ISO code, in a language. */
export function regionNames(intlLocale: string): Intl.DisplayNames {
  return formatter(`region ${intlLocale}`, () => new Intl.DisplayNames([intlLocale], { type: 'region' }))
}

/** Sorts words as readers of the language expect. */
export function collator(intlLocale: string): Intl.Collator {
  return formatter(`collator ${intlLocale}`, () => new Intl.Collator(intlLocale))
}

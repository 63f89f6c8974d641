import { DEFAULT_LOCALE, isLocale, LOCALE_CODES, type Locale } from '../i18n/locales'
import { isSection, SECTION_NAMES } from '../sections/names'
import type { Section } from '../sections/types'
import { OPEN_DATA_FORMATS, type OpenDataFormat } from './dataset'

export type OpenDataRequest = { section: Section; format: OpenDataFormat; locale: Locale }

/** A dataset's address: `/api/open/{section}.{csv|json}?locale=…`, the one place it is written. */
export const openDataHref = (section: Section, format: OpenDataFormat, locale: Locale) => `/api/open/${section}.${format}?locale=${locale}`

export const OPEN_API_HREF = '/api/open/openapi.json'

/**
 * What `/api/open/{file}?locale=…` asks for, or why it cannot be answered: 404 for a file that is no
 * section's CSV or JSON, 400 for a locale the portal does not have (none means Chinese).
 */
export function parseOpenDataRequest(file: string, locale: string | null): OpenDataRequest | { status: 400 | 404; message: string } {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file)
  const [section, format] = match ? [match[1], match[2]] : ['', '']
  if (!isSection(section) || !(OPEN_DATA_FORMATS as readonly string[]).includes(format)) {
    return { status: 404, message: `No dataset here. Datasets: ${SECTION_NAMES.map((name) => `${name}.csv, ${name}.json`).join('; ')}.` }
  }
  const requested = locale ?? DEFAULT_LOCALE
  if (!isLocale(requested)) return { status: 400, message: `Unknown locale "${requested.slice(0, 20)}". Use one of: ${LOCALE_CODES.join(', ')}.` }
  return { section, format: format as OpenDataFormat, locale: requested }
}

import { getTranslations } from 'next-intl/server'

import { findSite } from '../data/site'
import type { Locale } from '../i18n/locales'

/** The portal's name in `locale` as staff set it, else the name the messages give it. */
export async function findSiteName(locale: Locale): Promise<string> {
  const [site, t] = await Promise.all([findSite(locale), getTranslations({ locale, namespace: 'meta' })])
  return site.name ?? t('defaultSiteName')
}

/** The bureau behind the portal in `locale` as staff named it, else the portal's name, as the footer says it. */
export async function findBureauName(locale: Locale): Promise<string> {
  const [site, siteName] = await Promise.all([findSite(locale), findSiteName(locale)])
  return site.bureauName ?? siteName
}

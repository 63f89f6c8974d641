import { getTranslations } from 'next-intl/server'

import type { SiteSummary } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/locales'
import { BUREAU_PAGES } from './bureau/BureauPages'
import { BureauContactLines } from './bureau/BureauContactLines'

type Props = { locale: Locale; site: SiteSummary; bureauName: string; district: string }

/** Every page's footer: who runs the portal, how to reach them, the pages about them and the partners' way in. */
export async function SiteFooter({ locale, site, bureauName, district }: Props) {
  const t = await getTranslations({ locale, namespace: 'footer' })
  const link = 'text-sea-700 underline underline-offset-2 hover:text-sea-900'
  return (
    <footer className="mt-16 border-t border-line bg-sand">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-ink-muted sm:grid-cols-2 sm:px-6">
        <div className="space-y-2">
          <p>
            <span className="font-semibold text-ink">{bureauName}</span> · {district}
          </p>
          <BureauContactLines site={site} locale={locale} className="space-y-1" />
        </div>
        <nav aria-label={t('bureauPages')}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2 sm:justify-end">
            {BUREAU_PAGES.map((page) => (
              <li key={page}>
                <a href={`/${locale}/${page}`} className={link}>
                  {t(page)}
                </a>
              </li>
            ))}
            <li>
              <a href={`/${locale}/living`} className={link}>
                {t('living')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/open-data`} className={link}>
                {t('openData')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/alerts`} className={link}>
                {t('alerts')}
              </a>
            </li>
            <li>
              <a href={`/${locale}/partner/sign-in`} className={link}>
                {t('partnerSignIn')}
              </a>
            </li>
          </ul>
        </nav>
        {site.footerNote ? <p className="max-w-3xl sm:col-span-2">{site.footerNote}</p> : null}
      </div>
    </footer>
  )
}

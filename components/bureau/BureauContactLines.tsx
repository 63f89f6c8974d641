import { getTranslations } from 'next-intl/server'

import type { SiteSummary } from '@/lib/data/site'
import type { Locale } from '@/lib/i18n/locales'

type Props = { site: SiteSummary; locale: Locale; className?: string }

/** The bureau's address, phone, e-mail, office hours and map link, each line only where staff entered it. */
export async function BureauContactLines({ site, locale, className }: Props) {
  const t = await getTranslations({ locale, namespace: 'bureau' })
  const { address, officeHours, mapUrl } = site
  const { phone, email } = site.contact
  if (!address && !phone && !email && !officeHours && !mapUrl) return null
  const link = 'text-sea-700 underline underline-offset-2 hover:text-sea-900'
  return (
    <dl className={className}>
      {address ? (
        <div className="flex flex-wrap gap-x-2" data-contact="address">
          <dt className="text-ink-muted">{t('address')}</dt>
          <dd>{address}</dd>
        </div>
      ) : null}
      {phone ? (
        <div className="flex flex-wrap gap-x-2" data-contact="phone">
          <dt className="text-ink-muted">{t('phone')}</dt>
          <dd>
            <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className={link}>
              {phone}
            </a>
          </dd>
        </div>
      ) : null}
      {email ? (
        <div className="flex flex-wrap gap-x-2" data-contact="email">
          <dt className="text-ink-muted">{t('email')}</dt>
          <dd>
            <a href={`mailto:${email}`} className={`break-all ${link}`}>
              {email}
            </a>
          </dd>
        </div>
      ) : null}
      {officeHours ? (
        <div className="flex flex-wrap gap-x-2" data-contact="hours">
          <dt className="text-ink-muted">{t('hours')}</dt>
          <dd>{officeHours}</dd>
        </div>
      ) : null}
      {mapUrl ? (
        <div data-contact="map">
          <dt className="sr-only">{t('map')}</dt>
          <dd>
            <a href={mapUrl} className={link} rel="noopener noreferrer">
              {t('map')}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}

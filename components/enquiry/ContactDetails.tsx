import { getTranslations } from 'next-intl/server'

import type { ContactDetails as Details } from '@/lib/data/bureauContact'
import type { Locale } from '@/lib/i18n/locales'

type Props = { contact: Details | null; address?: string | null; locale: Locale }

/** A named person (or the bureau) and the ways to reach them, each a link where a device can act on it. */
export async function ContactDetails({ contact, address, locale }: Props) {
  if (!contact && !address) return null
  const t = await getTranslations({ locale, namespace: 'pages' })
  const person = [contact?.name, contact?.title].filter(Boolean).join(' · ')
  return (
    <div className="space-y-2 text-sm">
      {person ? <p className="font-semibold text-ink">{person}</p> : null}
      <dl className="space-y-1">
        {contact?.email ? (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-ink-muted">{t('email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`} className="break-all text-sea-700 underline underline-offset-2">
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {contact?.phone ? (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-ink-muted">{t('phone')}</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} className="text-sea-700 underline underline-offset-2">
                {contact.phone}
              </a>
            </dd>
          </div>
        ) : null}
        {address ? (
          <div className="flex flex-wrap gap-x-2">
            <dt className="text-ink-muted">{t('address')}</dt>
            <dd className="text-ink">{address}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  )
}

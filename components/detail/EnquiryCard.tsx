import { getTranslations } from 'next-intl/server'

import { ContactDetails } from '@/components/enquiry/ContactDetails'
import type { BureauContact, ContactDetails as Details } from '@/lib/data/bureauContact'
import type { Locale } from '@/lib/i18n/locales'

type Props = {
  href: string
  locale: Locale
  /** The document's own contact, when staff named one. */
  contact: Details | null
  bureau: BureauContact
  className?: string
  /** A project already in operation: the card offers to learn more, not terms and incentives. */
  isOperating?: boolean
  isProject?: boolean
}

/**
 * The next step on a detail page: the enquiry form about this item, the reply time, and a person. The
 * item's own contact comes first; without one, the bureau's general contact; without that, none at all.
 */
export async function EnquiryCard({ href, locale, contact, bureau, className = '', isOperating = false, isProject = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'pages' })
  const hasBureauContact = Boolean(bureau.contact || bureau.address)
  return (
    <section aria-labelledby="enquiry-card-title" className={`rounded-xl border border-sea-200 bg-sea-50 p-5 ${className}`}>
      <h2 id="enquiry-card-title" className="text-lg font-bold text-sea-900">
        {t(isOperating ? 'enquireTitleOperating' : 'enquireTitle')}
      </h2>
      <p className="mt-2 text-sm leading-relaxed text-ink">{t(isOperating ? 'enquireTextOperating' : 'enquireText')}</p>
      <a
        href={href}
        className="mt-4 inline-flex min-h-11 w-full items-center justify-center rounded-full bg-sea-700 px-5 py-2.5 text-sm font-semibold text-white transition hover:bg-sea-900"
      >
        {t(isProject ? 'enquireAboutProject' : 'enquireAbout')} →
      </a>
      <p className="mt-3 text-xs text-ink-muted">{t('replyWithin', { days: bureau.responseBusinessDays })}</p>
      {contact || hasBureauContact ? (
        <div className="mt-5 border-t border-sea-200 pt-4">
          <h3 className="mb-2 text-xs font-semibold tracking-wide text-sea-700 uppercase">{contact ? t('yourContact') : t('bureauContact')}</h3>
          {contact ? (
            <ContactDetails contact={contact} locale={locale} />
          ) : (
            <ContactDetails contact={bureau.contact} address={bureau.address} locale={locale} />
          )}
        </div>
      ) : null}
    </section>
  )
}

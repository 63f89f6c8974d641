import { getTranslations } from 'next-intl/server'

import type { BureauContact } from '@/lib/data/bureauContact'
import { enquiryHref } from '@/lib/enquiries/link'
import type { Locale } from '@/lib/i18n/locales'
import { ContactDetails } from './ContactDetails'

/** The home page's way to a person: the enquiry form, the promised reply time and the bureau's contact. */
export async function EnquiryBand({ bureau, locale }: { bureau: BureauContact; locale: Locale }) {
  const t = await getTranslations({ locale })
  return (
    <section aria-labelledby="enquiry-band-title" className="mx-auto max-w-6xl px-4 sm:px-6">
      <div className="grid gap-8 rounded-2xl bg-sea-900 px-6 py-10 text-white sm:px-10 lg:grid-cols-[minmax(0,1fr)_auto] lg:items-center">
        <div className="space-y-3">
          <h2 id="enquiry-band-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
            {t('home.contactTitle')}
          </h2>
          <p className="max-w-2xl leading-relaxed text-sea-50">{t('home.contactText')}</p>
          <p className="text-sm font-medium text-sea-100">{t('pages.replyWithin', { days: bureau.responseBusinessDays })}</p>
        </div>
        <div className="space-y-5">
          <a
            href={enquiryHref(locale)}
            className="inline-flex min-h-12 items-center justify-center rounded-full bg-white px-6 py-3 text-base font-semibold text-sea-900 shadow-sm transition hover:bg-sea-50 focus-visible:outline-white"
          >
            {t('home.contactTitle')} →
          </a>
          {bureau.contact || bureau.address ? (
            <div className="rounded-xl bg-white p-4 text-ink">
              <p className="mb-2 text-xs font-semibold tracking-wide text-sea-700 uppercase">{t('pages.bureauContact')}</p>
              <ContactDetails contact={bureau.contact} address={bureau.address} locale={locale} />
            </div>
          ) : null}
        </div>
      </div>
    </section>
  )
}

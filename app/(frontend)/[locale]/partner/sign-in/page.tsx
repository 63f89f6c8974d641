import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { PartnerSignInForm } from '@/components/partner/PartnerSignInForm'
import { isLocale } from '@/lib/i18n/locales'
import { findSignedInPartner } from '@/lib/partners/session'
import { signInPartner } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'partner.signIn' })
  return { title: t('title'), robots: { index: false } }
}

export default async function PartnerSignInPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  if (await findSignedInPartner()) redirect(`/${locale}/partner`)
  const [t, tReset] = await Promise.all([
    getTranslations({ locale, namespace: 'partner.signIn' }),
    getTranslations({ locale, namespace: 'partner.reset' }),
  ])
  const isAfterReset = (await searchParams).reset === 'done'
  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      <p className="mt-3 leading-relaxed text-ink-muted">{t('intro')}</p>
      {isAfterReset ? (
        <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
          {tReset('done')}
        </p>
      ) : null}
      <PartnerSignInForm action={signInPartner.bind(null, locale)} texts={{ email: t('email'), password: t('password'), submit: t('submit') }} />
      <p className="mt-6 text-sm text-ink-muted">
        <a href={`/${locale}/partner/forgot-password`} className="font-semibold text-sea-700 underline">
          {t('forgot')}
        </a>
      </p>
      <p className="mt-3 text-sm text-ink-muted">{t('noAccount')}</p>
    </div>
  )
}

import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ForgotPasswordForm } from '@/components/partner/PasswordForms'
import { isLocale } from '@/lib/i18n/locales'
import { requestPartnerPasswordReset } from './actions'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'partner.forgot' })
  return { title: t('title'), robots: { index: false } }
}

export default async function PartnerForgotPasswordPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'partner.forgot' })
  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      <p className="mt-3 leading-relaxed text-ink-muted">{t('intro')}</p>
      <ForgotPasswordForm
        action={requestPartnerPasswordReset.bind(null, locale)}
        texts={{ sent: t('sent'), email: t('email'), submit: t('submit') }}
      />
      <p className="mt-6 text-sm">
        <a href={`/${locale}/partner/sign-in`} className="font-semibold text-sea-700 underline">
          {t('back')}
        </a>
      </p>
    </div>
  )
}

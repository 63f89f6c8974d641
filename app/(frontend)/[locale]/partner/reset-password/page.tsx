import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ResetPasswordForm } from '@/components/partner/PasswordForms'
import { isLocale } from '@/lib/i18n/locales'
import { resetPartnerPassword } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace: 'partner.reset' })
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

export default async function PartnerResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const { token } = await searchParams
  const t = await getTranslations({ locale, namespace: 'partner.reset' })
  return (
    <div className="mx-auto max-w-md px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      <ResetPasswordForm
        action={resetPartnerPassword.bind(null, locale)}
        token={typeof token === 'string' ? token.slice(0, 200) : ''}
        texts={{ password: t('password'), hint: t('hint'), confirm: t('confirm'), submit: t('submit') }}
      />
    </div>
  )
}

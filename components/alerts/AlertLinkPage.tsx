import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { LINK_PARAMS } from '@/lib/alerts/links'
import { isLocale, type Locale } from '@/lib/i18n/locales'

/** The messages of a page an alert e-mail's link leads to: each has a title, an intro, a button and outcomes. */
type Namespace = 'alerts.confirm' | 'alerts.unsubscribe'

export type LinkSearchParams = Record<string, string | string[] | undefined>

/** Its metadata: the link's secret is in the address, so never indexed and never sent on as a referrer. */
export async function alertLinkMetadata(locale: string, namespace: Namespace): Promise<Metadata> {
  if (!isLocale(locale)) return {}
  const t = await getTranslations({ locale, namespace })
  return { title: t('metaTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

type Props = {
  locale: Locale
  namespace: Namespace
  query: LinkSearchParams
  /** The outcomes the endpoint redirects back with (`?result=…`), each a message of the namespace. */
  results: readonly string[]
  /** Where the button posts the link's subscriber and secret, and the hidden fields it sends. */
  form: (link: { subscriber: string; secret: string }) => { action: string; hidden: Record<string, string> }
  /** A link back to the alerts form, under the outcome. */
  withBackLink?: boolean
}

/**
 * The page an alert e-mail's link leads to (confirm, unsubscribe): one button that posts, so that a mail
 * scanner opening the link changes nothing, then the outcome; a link without its secret says so.
 */
export async function AlertLinkPage({ locale, namespace, query, results, form, withBackLink = false }: Props) {
  // One function over both namespaces: title, intro, button, invalid and each outcome are in both (the alerts
  // e2e and the axe checks of both pages read them).
  const t = (await getTranslations({ locale, namespace })) as unknown as (key: string) => string
  const result = results.find((value) => value === query.result)
  const [subscriber, secret] = [query[LINK_PARAMS.subscriber], query[LINK_PARAMS.secret]].map((value) => (typeof value === 'string' ? value : null))
  const post = subscriber && secret ? form({ subscriber, secret }) : null
  const outcome = (text: string) => (
    <p role="status" className="mt-6 rounded-lg border border-sea-200 bg-sea-50 p-4 text-sea-900">
      {text}
    </p>
  )
  return (
    <div className="mx-auto max-w-xl px-4 py-12 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight text-sea-900">{t('title')}</h1>
      {result ? (
        outcome(t(result))
      ) : post ? (
        <form method="post" action={post.action} className="mt-6 space-y-5">
          <p className="leading-relaxed text-ink">{t('intro')}</p>
          <input type="hidden" name="locale" value={locale} />
          {Object.entries(post.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="rounded-lg bg-sea-700 px-6 py-3 text-base font-semibold text-white hover:bg-sea-900">
            {t('button')}
          </button>
        </form>
      ) : (
        outcome(t('invalid'))
      )}
      {withBackLink && (
        <p className="mt-6 text-sm">
          <Link href={`/${locale}/alerts`} className="font-semibold text-sea-700 underline">
            {t('back')}
          </Link>
        </p>
      )}
    </div>
  )
}

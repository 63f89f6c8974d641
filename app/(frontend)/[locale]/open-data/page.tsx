import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { findDataset, findOpenDataLicence } from '@/lib/data/openData'
import { formatDate, formatNumber, INTL_LOCALE } from '@/lib/format/numbers'
import { isLocale, LOCALES, type Locale } from '@/lib/i18n/locales'
import type { Column } from '@/lib/openData/columns'
import { MAX_OPEN_DATA_ROWS, OPEN_DATA_FORMATS } from '@/lib/openData/dataset'
import { OPEN_API_HREF, openDataHref } from '@/lib/openData/request'
import { SECTION_NAMES } from '@/lib/sections'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import { findSiteName } from '@/lib/seo/siteName'

type Props = { params: Promise<{ locale: string }> }

async function localeOf(params: Props['params']): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** Rendered once per locale and kept until a publish refreshes the datasets it reads. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params)
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'openData' }), findSiteName(locale)])
  return pageMetadata({ locale, path: '/open-data', title: t('title'), description: t('description'), siteName })
}

const link = 'font-semibold text-sea-700 underline underline-offset-2 hover:text-sea-900'

/** The public datasets: each section of the registry, in each locale, as CSV and JSON, with its fields described. */
export default async function OpenDataPage({ params }: Props) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const [t, licence, datasets] = await Promise.all([
    getTranslations({ locale }),
    findOpenDataLicence(locale),
    Promise.all(SECTION_NAMES.map((section) => findDataset(section, locale))),
  ])
  const kind = (column: Column) => {
    const word = t(`openData.kinds.${column.kind}`)
    return column.hasMany ? t('openData.several', { kind: word }) : word
  }
  // The download links' names, read in the page's language: "Industries in Japanese (CSV)", 産業（日本語、CSV）.
  const languageNames = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' })
  return (
    <article className="mx-auto max-w-4xl space-y-10 px-4 py-10 sm:px-6 sm:py-14">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-sea-900 sm:text-4xl">{t('openData.title')}</h1>
        <p className="text-lg text-ink-muted">{t('openData.intro')}</p>
        <p>{t('openData.limits', { max: formatNumber(MAX_OPEN_DATA_ROWS, locale) })}</p>
        <p>
          {licence ? (
            <>
              {t('openData.licence')}{' '}
              {licence.url ? (
                <a href={licence.url} className={link} rel="license">
                  {licence.name}
                </a>
              ) : (
                <strong>{licence.name}</strong>
              )}
            </>
          ) : (
            t('openData.noLicence')
          )}
        </p>
        <p>
          <a href={OPEN_API_HREF} className={link}>
            {t('openData.openApi')}
          </a>
        </p>
      </header>
      {datasets.map((dataset) => {
        const name = t(`nav.${dataset.section}`)
        return (
          <section key={dataset.section} aria-labelledby={`dataset-${dataset.section}`} className="space-y-3 border-t border-line pt-6">
            <h2 id={`dataset-${dataset.section}`} className="text-2xl font-semibold text-sea-900">
              {name}
            </h2>
            <p className="text-ink-muted">
              {dataset.asOf ? t('openData.asOf', { date: formatDate(dataset.asOf, locale), count: dataset.total }) : t('openData.empty')}
            </p>
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {LOCALES.map((language) => (
                <li key={language.code}>
                  <span className="mr-2" lang={language.code}>
                    {language.label}
                  </span>
                  {OPEN_DATA_FORMATS.map((format) => (
                    <a
                      key={format}
                      href={openDataHref(dataset.section, format, language.code)}
                      className={`${link} mr-2`}
                      aria-label={t('openData.download', { dataset: name, language: languageNames.of(language.code) ?? language.label, format: format.toUpperCase() })}
                    >
                      {format.toUpperCase()}
                    </a>
                  ))}
                </li>
              ))}
            </ul>
            <details>
              <summary className="cursor-pointer font-semibold text-sea-800">{t('openData.fields')}</summary>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="py-2 pr-4">{t('openData.fieldName')}</th>
                      <th scope="col" className="py-2 pr-4">{t('openData.fieldMeaning')}</th>
                      <th scope="col" className="py-2">{t('openData.fieldKind')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dataset.columns.map((column) => (
                      <tr key={column.path.join('.')} className="border-b border-line align-top">
                        <td className="py-2 pr-4">
                          <code className="break-all">{column.path.join('.')}</code>
                        </td>
                        <td className="min-w-24 py-2 pr-4">
                          {column.label[locale]}
                          {column.items ? <span className="block text-ink-muted">{column.items.map((item) => `${item.path.join('.')}: ${item.label[locale]}`).join(' · ')}</span> : null}
                        </td>
                        <td className="py-2">
                          {kind(column)}
                          {column.options ? <span className="block text-ink-muted">{column.options.join(' · ')}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </section>
        )
      })}
    </article>
  )
}

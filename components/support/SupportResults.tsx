import { getTranslations } from 'next-intl/server'

import { Unbroken } from '@/components/Unbroken'
import { optionLabel } from '@/lib/constants/optionLabels'
import { findReaderRate } from '@/lib/data/exchangeRate'
import type { SupportCandidate, SupportGroup } from '@/lib/data/supportFinder'
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locales'
import { type Section, SECTIONS } from '@/lib/sections'
import type { Fact, FactContext, SupportDefinition } from '@/lib/sections/types'

type ResultProps = { section: Section; result: SupportCandidate; locale: Locale; context: FactContext }

/** What a result says of itself: its facts (benefit, dates) and texts (eligibility, how to apply), only those it has. */
function SupportResult({ section, result, locale, context }: ResultProps) {
  const support = SECTIONS[section].support as SupportDefinition<Section>
  const doc = { ...result.fields, title: result.title, slug: result.slug, summary: result.summary }
  const facts = (SECTIONS[section].facts as (doc: unknown, context: FactContext) => Fact[])(doc, context)
  const shownFacts = support.facts.flatMap((labelKey) => facts.filter((fact) => fact.labelKey === labelKey))
  const texts = support.texts.flatMap(({ field, labelKey }) => {
    const text = result.fields[field]
    return typeof text === 'string' && text.trim() ? [{ field, labelKey, text }] : []
  })
  const langOf = (field: string) => (result.fallbackFields.includes(field) ? DEFAULT_LOCALE : undefined)
  const badgeDefinition = SECTIONS[section].badge
  const badge = badgeDefinition ? optionLabel(badgeDefinition.labels, result.fields[badgeDefinition.field] as string | null, locale) : null
  return (
    <li className="rounded-xl border border-line bg-paper p-5 shadow-sm" data-support-result={`${section}:${result.slug}`}>
      <article className="space-y-3">
        {badge ? <p className="text-xs font-semibold tracking-wide text-sea-600 uppercase">{badge}</p> : null}
        <h3 lang={langOf('title')} className="text-lg leading-snug font-semibold text-sea-900">
          <a href={`/${locale}/${section}/${result.slug}`} className="underline-offset-2 hover:underline">
            {result.title}
          </a>
        </h3>
        {result.summary ? (
          <p lang={langOf('summary')} className="text-ink-muted">
            {result.summary}
          </p>
        ) : null}
        {shownFacts.length + texts.length > 0 ? (
          <dl className="space-y-2 text-sm">
            {shownFacts.map((fact) => (
              <div key={fact.labelKey} className="flex flex-wrap gap-x-2">
                <dt className="font-semibold text-ink">{context.t(fact.labelKey)}</dt>
                <dd className="text-ink">
                  <Unbroken text={fact.value} />
                </dd>
              </div>
            ))}
            {texts.map(({ field, labelKey, text }) => (
              <div key={field}>
                <dt className="font-semibold text-ink">{context.t(labelKey)}</dt>
                <dd lang={langOf(field)} className="whitespace-pre-line text-ink">
                  {text}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </article>
    </li>
  )
}

/** The results by section, each with its count, or a sentence saying why none applies. */
export async function SupportResults({ groups, locale }: { groups: SupportGroup[]; locale: Locale }) {
  const [t, rate] = await Promise.all([getTranslations({ locale }), findReaderRate(locale)])
  const context: FactContext = { locale, t: (key, values) => t(key, values), rate }
  return (
    <div className="space-y-10">
      {groups.map(({ section, results, outOfReach }) => (
        <section key={section} aria-labelledby={`support-${section}`} className="space-y-4">
          <h2 id={`support-${section}`} className="text-2xl font-bold text-sea-900">
            {t(`sections.${section}.title`)} <span className="text-base font-medium text-ink-muted">({results.length})</span>
          </h2>
          {results.length > 0 ? (
            <ul className="grid grid-cols-1 gap-5 lg:grid-cols-2">
              {results.map((result) => (
                <SupportResult key={result.id} section={section} result={result} locale={locale} context={context} />
              ))}
            </ul>
          ) : (
            <p className="rounded-xl border border-dashed border-line p-5 text-ink-muted">
              {outOfReach.length > 0 ? outOfReach.map((answer) => t('supportFinder.outOfReach', { answer })).join(' ') : t('supportFinder.noneInSection')}
            </p>
          )}
        </section>
      ))}
    </div>
  )
}

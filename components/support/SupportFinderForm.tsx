import { getTranslations } from 'next-intl/server'

import { countryOptions } from '@/lib/constants/countries'
import { INVESTMENT_STAGES, TALENT_GROUPS } from '@/lib/constants/options'
import { INVESTMENT_STAGE_LABELS, TALENT_GROUP_LABELS } from '@/lib/constants/optionLabels'
import { RCEP_MEMBER_COUNTRIES } from '@/lib/constants/rcep'
import type { SlugOption } from '@/lib/data/options'
import type { Locale } from '@/lib/i18n/locales'
import { ANSWER_PARAMS, type SupportAnswers } from '@/lib/support/answers'

type Props = { locale: Locale; answers: SupportAnswers; industries: readonly SlugOption[] }

const inputClass = 'mt-1 block w-full rounded-md border border-line bg-paper px-3 py-2 text-base text-ink focus:border-sea-500'

const RCEP_MEMBERS: ReadonlySet<string> = new Set(RCEP_MEMBER_COUNTRIES)

/** The finder's questions: a plain GET form, so it works without JavaScript and every answer set has its own address. */
export async function SupportFinderForm({ locale, answers, industries }: Props) {
  const t = await getTranslations({ locale, namespace: 'supportFinder' })
  const countries = countryOptions(locale)
  const action = `/${locale}/support-finder`
  return (
    <form method="get" action={action} aria-labelledby="support-form-title" className="space-y-5 rounded-xl border border-line bg-sand p-5">
      <h2 id="support-form-title" className="text-lg font-bold text-sea-900">
        {t('formLabel')}
      </h2>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <div>
          <label htmlFor="support-industry" className="text-sm font-semibold text-ink">
            {t('industry')}
          </label>
          <select id="support-industry" name={ANSWER_PARAMS.industry} defaultValue={answers.industry?.slug ?? ''} className={inputClass}>
            <option value="">{t('unanswered')}</option>
            {industries.map((industry) => (
              <option key={industry.slug} value={industry.slug}>
                {industry.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="support-stage" className="text-sm font-semibold text-ink">
            {t('stage')}
          </label>
          <select id="support-stage" name={ANSWER_PARAMS.stage} defaultValue={answers.stage ?? ''} aria-describedby="support-stage-hint" className={inputClass}>
            <option value="">{t('unanswered')}</option>
            {INVESTMENT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {INVESTMENT_STAGE_LABELS[stage][locale]}
              </option>
            ))}
          </select>
          <p id="support-stage-hint" className="mt-1 text-sm text-ink-muted">
            {t('stageHint')}
          </p>
        </div>
      </div>
      <fieldset aria-describedby="support-people-hint">
        <legend className="text-sm font-semibold text-ink">{t('people')}</legend>
        <p id="support-people-hint" className="text-sm text-ink-muted">
          {t('peopleHint')}
        </p>
        <div className="mt-2 grid grid-cols-1 gap-x-5 gap-y-2 sm:grid-cols-2 lg:grid-cols-4">
          {TALENT_GROUPS.map((group) => (
            <label key={group} className="flex items-center gap-2 text-base text-ink">
              <input type="checkbox" name={ANSWER_PARAMS.people} value={group} defaultChecked={answers.people.includes(group)} className="h-5 w-5 shrink-0 accent-sea-700" />
              {TALENT_GROUP_LABELS[group][locale]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="sm:max-w-md">
        <label htmlFor="support-country" className="text-sm font-semibold text-ink">
          {t('country')}
        </label>
        <select id="support-country" name={ANSWER_PARAMS.country} defaultValue={answers.country ?? ''} className={inputClass}>
          <option value="">{t('unanswered')}</option>
          <optgroup label={t('rcepMembers')}>
            {countries
              .filter(({ value }) => RCEP_MEMBERS.has(value))
              .map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('otherCountries')}>
            {countries
              .filter(({ value }) => !RCEP_MEMBERS.has(value))
              .map(({ value, label }) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </optgroup>
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-sea-700 px-5 py-2.5 font-semibold text-white hover:bg-sea-900">
          {t('submit')}
        </button>
        <a href={action} className="text-sm font-medium text-sea-700 underline underline-offset-2 hover:text-sea-900">
          {t('clear')}
        </a>
      </div>
    </form>
  )
}

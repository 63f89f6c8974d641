import type { ContentCollectionSlug } from '@/collections/slugs'
import {
  COOPERATION_MODE_LABELS,
  FUND_TYPE_LABELS,
  INVESTMENT_STAGE_LABELS,
  NEWS_CATEGORY_LABELS,
  optionLabel,
  PROJECT_STAGE_LABELS,
  RCEP_SERVICE_TYPE_LABELS,
  TALENT_CATEGORY_LABELS,
  TALENT_GROUP_LABELS,
} from '@/lib/constants/optionLabels'
import { RCEP_MEMBER_COUNTRIES } from '@/lib/constants/rcep'
import { countryName } from '@/lib/constants/countries'
import { formatDate, formatMoney, formatNumber } from '@/lib/format/numbers'
import type { Locale } from '@/lib/i18n/locales'
import type { MessageKey } from '@/lib/i18n/messages'
import type { Area, Fund, Industry, News, Project, RcepService, TalentPolicy } from '@/payload-types'

/** One line of a detail page's "key facts": a translated label key and the value, ready to show. */
export type Fact = { labelKey: MessageKey; value: string; href?: string }

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

const titleOf = (value: unknown) => (value && typeof value === 'object' ? ((value as { title?: string }).title ?? null) : null)
const slugOf = (value: unknown) => (value && typeof value === 'object' ? ((value as { slug?: string }).slug ?? null) : null)

function compact(facts: (Fact | null | false | undefined)[]): Fact[] {
  return facts.filter((fact): fact is Fact => Boolean(fact && fact.value))
}

const MU_PER_HECTARE = 15

/** A land or floor area with its unit's symbol; mu, which few readers abroad know, with its hectares beside it. */
function size(value: number | null | undefined, unit: string | null | undefined, locale: Locale, t: Translate) {
  if (value === null || value === undefined) return ''
  const amount = formatNumber(value, locale)
  if (unit === 'mu') return t('facts.mu', { value: amount, hectares: formatNumber(Math.round((value / MU_PER_HECTARE) * 10) / 10, locale) })
  return t(unit === 'ha' ? 'facts.hectares' : 'facts.squareMetres', { value: amount })
}

function money(value: number | null | undefined, currency: string | null | undefined, isApprox: boolean, locale: Locale, t: Translate) {
  if (value === null || value === undefined) return ''
  const amount = formatMoney(value, currency, locale)
  return isApprox ? t('facts.approxValue', { value: amount }) : amount
}

/** The facts an investor decides by, for each kind of document; a fact the document lacks is left out. */
export function documentFacts(collection: ContentCollectionSlug, doc: Record<string, unknown>, locale: Locale, t: Translate): Fact[] {
  switch (collection) {
    case 'projects': {
      const project = doc as unknown as Project
      return compact([
        { labelKey: 'facts.industry', value: titleOf(project.industry) ?? '', href: slugOf(project.industry) ? `/${locale}/industries/${slugOf(project.industry)}` : undefined },
        { labelKey: 'facts.area', value: titleOf(project.area) ?? '', href: slugOf(project.area) ? `/${locale}/areas/${slugOf(project.area)}` : undefined },
        { labelKey: 'facts.stage', value: optionLabel(PROJECT_STAGE_LABELS, project.stage, locale) ?? '' },
        { labelKey: 'facts.investment', value: money(project.investment, project.investmentCurrency, Boolean(project.investmentApprox), locale, t) },
        {
          labelKey: 'facts.cooperation',
          value: (project.cooperationModes ?? []).map((mode) => optionLabel(COOPERATION_MODE_LABELS, mode, locale)).join(' · '),
        },
        { labelKey: 'facts.landArea', value: size(project.landArea, project.landAreaUnit, locale, t) },
        { labelKey: 'facts.floorArea', value: size(project.floorArea, project.floorAreaUnit, locale, t) },
      ])
    }
    case 'funds': {
      const fund = doc as unknown as Fund
      return compact([
        { labelKey: 'facts.fundSize', value: money(fund.fundSize, fund.fundSizeCurrency, Boolean(fund.fundSizeApprox), locale, t) },
        { labelKey: 'facts.fundType', value: optionLabel(FUND_TYPE_LABELS, fund.type, locale) ?? '' },
        { labelKey: 'facts.focusIndustries', value: (fund.focusIndustries ?? []).map(titleOf).filter(Boolean).join(' · ') },
        { labelKey: 'facts.established', value: fund.yearEstablished ? t('facts.establishedIn', { year: String(fund.yearEstablished) }) : '' },
        { labelKey: 'facts.manager', value: fund.manager ?? '' },
        {
          labelKey: 'facts.investmentStages',
          value: (fund.investmentStages ?? []).map((stage) => optionLabel(INVESTMENT_STAGE_LABELS, stage, locale)).join(' · '),
        },
        {
          labelKey: 'facts.ticket',
          value: [money(fund.ticketMin, fund.ticketMinCurrency, false, locale, t), money(fund.ticketMax, fund.ticketMaxCurrency, false, locale, t)]
            .filter(Boolean)
            .join(' – '),
        },
      ])
    }
    case 'rcep-services': {
      const service = doc as unknown as RcepService
      const countries = service.memberCountries ?? []
      return compact([
        { labelKey: 'facts.serviceType', value: optionLabel(RCEP_SERVICE_TYPE_LABELS, service.serviceType, locale) ?? '' },
        {
          labelKey: 'facts.countries',
          value: countries.length === RCEP_MEMBER_COUNTRIES.length ? t('facts.allMembers') : countries.map((code) => countryName(code, locale)).join(' · '),
        },
        { labelKey: 'facts.provider', value: service.provider ?? '' },
      ])
    }
    case 'talent-policies': {
      const policy = doc as unknown as TalentPolicy
      return compact([
        { labelKey: 'facts.category', value: optionLabel(TALENT_CATEGORY_LABELS, policy.category, locale) ?? '' },
        {
          labelKey: 'facts.targetGroups',
          value: (policy.targetGroups ?? []).map((group) => optionLabel(TALENT_GROUP_LABELS, group, locale)).join(' · '),
        },
        { labelKey: 'facts.maxBenefit', value: money(policy.maxBenefit, policy.maxBenefitCurrency, false, locale, t) },
        { labelKey: 'facts.issuedBy', value: policy.issuingAuthority ?? '' },
        { labelKey: 'facts.documentNumber', value: policy.documentNumber ?? '' },
        {
          labelKey: 'facts.effective',
          value: [policy.effectiveFrom, policy.effectiveTo].filter(Boolean).map((date) => formatDate(date as string, locale)).join(' – '),
        },
      ])
    }
    case 'areas': {
      const area = doc as unknown as Area
      return compact([
        { labelKey: 'facts.areaSize', value: area.areaSizeHectares ? t('facts.hectares', { value: formatNumber(area.areaSizeHectares, locale) }) : '' },
      ])
    }
    case 'news': {
      const story = doc as unknown as News
      return compact([{ labelKey: 'facts.category', value: optionLabel(NEWS_CATEGORY_LABELS, story.category, locale) ?? '' }])
    }
    case 'industries': {
      const industry = doc as unknown as Industry
      return compact([{ labelKey: 'facts.chainSegments', value: (industry.chainSegments ?? []).map((segment) => segment.name).join(' · ') }])
    }
  }
}

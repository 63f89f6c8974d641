import { FUND_TYPE_LABELS, INVESTMENT_STAGE_LABELS, optionLabel } from '../constants/optionLabels'
import { defineSection } from './define'
import { compact, money, titleOf } from './facts'
import { documentFilter, optionFilter } from './filters'

export const funds = defineSection('funds', {
  filters: [
    documentFilter({ param: 'industry', labelKey: 'facts.focusIndustries', lookup: 'industries', where: (id) => ({ focusIndustries: { in: [id] } }) }),
    optionFilter({ param: 'type', labelKey: 'facts.fundType', labels: FUND_TYPE_LABELS, where: (type) => ({ type: { equals: type } }) }),
  ],
  badge: { field: 'type', labels: FUND_TYPE_LABELS },
  card: { fields: ['fundSize', 'fundSizeCurrency', 'fundSizePrecision'], facts: ['facts.fundSize'] },
  facts: (fund, { locale, t, rate }) =>
    compact([
      { labelKey: 'facts.fundSize', value: money(fund.fundSize, fund.fundSizeCurrency, fund.fundSizePrecision, locale, t, rate) },
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
        value: [money(fund.ticketMin, fund.ticketMinCurrency, 'exact', locale, t, rate), money(fund.ticketMax, fund.ticketMaxCurrency, 'exact', locale, t, rate)]
          .filter(Boolean)
          .join(' – '),
      },
    ]),
  enquiryType: 'fund',
  alert: { industriesField: 'focusIndustries' },
  isComparable: true,
  support: {
    matchedBy: { industry: 'focusIndustries', stage: 'investmentStages' },
    facts: ['facts.ticket'],
    texts: [{ field: 'howToApply', labelKey: 'facts.howToApply' }],
  },
})

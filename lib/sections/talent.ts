import { optionLabel, TALENT_CATEGORY_LABELS, TALENT_GROUP_LABELS } from '../constants/optionLabels'
import { formatDate } from '../format/numbers'
import { defineSection } from './define'
import { compact, money } from './facts'
import { optionFilter } from './filters'

export const talent = defineSection('talent', {
  filters: [
    optionFilter({ param: 'group', labelKey: 'facts.targetGroups', labels: TALENT_GROUP_LABELS, where: (group) => ({ targetGroups: { in: [group] } }) }),
    optionFilter({ param: 'category', labelKey: 'facts.category', labels: TALENT_CATEGORY_LABELS, where: (category) => ({ category: { equals: category } }) }),
  ],
  badge: { field: 'category', labels: TALENT_CATEGORY_LABELS },
  card: { fields: ['maxBenefit', 'maxBenefitCurrency', 'effectiveFrom', 'effectiveTo'], facts: ['facts.maxBenefit', 'facts.effective'] },
  facts: (policy, { locale, t, rate }) =>
    compact([
      { labelKey: 'facts.category', value: optionLabel(TALENT_CATEGORY_LABELS, policy.category, locale) ?? '' },
      {
        labelKey: 'facts.targetGroups',
        value: (policy.targetGroups ?? []).map((group) => optionLabel(TALENT_GROUP_LABELS, group, locale)).join(' · '),
      },
      { labelKey: 'facts.maxBenefit', value: money(policy.maxBenefit, policy.maxBenefitCurrency, 'exact', locale, t, rate) },
      { labelKey: 'facts.issuedBy', value: policy.issuingAuthority ?? '' },
      { labelKey: 'facts.documentNumber', value: policy.documentNumber ?? '' },
      {
        labelKey: 'facts.effective',
        value: [policy.effectiveFrom, policy.effectiveTo].filter(Boolean).map((date) => formatDate(date as string, locale)).join(' – '),
      },
    ]),
  enquiryType: 'talent',
  alert: { industriesField: 'industries' },
  isComparable: true,
  support: {
    matchedBy: { industry: 'industries', people: 'targetGroups' },
    endsOn: 'effectiveTo',
    facts: ['facts.maxBenefit', 'facts.effective'],
    texts: [
      { field: 'eligibility', labelKey: 'facts.eligibility' },
      { field: 'howToApply', labelKey: 'facts.howToApply' },
    ],
  },
})

import { COOPERATION_MODE_LABELS, optionLabel, PROJECT_STAGE_LABELS } from '../constants/optionLabels'
import { defineSection } from './define'
import { compact, money, size, slugOf, titleOf } from './facts'
import { amountFilter, documentFilter, keywordFilter, optionFilter } from './filters'

export const projects = defineSection('projects', {
  filters: [
    documentFilter({ param: 'industry', labelKey: 'facts.industry', lookup: 'industries', where: (id) => ({ industry: { equals: id } }) }),
    documentFilter({ param: 'area', labelKey: 'facts.area', lookup: 'areas', where: (id) => ({ area: { equals: id } }) }),
    optionFilter({ param: 'stage', labelKey: 'facts.stage', labels: PROJECT_STAGE_LABELS, where: (stage) => ({ stage: { equals: stage } }) }),
    amountFilter({ param: 'min', labelKey: 'list.minInvestment', bound: 'from', chipKey: 'list.investmentFrom', where: (yuan) => ({ investment: { greater_than_equal: yuan } }) }),
    amountFilter({ param: 'max', labelKey: 'list.maxInvestment', bound: 'to', chipKey: 'list.investmentUpTo', where: (yuan) => ({ investment: { less_than_equal: yuan } }) }),
    keywordFilter({ param: 'q', labelKey: 'list.keyword', fields: ['title', 'summary'] }),
  ],
  badge: { field: 'stage', labels: PROJECT_STAGE_LABELS },
  card: {
    fields: ['area', 'investment', 'investmentCurrency', 'investmentPrecision', 'landArea', 'landAreaUnit'],
    facts: ['facts.investment', 'facts.area', 'facts.landArea'],
  },
  facts: (project, { locale, t, rate }) =>
    compact([
      { labelKey: 'facts.industry', value: titleOf(project.industry) ?? '', href: slugOf(project.industry) ? `/${locale}/industries/${slugOf(project.industry)}` : undefined },
      { labelKey: 'facts.area', value: titleOf(project.area) ?? '', href: slugOf(project.area) ? `/${locale}/areas/${slugOf(project.area)}` : undefined },
      { labelKey: 'facts.stage', value: optionLabel(PROJECT_STAGE_LABELS, project.stage, locale) ?? '' },
      { labelKey: 'facts.investment', value: money(project.investment, project.investmentCurrency, project.investmentPrecision, locale, t, rate) },
      {
        labelKey: 'facts.cooperation',
        value: (project.cooperationModes ?? []).map((mode) => optionLabel(COOPERATION_MODE_LABELS, mode, locale)).join(' · '),
      },
      { labelKey: 'facts.landArea', value: size(project.landArea, project.landAreaUnit, locale, t) },
      { labelKey: 'facts.floorArea', value: size(project.floorArea, project.floorAreaUnit, locale, t) },
    ]),
  enquiryType: 'project',
  alert: { industriesField: 'industry' },
  isComparable: true,
})

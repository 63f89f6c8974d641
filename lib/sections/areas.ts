import { formatNumber } from '../format/numbers'
import { defineSection } from './define'
import { compact } from './facts'

export const areas = defineSection('areas', {
  filters: [],
  sort: 'title',
  facts: (area, { locale, t }) =>
    compact([{ labelKey: 'facts.areaSize', value: area.areaSizeHectares ? t('facts.hectares', { value: formatNumber(area.areaSizeHectares, locale) }) : '' }]),
  related: (area) => [{ titleKey: 'related.inArea', sources: [{ collection: 'projects', where: { area: { equals: area.id } } }] }],
  enquiryType: 'area',
  isComparable: true,
})

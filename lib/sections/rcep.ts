import { countryName } from '../constants/countries'
import { optionLabel, RCEP_SERVICE_TYPE_LABELS } from '../constants/optionLabels'
import { RCEP_MEMBER_COUNTRIES } from '../constants/rcep'
import { defineSection } from './define'
import { compact } from './facts'
import { countryFilter, optionFilter } from './filters'

export const rcep = defineSection('rcep', {
  filters: [
    countryFilter({ param: 'country', labelKey: 'facts.countries', countries: RCEP_MEMBER_COUNTRIES, where: (country) => ({ memberCountries: { in: [country] } }) }),
    optionFilter({ param: 'type', labelKey: 'facts.serviceType', labels: RCEP_SERVICE_TYPE_LABELS, where: (type) => ({ serviceType: { equals: type } }) }),
  ],
  badge: { field: 'serviceType', labels: RCEP_SERVICE_TYPE_LABELS },
  facts: (service, { locale, t }) => {
    const countries = service.memberCountries ?? []
    return compact([
      { labelKey: 'facts.serviceType', value: optionLabel(RCEP_SERVICE_TYPE_LABELS, service.serviceType, locale) ?? '' },
      {
        labelKey: 'facts.countries',
        value: countries.length === RCEP_MEMBER_COUNTRIES.length ? t('facts.allMembers') : countries.map((code) => countryName(code, locale)).join(' · '),
      },
      { labelKey: 'facts.provider', value: service.provider ?? '' },
    ])
  },
  enquiryType: 'rcep',
  isComparable: true,
  support: {
    matchedBy: { country: 'memberCountries' },
    facts: [],
    texts: [{ field: 'howToApply', labelKey: 'facts.howToApply' }],
  },
})

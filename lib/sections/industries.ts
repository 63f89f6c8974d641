import { defineSection } from './define'
import { compact } from './facts'

export const industries = defineSection('industries', {
  filters: [],
  sort: 'order',
  facts: (industry) => compact([{ labelKey: 'facts.chainSegments', value: (industry.chainSegments ?? []).map((segment) => segment.name).join(' · ') }]),
  // A talent policy that names no industry is open to all of them, so every industry lists it.
  related: (industry) => [
    { titleKey: 'related.projects', sources: [{ collection: 'projects', where: { industry: { equals: industry.id } } }] },
    { titleKey: 'related.funds', sources: [{ collection: 'funds', where: { focusIndustries: { in: [industry.id] } } }] },
    {
      titleKey: 'related.talent',
      sources: [{ collection: 'talent-policies', where: { or: [{ industries: { in: [industry.id] } }, { industries: { exists: false } }] } }],
    },
  ],
  enquiryType: 'general',
})

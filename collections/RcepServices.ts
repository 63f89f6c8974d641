import type { CollectionConfig } from 'payload'

import { contactField } from '../fields/contact'
import { rcepCountryOptions } from '../lib/constants/rcepCountryOptions'
import { RCEP_SERVICE_TYPE_LABELS, selectOptions } from '../lib/constants/optionLabels'
import type { AdminLabel } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const RcepServices: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.rcepServices,
  labels: {
    singular: { zh: 'RCEP 服务', en: 'RCEP service', ja: 'RCEP関連サービス', ko: 'RCEP 서비스' },
    plural: { zh: 'RCEP 服务', en: 'RCEP services', ja: 'RCEP関連サービス', ko: 'RCEP 서비스' },
  },
  listColumns: ['serviceType', 'featured'],
  fields: [
    {
      name: 'serviceType',
      type: 'select',
      index: true,
      options: selectOptions(RCEP_SERVICE_TYPE_LABELS),
      label: { zh: '服务类型', en: 'Service type', ja: 'サービスの種類', ko: '서비스 유형' } satisfies AdminLabel,
    },
    {
      name: 'memberCountries',
      type: 'select',
      hasMany: true,
      index: true,
      options: rcepCountryOptions(),
      label: { zh: '服务对象国', en: 'Member countries served', ja: '対象国', ko: '대상 회원국' } satisfies AdminLabel,
    },
    { name: 'provider', type: 'text', localized: true, label: { zh: '服务机构', en: 'Provider', ja: '提供機関', ko: '제공 기관' } satisfies AdminLabel },
    { name: 'howToApply', type: 'textarea', localized: true, label: { zh: '办理方式', en: 'How to apply', ja: '利用方法', ko: '이용 방법' } satisfies AdminLabel },
    contactField(),
  ],
  sidebarFields: [featuredField()],
})

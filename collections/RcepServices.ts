import type { CollectionConfig } from 'payload'

import { contactField } from '../fields/contact'
import { rcepCountryOptions } from '../lib/constants/rcepCountryOptions'
import { RCEP_SERVICE_TYPE_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { label } from '../lib/i18n/label'
import { contentCollection, featuredField } from './contentCollection'
import { COLLECTION_SLUGS } from './slugs'

export const RcepServices: CollectionConfig = contentCollection({
  slug: COLLECTION_SLUGS.rcepServices,
  labels: {
    singular: label('RCEP 服务', 'RCEP service', 'RCEP関連サービス', 'RCEP 서비스'),
    plural: label('RCEP 服务', 'RCEP services', 'RCEP関連サービス', 'RCEP 서비스'),
  },
  listColumns: ['serviceType', 'featured'],
  fields: [
    {
      name: 'serviceType',
      type: 'select',
      index: true,
      options: selectOptions(RCEP_SERVICE_TYPE_LABELS),
      label: label('服务类型', 'Service type', 'サービスの種類', '서비스 유형'),
    },
    {
      name: 'memberCountries',
      type: 'select',
      hasMany: true,
      index: true,
      options: rcepCountryOptions(),
      label: label('服务对象国', 'Member countries served', '対象国', '대상 회원국'),
    },
    { name: 'provider', type: 'text', localized: true, label: label('服务机构', 'Provider', '提供機関', '제공 기관') },
    { name: 'howToApply', type: 'textarea', localized: true, label: label('办理方式', 'How to apply', '利用方法', '이용 방법') },
    contactField(),
  ],
  sidebarFields: [featuredField()],
})

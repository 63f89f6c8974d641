import type { Field } from 'payload'

import type { AdminLabel } from '../lib/i18n/label'

/** The named person an investor can reach about this item. */
export function contactField(): Field {
  return {
    name: 'contact',
    type: 'group',
    label: { zh: '联系人', en: 'Contact', ja: '担当者', ko: '담당자' } satisfies AdminLabel,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', localized: true, label: { zh: '姓名', en: 'Name', ja: '氏名', ko: '이름' } satisfies AdminLabel },
          { name: 'title', type: 'text', localized: true, label: { zh: '职务', en: 'Position', ja: '役職', ko: '직책' } satisfies AdminLabel },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'email', type: 'email', label: { zh: '邮箱', en: 'Email', ja: 'メール', ko: '이메일' } satisfies AdminLabel },
          { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone', ja: '電話', ko: '전화' } satisfies AdminLabel },
        ],
      },
    ],
  }
}

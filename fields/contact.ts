import type { Field } from 'payload'

import { label } from '../lib/i18n/label'

/** The named person an investor can reach about this item. */
export function contactField(): Field {
  return {
    name: 'contact',
    type: 'group',
    label: label('联系人', 'Contact', '担当者', '담당자'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', localized: true, label: label('姓名', 'Name', '氏名', '이름') },
          { name: 'title', type: 'text', localized: true, label: label('职务', 'Position', '役職', '직책') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'email', type: 'email', label: label('邮箱', 'Email', 'メール', '이메일') },
          { name: 'phone', type: 'text', label: label('电话', 'Phone', '電話', '전화') },
        ],
      },
    ],
  }
}

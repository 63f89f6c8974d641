import type { Field } from 'payload'

import { CURRENCY_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { type AdminLabel, label } from '../lib/i18n/label'

/** Figures an investor decides by: a number, its unit and label, the year it refers to, and its source. */
export function keyFiguresField({
  name = 'keyFigures',
  label: fieldLabel = label('关键数据', 'Key figures', '主要データ', '핵심 수치'),
}: { name?: string; label?: AdminLabel } = {}): Field {
  return {
    name,
    type: 'array',
    label: fieldLabel,
    labels: {
      singular: label('数据', 'Figure', 'データ', '수치'),
      plural: fieldLabel,
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'value', type: 'number', required: true, label: label('数值', 'Value', '数値', '값') },
          { name: 'unit', type: 'text', localized: true, label: label('单位', 'Unit', '単位', '단위') },
          {
            name: 'currency',
            type: 'select',
            options: selectOptions(CURRENCY_LABELS),
            label: label('金额币种', 'Amount in', '金額の通貨', '금액 통화'),
            admin: {
              description: label(
                '数值为金额时选择（按元填写，如 50 亿元填 5000000000），单位留空。',
                'For an amount: enter it in full (RMB 5 billion = 5000000000) and leave the unit empty.',
                '金額の場合に選択します（50億元は 5000000000 と入力）。単位は空欄にします。',
                '금액일 때 선택합니다(50억 위안은 5000000000으로 입력). 단위는 비워 둡니다.',
              ),
            },
          },
          { name: 'year', type: 'number', min: 1900, max: 2100, label: label('年份', 'Year', '年', '연도') },
        ],
      },
      { name: 'label', type: 'text', localized: true, required: true, label: label('说明', 'Label', '項目名', '항목') },
      {
        name: 'approx',
        type: 'checkbox',
        defaultValue: false,
        label: label('约数（约、超、近）', 'Approximate (about, over, nearly)', '概数（約・超・近く）', '근삿값(약, 초과, 근접)'),
      },
      { name: 'source', type: 'text', localized: true, label: label('来源', 'Source', '出典', '출처') },
    ],
  }
}

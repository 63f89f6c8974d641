import type { Field } from 'payload'

import { CURRENCY_LABELS, PERIOD_KIND_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { type AdminLabel } from '../lib/i18n/label'
import { precisionField } from './precision'

/**
 * Figures an investor decides by: a number, its unit and label, how exactly it is known, the year it refers
 * to (reached, or a target), and its source.
 */
export function keyFiguresField({
  name = 'keyFigures',
  label: fieldLabel = { zh: '关键数据', en: 'Key figures', ja: '主要データ', ko: '핵심 수치' },
}: { name?: string; label?: AdminLabel } = {}): Field {
  return {
    name,
    type: 'array',
    label: fieldLabel,
    labels: {
      singular: { zh: '数据', en: 'Figure', ja: 'データ', ko: '수치' } satisfies AdminLabel,
      plural: fieldLabel,
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'value', type: 'number', required: true, label: { zh: '数值', en: 'Value', ja: '数値', ko: '값' } satisfies AdminLabel },
          { name: 'unit', type: 'text', localized: true, label: { zh: '单位', en: 'Unit', ja: '単位', ko: '단위' } satisfies AdminLabel },
          {
            name: 'currency',
            type: 'select',
            options: selectOptions(CURRENCY_LABELS),
            label: { zh: '金额币种', en: 'Amount in', ja: '金額の通貨', ko: '금액 통화' } satisfies AdminLabel,
            admin: {
              description: {
                zh: '数值为金额时选择（按元填写，如 50 亿元填 5000000000），单位留空。',
                en: 'For an amount: enter it in full (RMB 5 billion = 5000000000) and leave the unit empty.',
                ja: '金額の場合に選択します（50億元は 5000000000 と入力）。単位は空欄にします。',
                ko: '금액일 때 선택합니다(50억 위안은 5000000000으로 입력). 단위는 비워 둡니다.',
              } satisfies AdminLabel,
            },
          },
          { name: 'year', type: 'number', min: 1900, max: 2100, label: { zh: '年份', en: 'Year', ja: '年', ko: '연도' } satisfies AdminLabel },
        ],
      },
      { name: 'label', type: 'text', localized: true, required: true, label: { zh: '说明', en: 'Label', ja: '項目名', ko: '항목' } satisfies AdminLabel },
      {
        type: 'row',
        fields: [
          precisionField('precision'),
          {
            name: 'period',
            type: 'select',
            defaultValue: 'year',
            options: selectOptions(PERIOD_KIND_LABELS),
            label: { zh: '年份性质', en: 'The year is', ja: '年の種類', ko: '연도 구분' } satisfies AdminLabel,
          },
        ],
      },
      { name: 'source', type: 'text', localized: true, label: { zh: '来源', en: 'Source', ja: '出典', ko: '출처' } satisfies AdminLabel },
    ],
  }
}

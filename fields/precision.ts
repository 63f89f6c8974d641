import type { Field } from 'payload'

import { PRECISION_LABELS, selectOptions } from '../lib/constants/optionLabels'
import { type AdminLabel } from '../lib/i18n/label'

/**
 * How exactly a number is known, as its source says it (约 / 左右: about; 以上 / 超过: more than; 近: nearly).
 * Each locale writes the qualifier once, in its own form; labels and units carry no hedge words.
 */
export function precisionField(name: string, label: AdminLabel = { zh: '精确度', en: 'Precision', ja: '精度', ko: '정확도' }): Field {
  return {
    name,
    type: 'select',
    defaultValue: 'exact',
    options: selectOptions(PRECISION_LABELS),
    label,
    admin: {
      description: {
        zh: '按来源原文选择：“约”“左右”为约数，“以上”“超过”为以上，“近”为接近。',
        en: 'As the source says it: "about", "more than" (以上, 超过), "nearly" (近).',
        ja: '出典の表現どおりに選びます（約・前後は「約」、以上・超は「超」、近くは「近く」）。',
        ko: '출처의 표현대로 선택합니다(약·내외는 ‘약’, 이상·초과는 ‘이상’, 가까이는 ‘가까이’).',
      } satisfies AdminLabel,
    },
  }
}

import type { AdminLabel } from '@/lib/i18n/label'
import type { Locale } from '@/lib/i18n/locales'
import { META_LENGTHS, type MetaField, type MetaLengthVerdict } from '@/lib/seo/metaLength'

export const VERDICT_LABELS: Record<MetaLengthVerdict, AdminLabel> = {
  missing: { zh: '未填写', en: 'Missing', ja: '未入力', ko: '미입력' },
  tooShort: { zh: '太短', en: 'Too short', ja: '短すぎます', ko: '너무 짧음' },
  almostThere: { zh: '还差一点', en: 'Almost there', ja: 'もう少し', ko: '조금 부족' },
  good: { zh: '长度合适', en: 'Good', ja: 'ちょうどよい長さ', ko: '적당함' },
  tooLong: { zh: '太长', en: 'Too long', ja: '長すぎます', ko: '너무 김' },
}

/** Dark enough for white text on it. */
export const VERDICT_COLOURS: Record<MetaLengthVerdict, string> = {
  missing: '#b91c1c',
  tooShort: '#c2410c',
  almostThere: '#a16207',
  good: '#15803d',
  tooLong: '#b91c1c',
}

export const AUTO_GENERATE = { zh: '自动生成', en: 'Auto-generate', ja: '自動生成', ko: '자동 생성' } satisfies AdminLabel

type Range = { minLength: number; maxLength: number }

const TIPS: Record<MetaField, Record<Locale, (range: Range, wide: Range) => string>> = {
  title: {
    zh: (latin, wide) => `搜索结果中的标题宜为 ${wide.minLength}–${wide.maxLength} 个汉字（英文为 ${latin.minLength}–${latin.maxLength} 个字母）：汉字、假名、韩文每字按 2 个字符计。`,
    en: (latin, wide) => `Aim for ${latin.minLength}–${latin.maxLength} characters, or ${wide.minLength}–${wide.maxLength} in Chinese, Japanese or Korean: a search result cuts a title by its width, and such a character counts as two.`,
    ja: (latin, wide) => `検索結果のタイトルは全角 ${wide.minLength}～${wide.maxLength} 文字（半角英数字なら ${latin.minLength}～${latin.maxLength} 文字）が目安です。漢字・かな・ハングルは 1 文字を 2 文字分として数えます。`,
    ko: (latin, wide) => `검색 결과의 제목은 한글 ${wide.minLength}~${wide.maxLength}자(영문 ${latin.minLength}~${latin.maxLength}자)가 알맞습니다. 한글·한자·가나는 한 글자를 2자로 셉니다.`,
  },
  description: {
    zh: (latin, wide) => `搜索结果中的描述宜为 ${wide.minLength}–${wide.maxLength} 个汉字（英文为 ${latin.minLength}–${latin.maxLength} 个字母）：汉字、假名、韩文每字按 2 个字符计。`,
    en: (latin, wide) => `Aim for ${latin.minLength}–${latin.maxLength} characters, or ${wide.minLength}–${wide.maxLength} in Chinese, Japanese or Korean, which count as two each.`,
    ja: (latin, wide) => `検索結果の説明文は全角 ${wide.minLength}～${wide.maxLength} 文字（半角英数字なら ${latin.minLength}～${latin.maxLength} 文字）が目安です。漢字・かな・ハングルは 1 文字を 2 文字分として数えます。`,
    ko: (latin, wide) => `검색 결과의 설명은 한글 ${wide.minLength}~${wide.maxLength}자(영문 ${latin.minLength}~${latin.maxLength}자)가 알맞습니다. 한글·한자·가나는 한 글자를 2자로 셉니다.`,
  },
}

export function metaLengthTip(field: MetaField, language: Locale): string {
  const latin = META_LENGTHS[field]
  const wide = { minLength: Math.ceil(latin.minLength / 2), maxLength: Math.floor(latin.maxLength / 2) }
  return TIPS[field][language](latin, wide)
}

const COUNTS: Record<Locale, (count: { characters: number; width: number } & Range) => string> = {
  zh: ({ characters, width, minLength, maxLength }) =>
    characters === width ? `${width} 个字符（建议 ${minLength}–${maxLength}）` : `${characters} 个字，折合 ${width} 个字符（建议 ${minLength}–${maxLength}）`,
  en: ({ characters, width, minLength, maxLength }) =>
    characters === width ? `${width} characters (aim for ${minLength}–${maxLength})` : `${characters} characters, ${width} by width (aim for ${minLength}–${maxLength})`,
  ja: ({ characters, width, minLength, maxLength }) =>
    characters === width ? `${width} 文字（目安 ${minLength}～${maxLength}）` : `${characters} 文字、半角換算 ${width} 文字（目安 ${minLength}～${maxLength}）`,
  ko: ({ characters, width, minLength, maxLength }) =>
    characters === width ? `${width}자 (권장 ${minLength}~${maxLength})` : `${characters}자, 영문 환산 ${width}자 (권장 ${minLength}~${maxLength})`,
}

export function metaLengthCount(field: MetaField, language: Locale, characters: number, width: number): string {
  return COUNTS[language]({ characters, width, ...META_LENGTHS[field] })
}

const CHECKS: Record<Locale, (passing: number, total: number) => string> = {
  zh: (passing, total) => `${total} 项检查中 ${passing} 项通过`,
  en: (passing, total) => `${passing}/${total} checks are passing`,
  ja: (passing, total) => `${total} 項目中 ${passing} 項目が基準を満たしています`,
  ko: (passing, total) => `${total}개 항목 중 ${passing}개 통과`,
}

export function metaChecksPassing(language: Locale, passing: number, total: number): string {
  return CHECKS[language](passing, total)
}

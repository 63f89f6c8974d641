import type { LocalizedLabel } from '../constants/optionLabels'
import type { Locale } from '../i18n/locales'

/**
 * The currencies a reader can see RMB amounts converted into: the main investing economies' and the other
 * RCEP members'. Staff enter each one's rate in `site`; the portal fetches none.
 */
export const READER_CURRENCY_LABELS = {
  USD: { zh: '美元', en: 'US dollar', ja: '米ドル', ko: '미국 달러' },
  EUR: { zh: '欧元', en: 'Euro', ja: 'ユーロ', ko: '유로' },
  JPY: { zh: '日元', en: 'Japanese yen', ja: '日本円', ko: '일본 엔' },
  KRW: { zh: '韩元', en: 'South Korean won', ja: '韓国ウォン', ko: '대한민국 원' },
  AUD: { zh: '澳大利亚元', en: 'Australian dollar', ja: '豪ドル', ko: '호주 달러' },
  NZD: { zh: '新西兰元', en: 'New Zealand dollar', ja: 'ニュージーランドドル', ko: '뉴질랜드 달러' },
  SGD: { zh: '新加坡元', en: 'Singapore dollar', ja: 'シンガポールドル', ko: '싱가포르 달러' },
  MYR: { zh: '马来西亚林吉特', en: 'Malaysian ringgit', ja: 'マレーシアリンギット', ko: '말레이시아 링깃' },
  THB: { zh: '泰铢', en: 'Thai baht', ja: 'タイバーツ', ko: '태국 바트' },
  IDR: { zh: '印度尼西亚卢比', en: 'Indonesian rupiah', ja: 'インドネシアルピア', ko: '인도네시아 루피아' },
  PHP: { zh: '菲律宾比索', en: 'Philippine peso', ja: 'フィリピンペソ', ko: '필리핀 페소' },
  VND: { zh: '越南盾', en: 'Vietnamese dong', ja: 'ベトナムドン', ko: '베트남 동' },
  BND: { zh: '文莱元', en: 'Brunei dollar', ja: 'ブルネイドル', ko: '브루나이 달러' },
  KHR: { zh: '柬埔寨瑞尔', en: 'Cambodian riel', ja: 'カンボジアリエル', ko: '캄보디아 리엘' },
  LAK: { zh: '老挝基普', en: 'Lao kip', ja: 'ラオスキープ', ko: '라오스 킵' },
  MMK: { zh: '缅甸元', en: 'Myanmar kyat', ja: 'ミャンマーチャット', ko: '미얀마 짯' },
} as const satisfies Record<string, LocalizedLabel>

export type ReaderCurrency = keyof typeof READER_CURRENCY_LABELS

export const READER_CURRENCIES = Object.keys(READER_CURRENCY_LABELS) as ReaderCurrency[]

export function isReaderCurrency(value: unknown): value is ReaderCurrency {
  return typeof value === 'string' && Object.hasOwn(READER_CURRENCY_LABELS, value)
}

/** The currency a locale's readers see beside RMB unless they choose another; Chinese readers see RMB alone. */
export const DEFAULT_READER_CURRENCY: Record<Locale, ReaderCurrency | null> = { zh: null, en: 'USD', ja: 'JPY', ko: 'KRW' }

/** How staff wrote a rate down: what one RMB buys (1 RMB = 20.5 JPY), or what one unit costs in RMB (1 USD = 7.1 RMB). */
export const RATE_QUOTES = ['unitsPerYuan', 'yuanPerUnit'] as const
export type RateQuote = (typeof RATE_QUOTES)[number]

export const RATE_QUOTE_LABELS: Record<RateQuote, LocalizedLabel> = {
  unitsPerYuan: { zh: '1元人民币兑换的外币数', en: 'Units of the currency per RMB 1', ja: '1人民元あたりの外貨額', ko: '1위안당 외화 금액' },
  yuanPerUnit: { zh: '1单位外币兑换的人民币数', en: 'RMB per 1 unit of the currency', ja: '外貨1単位あたりの人民元額', ko: '외화 1단위당 위안 금액' },
}

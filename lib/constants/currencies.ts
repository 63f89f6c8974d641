export const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'KRW', 'HKD', 'SGD', 'GBP', 'AUD'] as const

export type Currency = (typeof CURRENCIES)[number]

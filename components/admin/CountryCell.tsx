'use client'

import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { COUNTRY_CODES, type CountryCode, countryName } from '@/lib/constants/countries'

const isCountryCode = (value: unknown): value is CountryCode => typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value)

/** The enquirer's country in the enquiries list, named in the officer's language as the form names it, not as a code. */
export function CountryCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  if (!isCountryCode(cellData)) return <span>{typeof cellData === 'string' ? cellData : ''}</span>
  return <span title={cellData}>{countryName(cellData, i18n.language)}</span>
}

import { COUNTRY_CODES, type CountryCode } from '../constants/countries'
import { INVESTMENT_STAGES, TALENT_GROUPS } from '../constants/options'
import type { SlugOption } from '../data/options'
import type { SearchParams } from '../sections/filters'
import type { SupportAnswer } from '../sections/types'

/** The query parameter of each answer: `?industry=digital-economy&stage=early&group=phd&group=graduate&country=JP`. */
export const ANSWER_PARAMS = { industry: 'industry', stage: 'stage', people: 'group', country: 'country' } as const satisfies Record<SupportAnswer, string>

export type InvestmentStage = (typeof INVESTMENT_STAGES)[number]
export type TalentGroup = (typeof TALENT_GROUPS)[number]

/** What an investor told the finder, each answer checked against its choices; an unanswered one is absent. */
export type SupportAnswers = {
  /** A published industry, by its slug and id. */
  industry?: SlugOption
  stage?: InvestmentStage
  /** The people the company will bring, in the choices' order, each once. */
  people: TalentGroup[]
  country?: CountryCode
}

/** The answers as the finder read them, and the answers it left out because they named no choice. */
export type ParsedAnswers = { answers: SupportAnswers; ignored: SupportAnswer[] }

const MAX_VALUE_LENGTH = 64

function valuesOf(params: SearchParams, name: string): string[] {
  const value = params[name]
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((text) => text.trim().slice(0, MAX_VALUE_LENGTH)).filter(Boolean)
}

/**
 * The investor's answers from the finder's address. A value that names no choice (an unknown or
 * unpublished industry, a stage or group that does not exist, a malformed country) is left out and named
 * in `ignored`, so that the page can say so; the rest still narrows the results.
 */
export function parseSupportAnswers(params: SearchParams, industries: readonly SlugOption[]): ParsedAnswers {
  const answers: SupportAnswers = { people: [] }
  const ignored: SupportAnswer[] = []
  const single = (answer: SupportAnswer) => {
    const values = valuesOf(params, ANSWER_PARAMS[answer])
    // A choice the form offers once, given twice, is not a choice the visitor made.
    if (values.length > 1) ignored.push(answer)
    return values.length === 1 ? values[0] : undefined
  }

  const industrySlug = single('industry')?.toLowerCase()
  if (industrySlug !== undefined) {
    answers.industry = industries.find((option) => option.slug === industrySlug)
    if (!answers.industry) ignored.push('industry')
  }

  const stage = single('stage')?.toLowerCase()
  if (stage !== undefined) {
    answers.stage = INVESTMENT_STAGES.find((value) => value === stage)
    if (!answers.stage) ignored.push('stage')
  }

  const groups = valuesOf(params, ANSWER_PARAMS.people).map((value) => value.toLowerCase())
  answers.people = TALENT_GROUPS.filter((group) => groups.includes(group))
  if (groups.some((group) => !(TALENT_GROUPS as readonly string[]).includes(group))) ignored.push('people')

  const country = single('country')?.toUpperCase()
  if (country !== undefined) {
    answers.country = COUNTRY_CODES.find((code) => code === country)
    if (!answers.country) ignored.push('country')
  }

  return { answers, ignored: [...new Set(ignored)] }
}

export function hasAnswers(answers: SupportAnswers): boolean {
  return Boolean(answers.industry || answers.stage || answers.people.length > 0 || answers.country)
}

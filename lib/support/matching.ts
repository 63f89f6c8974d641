import type { Section, SupportAnswer, SupportDefinition } from '../sections/types'
import type { SupportAnswers } from './answers'

const DAY_MS = 24 * 60 * 60 * 1000

/** The values a document's field holds, as strings: a relationship's ids (as ids or filled in), a select's values. */
function heldValues(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined || value === '' ? [] : [value]
  return items.flatMap((item) => {
    if (typeof item === 'string' || typeof item === 'number') return [String(item)]
    if (item && typeof item === 'object' && 'id' in item) return [String(item.id)]
    return []
  })
}

/** An answer's values as the matched fields hold them: an industry's id, a stage, the groups, a country code. */
export function answerValues(answers: SupportAnswers, answer: SupportAnswer): string[] {
  switch (answer) {
    case 'industry':
      return answers.industry ? [String(answers.industry.id)] : []
    case 'stage':
      return answers.stage ? [answers.stage] : []
    case 'people':
      return answers.people
    case 'country':
      return answers.country ? [answers.country] : []
  }
}

/**
 * The answers a section's documents cannot be open to, whatever their fields hold: given, but none of
 * their values among those the matched field can hold (a country outside RCEP, for RCEP services).
 */
export function answersOutOfReach({ support, answers, fieldOptions }: Omit<MatchArgs, 'doc' | 'now'>): SupportAnswer[] {
  return (Object.entries(support.matchedBy) as [SupportAnswer, string][]).flatMap(([answer, field]) => {
    const given = answerValues(answers, answer)
    const options = fieldOptions[field]
    return given.length > 0 && options && !given.some((value) => options.includes(value)) ? [answer] : []
  })
}

type MatchArgs = {
  doc: Record<string, unknown>
  support: Pick<SupportDefinition<Section>, 'matchedBy' | 'endsOn'>
  answers: SupportAnswers
  /** The values each matched field can hold (a select's options), by field name; absent where any value can be (a relationship). */
  fieldOptions: Readonly<Record<string, readonly string[]>>
  now: Date
}

/**
 * Whether a document applies to an investor, by its own fields. For each answer the investor gave and the
 * section matches: an answer the field cannot hold matches nothing (a company from outside RCEP, for an
 * RCEP service's member countries); an empty field is open to all (a policy naming no industry applies to
 * every industry, a fund naming no stage invests at every stage); otherwise the field must hold one of the
 * answer's values (any of the groups the company brings). An unanswered question narrows nothing. A
 * document whose end date has passed no longer applies; its end date is the last day it applies.
 */
export function appliesTo({ doc, support, answers, fieldOptions, now }: MatchArgs): boolean {
  for (const [answer, field] of Object.entries(support.matchedBy) as [SupportAnswer, string][]) {
    const given = answerValues(answers, answer)
    if (given.length === 0) continue
    const options = fieldOptions[field]
    const possible = options ? given.filter((value) => options.includes(value)) : given
    if (possible.length === 0) return false
    const held = heldValues(doc[field])
    if (held.length > 0 && !held.some((value) => possible.includes(value))) return false
  }
  const endsOn = support.endsOn ? doc[support.endsOn] : null
  return !(typeof endsOn === 'string' && Date.parse(endsOn) + DAY_MS <= now.getTime())
}

/**
 * Where the reader can choose their currency, a fact's text marks each amount in yuan's conversion: its
 * value in yuan, what comes between the yuan and the conversion (a space in English) and the conversion
 * at the page's own rate, empty where the page shows RMB alone. The page renders a marked run as an
 * element the reader's choice rewrites (components/Unbroken.tsx, components/currency/); facts stay text.
 * The marks are characters of Unicode's private use area, which no content or message contains.
 */
const OPEN = '\uE000'
const PART = '\uE001'
const CLOSE = '\uE002'
const MARKED = new RegExp(`${OPEN}([^${PART}]*)${PART}([^${PART}]*)${PART}([^${CLOSE}]*)${CLOSE}`, 'g')

export type ConvertibleRun = { yuan: number; separator: string; text: string }
export type TextRun = { text: string } | ConvertibleRun

export function markConversion({ yuan, separator, text }: ConvertibleRun): string {
  return `${OPEN}${yuan}${PART}${separator}${PART}${text}${CLOSE}`
}

export const hasMarkedConversion = (text: string) => text.includes(OPEN)

/** The text cut into plain runs and marked conversions, in order. */
export function markedRuns(text: string): TextRun[] {
  if (!hasMarkedConversion(text)) return [{ text }]
  const runs: TextRun[] = []
  let last = 0
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) })
    runs.push({ yuan: Number(match[1]), separator: match[2], text: match[3] })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last) })
  return runs
}

/**
 * A number with its measure word or unit, which a line must never split: 1100亿元以上, 172件, 1,100억,
 * 110 billion, 20,000 people, 6%. Korean and English may break at the space before what follows (위안, RMB).
 */
const NUMBER_WITH_MEASURE = /\d[\d,.]*(?:\s?[%\p{L}]+)?/gu

/** A text cut into runs, each marked whether it is a number with its measure word. */
export function unbrokenRuns(text: string): { text: string; keep: boolean }[] {
  const runs: { text: string; keep: boolean }[] = []
  let last = 0
  for (const match of text.matchAll(NUMBER_WITH_MEASURE)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), keep: false })
    runs.push({ text: match[0], keep: true })
    last = match.index + match[0].length
  }
  if (last < text.length) runs.push({ text: text.slice(last), keep: false })
  return runs
}

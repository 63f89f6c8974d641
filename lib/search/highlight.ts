import { characterKind, normalize, splitRuns } from './tokens'

/** A piece of a text, marked when it is what the visitor searched for. */
export type Segment = { text: string; isMatch: boolean }

/** The text normalized as the index sees it, with where each normalized character came from. */
function normalizedWithOrigins(text: string) {
  let normalized = ''
  const origins: { start: number; end: number }[] = []
  let offset = 0
  for (const character of text) {
    const piece = normalize(character)
    for (let index = 0; index < piece.length; index++) origins.push({ start: offset, end: offset + character.length })
    normalized += piece
    offset += character.length
  }
  return { normalized, origins }
}

/** Where the query's runs occur in the text: CJK runs anywhere, words at the start of a word. */
function matchRanges(text: string, query: string): [number, number][] {
  const { normalized, origins } = normalizedWithOrigins(text)
  const ranges: [number, number][] = []
  for (const run of splitRuns(query)) {
    for (let at = normalized.indexOf(run.text); at !== -1; at = normalized.indexOf(run.text, at + 1)) {
      const isWordStart = run.kind === 'cjk' || at === 0 || characterKind(normalized[at - 1]) !== 'word'
      if (isWordStart) ranges.push([origins[at].start, origins[at + run.text.length - 1].end])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

function segmentsOf(text: string, ranges: [number, number][]): Segment[] {
  const segments: Segment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), isMatch: false })
    segments.push({ text: text.slice(start, end), isMatch: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), isMatch: false })
  return segments
}

/** The text cut into plain and matching pieces, to be rendered as text and `<mark>`, never as HTML. */
export function highlight(text: string, query: string): Segment[] {
  return segmentsOf(text, matchRanges(text, query))
}

const CONTEXT_BEFORE = 40

/** A sentence ends at 。！？ or at . ! ? before a space (not inside 5.2 or e.g): with the space after it. */
const SENTENCE = /.+?(?:[。！？]|[.!?](?=\s|$)|$)\s*/gsu

/** Each sentence once: the indexed text is the summary and then the body, which often opens with the same sentence. */
export function withoutRepeatedSentences(text: string): string {
  const seen = new Set<string>()
  return (text.match(SENTENCE) ?? [])
    .filter((sentence) => {
      const key = sentence.trim()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .join('')
    .trim()
}

/**
 * A passage of at most `maxLength` characters around the first match in the text, highlighted, with an
 * ellipsis where it is cut; the text's beginning when nothing in it matches.
 */
export function snippet(text: string, query: string, maxLength = 160): Segment[] {
  const flat = withoutRepeatedSentences(text.replace(/\s+/g, ' ').trim())
  const first = matchRanges(flat, query)[0]
  const start = first && first[0] > CONTEXT_BEFORE ? first[0] - CONTEXT_BEFORE : 0
  const end = Math.min(flat.length, start + maxLength)
  const passage = `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
  return highlight(passage, query)
}

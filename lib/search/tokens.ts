/**
 * The search index's own tokenizer. PostgreSQL's parsers split text at spaces, which Chinese and Japanese
 * do not have, and Korean words carry particles (전자상거래를). So every run of CJK or Hangul characters is
 * indexed as overlapping character pairs (跨境电商 → 跨境 境电 电商) plus its last character alone (so
 * that every character starts a lexeme and a one-character query can match as a prefix), and every
 * other run of letters and digits as one lowercase word together with its beginnings (WORD_PREFIXES).
 * A query is cut the same way. PostgreSQL's 'simple' handling and a GIN index do the rest; no extension
 * is needed.
 */

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30fc]/u
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u

/** A lexeme longer than this is not a word anyone types. */
const MAX_WORD_LENGTH = 64

/**
 * A word is indexed with each of its beginnings from 2 up to this many characters (`centre`: ce, cen,
 * cent, centr, centre), so that a typed word is looked up as one lexeme, not as a prefix. A prefix
 * (`'centre':*`) makes PostgreSQL's GIN index gather every document holding a word that begins so
 * before it can combine it with the query's other words: at 100,000 projects, `centre 46` took 50 ms
 * to find 641 documents that way, and 2–5 ms as two lexemes. A query word of one character, or longer
 * than this, is still a prefix.
 */
export const WORD_PREFIXES = { shortest: 2, longest: 24 }

export type Run = { kind: 'cjk' | 'word'; text: string }

/** Lowercase, and full-width letters and half-width katakana as people usually type them (NFKC). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Whether a character belongs to a CJK run, to a word, or separates them. */
export function characterKind(character: string): Run['kind'] | null {
  return CJK_CHARACTER.test(character) ? 'cjk' : WORD_CHARACTER.test(character) ? 'word' : null
}

/** The runs of CJK characters and of other letters and digits, in order; everything else separates them. */
export function splitRuns(text: string): Run[] {
  const runs: Run[] = []
  let previousKind: Run['kind'] | null = null
  for (const character of normalize(text)) {
    const kind = characterKind(character)
    if (kind && kind === previousKind) runs[runs.length - 1].text += character
    else if (kind) runs.push({ kind, text: character })
    previousKind = kind
  }
  return runs
}

function runLexemes(run: Run): string[] {
  if (run.kind === 'word') return [run.text.slice(0, MAX_WORD_LENGTH)]
  const characters = Array.from(run.text)
  const pairs = characters.slice(0, -1).map((character, index) => character + characters[index + 1])
  return [...pairs, characters[characters.length - 1]]
}

/** A word's beginnings that the index holds besides the word itself (WORD_PREFIXES). */
function wordPrefixes(word: string): string[] {
  const characters = Array.from(word)
  const longest = Math.min(characters.length - 1, WORD_PREFIXES.longest)
  return Array.from({ length: Math.max(0, longest - WORD_PREFIXES.shortest + 1) }, (_, index) => characters.slice(0, WORD_PREFIXES.shortest + index).join(''))
}

function indexedLexemes(run: Run): string[] {
  return run.kind === 'word' ? [...runLexemes(run), ...wordPrefixes(run.text)] : runLexemes(run)
}

/** How a query word is looked up: as a lexeme when the index holds all beginnings of its length, else as a prefix. */
function wordQuery(word: string): string {
  const lexeme = word.slice(0, MAX_WORD_LENGTH)
  const length = Array.from(lexeme).length
  const isIndexedBeginning = length >= WORD_PREFIXES.shortest && length <= WORD_PREFIXES.longest
  return isIndexedBeginning ? quote(lexeme) : `${quote(lexeme)}:*`
}

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/**
 * The `tsvector` of a text, in PostgreSQL's input syntax (`'跨境' '境电' 'ec'`). It holds no positions:
 * a query's pairs are matched all together rather than as a phrase, which the GIN index answers alone,
 * without reading every matching row's vector again (a phrase is rechecked row by row, measured 10×
 * slower on common words). A false match needs all of the query's pairs in one text in another order.
 */
export function toTsvectorLiteral(text: string): string {
  return Array.from(new Set(splitRuns(text).flatMap(indexedLexemes)), quote).join(' ')
}

/**
 * The `tsquery` of what a visitor typed, in PostgreSQL's input syntax, or null when it holds nothing
 * searchable (only punctuation). Everything must match: the character pairs of CJK runs (a lone
 * character as a prefix), and words by their beginnings (`invest` finds "investment"; WORD_PREFIXES).
 */
export function toTsqueryLiteral(query: string): string | null {
  const terms = splitRuns(query).flatMap((run) => {
    if (run.kind === 'word') return [wordQuery(run.text)]
    const lexemes = runLexemes(run)
    return lexemes.length === 1 ? [`${quote(lexemes[0])}:*`] : lexemes.slice(0, -1).map(quote)
  })
  return terms.length ? Array.from(new Set(terms)).join(' & ') : null
}

/**
 * A query as the index and the highlighting see it, its runs lowercased and joined by single spaces
 * (`  Shibei　Ｅｃ` → `shibei ec`): two queries with the same normal form find and mark the same things,
 * so it keys their cached results. Empty when nothing in it is searchable.
 */
export function normalizedQuery(query: string): string {
  return splitRuns(query)
    .map((run) => run.text)
    .join(' ')
}

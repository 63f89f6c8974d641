/** Han, kana and full-width forms take a full em; everything else about half (a rough Latin average). */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/

/** Roughly how wide a text sets, in em; `latinEm` is wider for bold type. */
export function widthInEm(text: string, latinEm = 0.56): number {
  let width = 0
  for (const char of text) width += FULL_WIDTH.test(char) ? 1 : latinEm
  return width
}

/**
 * Splits a label into lines of at most `maxEm`, for SVG text, which does not wrap by itself. Chinese and
 * Japanese may break between any two characters; Latin and Korean break between words.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && widthInEm((line + token).trimEnd()) > maxEm) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line += token
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

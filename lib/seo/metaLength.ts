/**
 * How long a search result's title and description should be, as @payloadcms/plugin-seo advises (its
 * `defaults`) in Latin characters. Search engines cut a title by its width on screen, and a Chinese,
 * Japanese or Korean character is about two Latin ones wide: the plugin counts every character as one, so
 * a 25-character Chinese title, already as wide as a result shows, read "too short". Here such a character
 * counts as two, whatever the locale (a Latin brand name in a Chinese title still counts as Latin).
 */
export const META_LENGTHS = {
  title: { minLength: 50, maxLength: 60 },
  description: { minLength: 100, maxLength: 150 },
} as const

export type MetaField = keyof typeof META_LENGTHS

/** Han, kana, Hangul, Bopomofo, CJK punctuation and full-width forms: the characters drawn two columns wide. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\u3200-\u33ff\uff01-\uff60\uffe0-\uffe6]/u
/** Half-width katakana and Hangul (ｶﾅ): Katakana and Hangul by script, but one column wide. */
const HALF_WIDTH = /[\uff61-\uffdc]/u

/** The text's width in Latin characters: two for each wide character, one for any other (by code point, so an emoji is one). */
export function metaTextWidth(text: string | null | undefined): number {
  let width = 0
  for (const character of text ?? '') width += WIDE.test(character) && !HALF_WIDTH.test(character) ? 2 : 1
  return width
}

export type MetaLengthVerdict = 'missing' | 'tooShort' | 'almostThere' | 'good' | 'tooLong'

/** The plugin's verdicts and thresholds (within 90 % of the minimum is "almost there"), on the width. */
export function metaLengthVerdict(text: string | null | undefined, field: MetaField): MetaLengthVerdict {
  const width = metaTextWidth(text)
  const { minLength, maxLength } = META_LENGTHS[field]
  if (width === 0) return 'missing'
  if (width < minLength) return width / minLength > 0.9 ? 'almostThere' : 'tooShort'
  return width > maxLength ? 'tooLong' : 'good'
}

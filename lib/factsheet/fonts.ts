import path from 'node:path'

import { Font } from '@react-pdf/renderer'

import type { Locale } from '../i18n/locales'

/**
 * The fonts a fact sheet embeds, from the npm registry (Google's Noto Sans, as TrueType files that fontkit
 * subsets: a sheet carries only the glyphs it prints). Read from node_modules when first used, never
 * downloaded. Japanese and Korean fonts lack the simplified Chinese characters of a text that fell back to
 * Chinese, so each locale's family is followed by the Chinese one, used glyph by glyph where it lacks one.
 */
const FONT_FILES = {
  NotoSansSC: 'noto-sans-sc/{weight}/NotoSansSC_{weight}.ttf',
  NotoSansJP: 'noto-sans-jp/{weight}/NotoSansJP_{weight}.ttf',
  NotoSansKR: 'noto-sans-kr/{weight}/NotoSansKR_{weight}.ttf',
} as const

type Family = keyof typeof FONT_FILES

const WEIGHTS = [
  { fontWeight: 400, file: '400Regular' },
  { fontWeight: 700, file: '700Bold' },
] as const

/** The families a sheet in `locale` is set in, in the order a glyph is looked for. English is set in the Chinese font's Latin. */
export const LOCALE_FONTS: Record<Locale, Family[]> = {
  zh: ['NotoSansSC'],
  en: ['NotoSansSC'],
  ja: ['NotoSansJP', 'NotoSansSC'],
  ko: ['NotoSansKR', 'NotoSansSC'],
}

let isRegistered = false

/** Registers the fonts once per process (react-pdf keeps them, parsed, in its own store). */
export function registerFactSheetFonts(): void {
  if (isRegistered) return
  isRegistered = true
  const directory = path.join(process.cwd(), 'node_modules', '@expo-google-fonts')
  for (const [family, pattern] of Object.entries(FONT_FILES)) {
    Font.register({
      family,
      fonts: WEIGHTS.map(({ fontWeight, file }) => ({ src: path.join(directory, pattern.replaceAll('{weight}', file)), fontWeight })),
    })
  }
  Font.registerHyphenationCallback(breakOpportunities)
}

/** Chinese and Japanese characters, their punctuation and full-width forms: a line may break between any two of them. */
const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u
/** What never starts a line (closing punctuation, small kana, the long-vowel mark) or never ends one (opening brackets). */
const NO_BREAK_BEFORE = /[、。，．・：；？！）」』】〉》〕ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々%,.:;!?)\]]/u
const NO_BREAK_AFTER = /[（「『【〈《〔([]/u

/**
 * Where a "word" (text between spaces) may break across lines. react-pdf breaks only at spaces and
 * hyphenation points, and prints a hyphen at the latter; Chinese and Japanese write no spaces, so each
 * character is its own part, and an empty part between two is a break that prints nothing. Latin words
 * are not hyphenated (a long address breaks after its separators); Korean breaks at its spaces.
 */
export function breakOpportunities(word: string): string[] {
  // A long address breaks after its slashes, commas and the like, so that it wraps instead of overflowing.
  if (word.length > LONG_WORD && !CJK.test(word)) return withBreaks(word.split(/(?<=[/,&?=-])/))
  if (!CJK.test(word)) return [word]
  const parts: string[] = []
  let previous = ''
  for (const char of Array.from(word)) {
    const joins = parts.length > 0 && (NO_BREAK_BEFORE.test(char) || NO_BREAK_AFTER.test(previous) || (!CJK.test(char) && !CJK.test(previous)))
    if (joins) parts[parts.length - 1] += char
    else parts.push(char)
    previous = char
  }
  return withBreaks(parts)
}

const LONG_WORD = 40

/** The parts with an empty part between each two: a break that prints no hyphen. */
const withBreaks = (parts: string[]) => parts.flatMap((part, index) => (index === 0 ? [part] : ['', part]))

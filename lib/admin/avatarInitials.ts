/** Han, kana and Hangul: a name written in them is shortened by characters, not by words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * What a staff member's avatar shows: the last two characters of a name in Chinese, Japanese or Korean
 * (王小明 → 小明, as Chinese office software does), the first letters of the first and last words of
 * another (Mary Ann Smith → MS), else the first letter of the sign-in address.
 */
export function avatarInitials({ name, email }: { name?: string | null; email?: string | null }): string {
  const trimmed = name?.trim() ?? ''
  if (trimmed && CJK.test(trimmed)) return Array.from(trimmed.replace(/\s+/g, '')).slice(-2).join('')
  const words = trimmed.split(/\s+/).filter(Boolean)
  if (words.length > 0) {
    const first = Array.from(words[0])[0] ?? ''
    const last = words.length > 1 ? (Array.from(words[words.length - 1])[0] ?? '') : ''
    return `${first}${last}`.toLocaleUpperCase()
  }
  return (Array.from(email?.trim() ?? '')[0] ?? '?').toLocaleUpperCase()
}
